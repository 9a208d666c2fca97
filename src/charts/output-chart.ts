/**
 * Annual gross output (the clusters' baseline economy plus the projects' output), stacked by cluster
 * in the clusters' map colours, with the P10–P90 range of the total in Monte Carlo mode and the
 * total of a comparison scenario overlaid.
 */
import type { SimulationResult } from '../../workers/model/result-types';
import { localText } from '../i18n/i18n';
import {
  BASE_GRID,
  CHART_COLORS,
  TEXT_STYLE,
  at,
  axisName,
  valueAxisName,
  sentences,
  tr,
  whiskers,
  yearIndexOfMonth,
  yearLabels,
  yearMarkArea,
  type ChartBuild,
  type ChartContext,
} from './chart-context';
import type { BarSeriesOption, LineSeriesOption } from './echarts-setup';
import { formatMoney, moneyScale, toScale } from '../shared/money-format';
import { axisDataIndex, tooltipHtml, type TooltipRow } from './tooltip-format';

/** A short horizontal tick: drawn as a line series' symbols with the line itself hidden. */
const TICK_SYMBOL = 'rect';

/** Colour of a cluster by id; an unknown id (an imported dataset) gets a neutral grey. */
export function clusterColor(ctx: ChartContext, clusterId: string): string {
  return ctx.clusters.find((c) => c.id === clusterId)?.color ?? '#bbbbbb';
}

function clusterLabel(ctx: ChartContext, clusterId: string): string {
  const cluster = ctx.clusters.find((c) => c.id === clusterId);
  return cluster ? localText(cluster.name, ctx.lang) : clusterId;
}

/**
 * @example buildOutputChart(result, ctx).option.series // one bar series per cluster, stack 'output'
 */
export function buildOutputChart(result: SimulationResult, ctx: ChartContext): ChartBuild {
  const Y = result.years;
  const years = yearLabels(result);
  const band = result.quantiles?.grossOutputYear ?? null;
  const other = ctx.comparison ?? null;
  const otherTotalByYear = years.map((label) => {
    if (!other) return Number.NaN;
    const y = Number(label) - other.result.firstYear;
    return y >= 0 && y < other.result.years ? at(other.result.grossOutputYear, y) : Number.NaN;
  });
  let max = 0;
  for (let y = 0; y < Y; y++)
    max = Math.max(max, at(result.grossOutputYear, y), band ? at(band.p90, y) : 0, otherTotalByYear[y] || 0);
  const scale = moneyScale(max, ctx.lang);
  const markedYear = yearIndexOfMonth(result, ctx.monthIndex);
  const mainName = ctx.resultName || tr(ctx, 'chart.currentScenario');

  const series: (BarSeriesOption | LineSeriesOption)[] = result.clusterIds.map((clusterId, c) => ({
    id: `cluster-${clusterId}`,
    type: 'bar',
    name: clusterLabel(ctx, clusterId),
    stack: 'output',
    barMaxWidth: 56,
    itemStyle: { color: clusterColor(ctx, clusterId), borderColor: '#ffffff', borderWidth: 0.5 },
    emphasis: { focus: 'series' },
    data: Array.from({ length: Y }, (_, y) => toScale(at(result.outputByClusterYear, c * Y + y), scale)),
    ...(c === 0 && markedYear >= 0 ? { markArea: yearMarkArea(years[markedYear]!) } : {}),
  }));
  const bandName = tr(ctx, 'chart.output.bandTotal');
  if (band) {
    const p10 = Array.from(band.p10, (v) => toScale(v, scale));
    const p90 = Array.from(band.p90, (v) => toScale(v, scale));
    for (const [id, data] of [
      ['band-p10', p10],
      ['band-p90', p90],
    ] as const) {
      series.push({
        id,
        type: 'line',
        name: bandName,
        symbol: TICK_SYMBOL,
        symbolSize: [18, 2],
        lineStyle: { opacity: 0 },
        itemStyle: { color: CHART_COLORS.ink },
        z: 5,
        data,
        ...(id === 'band-p90' ? { markLine: whiskers(years, p10, p90, CHART_COLORS.ink) } : {}),
      });
    }
  }
  const otherName = other ? tr(ctx, 'chart.output.comparisonTotal', { name: other.name }) : '';
  if (other) {
    series.push({
      id: 'comparison-total',
      type: 'line',
      name: otherName,
      symbol: 'diamond',
      symbolSize: 10,
      lineStyle: { color: CHART_COLORS.comparison, width: 2, type: 'dashed' },
      itemStyle: { color: CHART_COLORS.comparison },
      z: 6,
      data: otherTotalByYear.map((v) => (Number.isFinite(v) ? toScale(v, scale) : null)),
    });
  }

  const money = (v: number) => formatMoney(v, ctx.lang);
  const tooltipFormatter = (params: unknown): string => {
    const y = axisDataIndex(params);
    if (y < 0) return '';
    const rows: TooltipRow[] = result.clusterIds
      .map((id, c) => ({
        color: clusterColor(ctx, id),
        label: clusterLabel(ctx, id),
        value: money(at(result.outputByClusterYear, c * Y + y)),
      }))
      .reverse();
    rows.unshift({
      label: other ? `${tr(ctx, 'chart.output.total')} · ${mainName}` : tr(ctx, 'chart.output.total'),
      value: money(at(result.grossOutputYear, y)),
    });
    if (band) rows.splice(1, 0, { label: tr(ctx, 'chart.band'), value: `${money(at(band.p10, y))} – ${money(at(band.p90, y))}` });
    if (other && Number.isFinite(otherTotalByYear[y]))
      rows.splice(band ? 2 : 1, 0, { color: CHART_COLORS.comparison, label: otherName, value: money(otherTotalByYear[y]!) });
    return tooltipHtml(tr(ctx, 'chart.yearLabel', { year: years[y]! }), rows);
  };

  const clusterNames = result.clusterIds.map((id) => clusterLabel(ctx, id));
  const option = {
    animation: false,
    textStyle: TEXT_STYLE,
    grid: { ...BASE_GRID, top: 76 },
    legend: {
      top: 0,
      left: 'center',
      data: [...clusterNames, ...(band ? [bandName] : []), ...(other ? [otherName] : [])],
      itemWidth: 14,
      itemHeight: 10,
      itemGap: 8,
      textStyle: { fontSize: 11 },
    },
    tooltip: { trigger: 'axis' as const, axisPointer: { type: 'shadow' as const }, formatter: tooltipFormatter },
    xAxis: { type: 'category' as const, data: years, ...axisName(tr(ctx, 'chart.year')) },
    yAxis: {
      type: 'value' as const,
      ...valueAxisName(tr(ctx, 'chart.output.axis', { unit: scale.unit })),
      splitLine: { lineStyle: { color: CHART_COLORS.grid } },
    },
    series,
  };

  const y = markedYear >= 0 ? markedYear : result.targetYearIndex;
  let top = 0;
  for (let c = 1; c < result.clusterIds.length; c++)
    if (at(result.outputByClusterYear, c * Y + y) > at(result.outputByClusterYear, top * Y + y)) top = c;
  const parts = [tr(ctx, 'chart.output.summaryYear', { year: years[y]!, value: money(at(result.grossOutputYear, y)) })];
  if (band) parts.push(tr(ctx, 'chart.bandText', { low: money(at(band.p10, y)), high: money(at(band.p90, y)) }));
  parts.push(
    tr(ctx, 'chart.output.summaryTop', {
      cluster: clusterLabel(ctx, result.clusterIds[top] ?? ''),
      value: money(at(result.outputByClusterYear, top * Y + y)),
    }),
  );
  if (Y > 1 && y !== Y - 1)
    parts.push(tr(ctx, 'chart.output.summaryLast', { year: years[Y - 1]!, value: money(at(result.grossOutputYear, Y - 1)) }));
  if (other && Number.isFinite(otherTotalByYear[y]))
    parts.push(
      tr(ctx, 'chart.output.summaryComparison', { name: other.name, year: years[y]!, value: money(otherTotalByYear[y]!) }),
    );
  return { option, summary: sentences(ctx, parts) };
}
