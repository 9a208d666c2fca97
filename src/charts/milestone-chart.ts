/**
 * Milestone curves: share of continuing (续建) projects resumed and of new (新建) projects started,
 * by month, against the article's targets (100% resumed by May, 100% started by August; the same
 * values as data/targets.json). Drawn over the first two years, where the milestones lie.
 */
import type { SimulationResult } from '../../workers/model/result-types';
import {
  BASE_GRID,
  CHART_COLORS,
  TEXT_STYLE,
  at,
  valueAxisName,
  clampMonth,
  monthLabels,
  monthMarkLine,
  sentences,
  tr,
  type ChartBuild,
  type ChartContext,
} from './chart-context';
import type { LineSeriesOption } from './echarts-setup';
import { formatPercent } from '../shared/money-format';
import { axisDataIndex, tooltipHtml } from './tooltip-format';

/** Target shares in percent; data/targets.json → milestones (source article). */
export interface MilestoneTargets {
  resumedPct: number;
  startedPct: number;
}
export const ARTICLE_MILESTONE_TARGETS: MilestoneTargets = { resumedPct: 100, startedPct: 100 };

/** Months shown: two years covers both 2017 milestones and the projects that miss them by a season. */
export const MILESTONE_WINDOW_MONTHS = 24;

const RESUMED_COLOR = '#0b5cad';
const STARTED_COLOR = '#2f8f4e';

const pct = (share: number) => Math.round(share * 1000) / 10;

/**
 * @example buildMilestoneChart(result, ctx).summary // "续建项目复工率：2017-05为100.0%（目标100%）…"
 */
export function buildMilestoneChart(
  result: SimulationResult,
  ctx: ChartContext,
  targets: MilestoneTargets = ARTICLE_MILESTONE_TARGETS,
): ChartBuild {
  const window = Math.min(result.months, Math.max(MILESTONE_WINDOW_MONTHS, result.startMilestoneMonth + 1));
  const labels = monthLabels(result).slice(0, window);
  const m = clampMonth(result, ctx.monthIndex);
  const resumedName = tr(ctx, 'chart.milestone.resumed');
  const startedName = tr(ctx, 'chart.milestone.started');
  const mayLabel = labels[result.resumeMilestoneMonth] ?? '';
  const augLabel = labels[result.startMilestoneMonth] ?? '';

  // Hollow red diamonds at (milestone month, target share), labelled in the headroom over 100%; the
  // August label sits a line higher so the two never collide in a narrow chart.
  const targetPoint = (label: string, value: number, text: string, lift: number) => ({
    silent: true,
    symbol: 'diamond',
    symbolSize: 14,
    animation: false,
    itemStyle: { color: '#ffffff', borderColor: CHART_COLORS.target, borderWidth: 2 },
    label: {
      show: true,
      formatter: text,
      position: 'top' as const,
      offset: [0, lift] as [number, number],
      color: CHART_COLORS.target,
      fontSize: 11,
      fontWeight: 'bold' as const,
    },
    data: [{ name: text, coord: [label, value] as [string, number], value }],
  });

  const resumed: LineSeriesOption = {
    id: 'resumed',
    type: 'line',
    name: resumedName,
    symbol: 'circle',
    symbolSize: 5,
    lineStyle: { color: RESUMED_COLOR, width: 2.5 },
    itemStyle: { color: RESUMED_COLOR },
    data: Array.from(result.resumedShareMonth.subarray(0, window), pct),
    markPoint: targetPoint(mayLabel, targets.resumedPct, tr(ctx, 'chart.milestone.mayTarget', { pct: targets.resumedPct }), 0),
    markLine: {
      silent: true,
      symbol: 'none',
      animation: false,
      lineStyle: { color: CHART_COLORS.target, type: 'dashed', width: 1 },
      label: { show: false },
      data: [{ xAxis: mayLabel }, { xAxis: augLabel }],
    },
  };
  const started: LineSeriesOption = {
    id: 'started',
    type: 'line',
    name: startedName,
    symbol: 'triangle',
    symbolSize: 6,
    lineStyle: { color: STARTED_COLOR, width: 2.5, type: [8, 3] },
    itemStyle: { color: STARTED_COLOR },
    data: Array.from(result.newStartedShareMonth.subarray(0, window), pct),
    markPoint: targetPoint(augLabel, targets.startedPct, tr(ctx, 'chart.milestone.augTarget', { pct: targets.startedPct }), -14),
    ...(m < window ? { markLine: monthMarkLine(labels[m]!) } : {}),
  };

  const tooltipFormatter = (params: unknown): string => {
    const i = axisDataIndex(params);
    if (i < 0) return '';
    return tooltipHtml(labels[i] ?? '', [
      { color: RESUMED_COLOR, label: resumedName, value: formatPercent(pct(at(result.resumedShareMonth, i))) },
      { color: STARTED_COLOR, label: startedName, value: formatPercent(pct(at(result.newStartedShareMonth, i))) },
    ]);
  };

  const option = {
    animation: false,
    textStyle: TEXT_STYLE,
    grid: { ...BASE_GRID, top: 40 },
    legend: { top: 0, left: 'center', data: [resumedName, startedName], itemGap: 20, textStyle: { fontSize: 12 } },
    tooltip: { trigger: 'axis' as const, formatter: tooltipFormatter },
    xAxis: { type: 'category' as const, data: labels, boundaryGap: false, axisLabel: { hideOverlap: true } },
    yAxis: {
      type: 'value' as const,
      min: 0,
      // Headroom over 100% for the target markers and their labels; no tick is shown above 100.
      max: 125,
      interval: 20,
      ...valueAxisName(tr(ctx, 'chart.milestone.axis')),
      axisLabel: { formatter: (v: number) => (v > 100 ? '' : String(v)) },
      splitLine: { lineStyle: { color: CHART_COLORS.grid } },
    },
    series: [resumed, started],
  };

  const share = (a: ArrayLike<number>, i: number) => formatPercent(pct(at(a, i)));
  const q = result.quantiles;
  const parts = [
    tr(ctx, 'chart.milestone.summaryResumed', {
      month: mayLabel,
      value: share(result.resumedShareMonth, result.resumeMilestoneMonth),
      target: targets.resumedPct,
    }),
  ];
  if (q)
    parts.push(
      tr(ctx, 'chart.bandText', {
        low: formatPercent(pct(at(q.resumedShareAtMilestone.p10, 0))),
        high: formatPercent(pct(at(q.resumedShareAtMilestone.p90, 0))),
      }),
    );
  parts.push(
    tr(ctx, 'chart.milestone.summaryStarted', {
      month: augLabel,
      value: share(result.newStartedShareMonth, result.startMilestoneMonth),
      target: targets.startedPct,
    }),
  );
  if (q)
    parts.push(
      tr(ctx, 'chart.bandText', {
        low: formatPercent(pct(at(q.startedShareAtMilestone.p10, 0))),
        high: formatPercent(pct(at(q.startedShareAtMilestone.p90, 0))),
      }),
    );
  parts.push(
    tr(ctx, 'chart.milestone.summaryMonth', {
      month: monthLabels(result)[m]!,
      resumed: share(result.resumedShareMonth, m),
      started: share(result.newStartedShareMonth, m),
    }),
  );
  return { option, summary: sentences(ctx, parts) };
}
