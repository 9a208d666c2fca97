/**
 * The one way the app mounts an ECharts chart: the charts dock and the scenario comparison both render
 * `<ChartCanvas option={…} />`. Chart option builders stay pure (`src/charts/*-chart.ts`).
 */
import { useEffect, useRef } from 'preact/hooks';
import { whenMapSettled } from '../state/app-state';
import type { ChartOption, ECharts } from './echarts-setup';
import type * as EchartsSetup from './echarts-setup';

/**
 * ECharts (about 185 kB gzip) is fetched once the map has settled: the map comes first, and the
 * headline figures above the charts need no chart library.
 */
let echartsModule: Promise<typeof EchartsSetup> | null = null;
const loadEcharts = () => (echartsModule ??= whenMapSettled().then(() => import('../charts/echarts-setup')));

const SET_OPTION = { notMerge: false, lazyUpdate: true, replaceMerge: ['series'] };

/**
 * One ECharts instance on one element for the life of the figure: created on mount (once ECharts
 * has loaded), given each new option as a merge, resized with its box, disposed on unmount.
 * replaceMerge drops series that are gone (a band after switching to expected mode, a cleared
 * comparison); everything else merges by series id.
 */
export function ChartCanvas({
  option,
  class: className = 'chart-figure__canvas',
  label,
}: {
  option: ChartOption;
  class?: string;
  /** With a label the canvas is an image with that name; without, the figure's text summary speaks for it. */
  label?: string;
}) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const latest = useRef(option);
  latest.current = option;
  useEffect(() => {
    let alive = true;
    let frame = 0;
    let observer: ResizeObserver | null = null;
    loadEcharts().then(
      ({ createChart }) => {
        const el = element.current;
        if (!alive || !el) return;
        const instance = createChart(el);
        chart.current = instance;
        instance.setOption(latest.current, SET_OPTION);
        observer = new ResizeObserver(() => {
          cancelAnimationFrame(frame);
          frame = requestAnimationFrame(() => instance.resize());
        });
        observer.observe(el);
      },
      // The text summary beside the canvas still carries the numbers.
      (error: unknown) => console.error('charts: ECharts failed to load', error),
    );
    return () => {
      alive = false;
      cancelAnimationFrame(frame);
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, SET_OPTION);
  }, [option]);
  return label === undefined ? (
    <div class={className} ref={element} aria-hidden="true" />
  ) : (
    <div class={className} ref={element} role="img" aria-label={label} />
  );
}
