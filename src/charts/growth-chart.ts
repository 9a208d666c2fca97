/**
 * GDP growth by year split into what drives it (organic growth of the existing economy, value added
 * of the projects' output, value added of the projects' investment), the total growth line, its
 * P10–P90 range, and the 8% target with the probability of reaching it in Monte Carlo mode.
 */
import type { SimulationResult } from '../../workers/model/result-types';
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
import { formatPercent } from '../shared/money-format';
import { axisDataIndex, tooltipHtml, type TooltipRow } from './tooltip-format';

const PARTS = [
  { id: 'organic', key: 'chart.growth.organic', color: '#a8b3bf' },
  { id: 'project-output', key: 'chart.growth.projectOutput', color: '#2f8f4e' },
  { id: 'project-investment', key: 'chart.growth.projectInvestment', color: '#ee7733' },
] as const;

const round2 = (v: number) => Math.round(v * 100) / 100;

/** "61%" for a probability 0–1, or null in expected mode (no distribution to count). */
export function formatProbability(p: number | null): string | null {
  return p === null || !Number.isFinite(p) ? null : `${Math.round(p * 100)}%`;
}

/**
 * @example buildGrowthChart(result, ctx).summary // "2017年地区生产总值增长8.5%（目标8%）…达到目标的概率为61%。"
 */
export function buildGrowthChart(result: SimulationResult, ctx: ChartContext): ChartBuild {
  const Y = result.years;
  const years = yearLabels(result);
  const band = result.quantiles?.gdpGrowthYear ?? null;
  const target = result.targetGrowthPct;
  const targetYear = years[result.targetYearIndex] ?? '';
  const probability = formatProbability(result.probabilityReachTarget);
  const markedYear = yearIndexOfMonth(result, ctx.monthIndex);
  const totalName = tr(ctx, 'chart.growth.total');
  const bandName = tr(ctx, 'chart.growth.band');
  const targetText =
    probability === null
      ? tr(ctx, 'chart.growth.targetLabel', { year: targetYear, target })
      : tr(ctx, 'chart.growth.targetLabelProbability', { year: targetYear, target, probability });

  const series: (BarSeriesOption | LineSeriesOption)[] = PARTS.map((part, k) => ({
    id: part.id,
    type: 'bar',
    name: tr(ctx, part.key),
    stack: 'growth',
    barMaxWidth: 56,
    itemStyle: { color: part.color },
    data: Array.from({ length: Y }, (_, y) => round2(at(result.growthDecompositionYear, k * Y + y))),
    ...(k === 0 && markedYear >= 0 ? { markArea: yearMarkArea(years[markedYear]!) } : {}),
  }));
  series.push({
    id: 'total',
    type: 'line',
    name: totalName,
    symbol: 'circle',
    symbolSize: 8,
    lineStyle: { color: CHART_COLORS.ink, width: 2 },
    itemStyle: { color: CHART_COLORS.ink },
    label: {
      show: true,
      position: 'top',
      formatter: (p: { value?: unknown }) => formatPercent(Number(p.value)),
      fontSize: 11,
      color: CHART_COLORS.ink,
      // Readable where the label crosses a bar, a whisker or the target line.
      backgroundColor: 'rgba(255, 255, 255, 0.85)',
      padding: [1, 3],
      borderRadius: 2,
    },
    z: 6,
    data: Array.from(result.gdpGrowthYear, round2),
  });
  // The target is a series of its own (not a mark line with a label inside the plot) so that its
  // text, with the probability, sits in the legend where no bar or value label can cover it.
  series.push({
    id: 'target',
    type: 'line',
    name: targetText,
    symbol: 'none',
    silent: true,
    lineStyle: { color: CHART_COLORS.target, type: 'dashed', width: 2 },
    itemStyle: { color: CHART_COLORS.target },
    z: 4,
    data: years.map(() => target),
  });
  if (band) {
    const p10 = Array.from(band.p10, round2);
    const p90 = Array.from(band.p90, round2);
    for (const [id, data] of [
      ['band-p10', p10],
      ['band-p90', p90],
    ] as const) {
      series.push({
        id,
        type: 'line',
        name: bandName,
        symbol: 'rect',
        symbolSize: [16, 2],
        lineStyle: { opacity: 0 },
        itemStyle: { color: CHART_COLORS.inkSoft },
        z: 5,
        data,
        ...(id === 'band-p90' ? { markLine: whiskers(years, p10, p90, CHART_COLORS.inkSoft) } : {}),
      });
    }
  }

  const pp = (v: number) => tr(ctx, 'chart.growth.ppValue', { value: round2(v).toFixed(1) });
  const tooltipFormatter = (params: unknown): string => {
    const y = axisDataIndex(params);
    if (y < 0) return '';
    const rows: TooltipRow[] = [{ color: CHART_COLORS.ink, label: totalName, value: formatPercent(at(result.gdpGrowthYear, y)) }];
    if (band)
      rows.push({ label: tr(ctx, 'chart.band'), value: `${formatPercent(at(band.p10, y))} – ${formatPercent(at(band.p90, y))}` });
    PARTS.forEach((part, k) =>
      rows.push({ color: part.color, label: tr(ctx, part.key), value: pp(at(result.growthDecompositionYear, k * Y + y)) }),
    );
    return tooltipHtml(tr(ctx, 'chart.yearLabel', { year: years[y]! }), rows);
  };

  let min = 0;
  let max = target;
  for (let y = 0; y < Y; y++) {
    max = Math.max(max, at(result.gdpGrowthYear, y), band ? at(band.p90, y) : 0);
    for (let k = 0; k < PARTS.length; k++)
      min = Math.min(min, at(result.growthDecompositionYear, k * Y + y), band ? at(band.p10, y) : 0);
  }
  const option = {
    animation: false,
    textStyle: TEXT_STYLE,
    grid: { ...BASE_GRID, top: 76 },
    legend: {
      top: 0,
      left: 'center',
      data: [...PARTS.map((p) => tr(ctx, p.key)), totalName, ...(band ? [bandName] : []), targetText],
      textStyle: { fontSize: 12 },
    },
    tooltip: { trigger: 'axis' as const, axisPointer: { type: 'shadow' as const }, formatter: tooltipFormatter },
    xAxis: { type: 'category' as const, data: years, ...axisName(tr(ctx, 'chart.year')) },
    yAxis: {
      type: 'value' as const,
      // Whole multiples of 5 with room above the highest point for its value label.
      max: Math.ceil((max + 1) / 5) * 5,
      min: min < 0 ? -Math.ceil(-min / 5) * 5 : 0,
      ...valueAxisName(tr(ctx, 'chart.growth.axis')),
      axisLabel: { formatter: '{value}%' },
      splitLine: { lineStyle: { color: CHART_COLORS.grid } },
    },
    series,
  };

  const y = result.targetYearIndex;
  const parts = [
    tr(ctx, 'chart.growth.summaryYear', {
      year: targetYear,
      value: formatPercent(at(result.gdpGrowthYear, y)),
      target,
      organic: pp(at(result.growthDecompositionYear, y)),
      output: pp(at(result.growthDecompositionYear, Y + y)),
      investment: pp(at(result.growthDecompositionYear, 2 * Y + y)),
    }),
  ];
  if (band) parts.push(tr(ctx, 'chart.bandText', { low: formatPercent(at(band.p10, y)), high: formatPercent(at(band.p90, y)) }));
  parts.push(
    probability === null ? tr(ctx, 'chart.growth.noProbability') : tr(ctx, 'chart.growth.probability', { target, probability }),
  );
  if (markedYear >= 0 && markedYear !== y) {
    parts.push(
      tr(ctx, 'chart.growth.summaryMarked', {
        year: years[markedYear]!,
        value: formatPercent(at(result.gdpGrowthYear, markedYear)),
      }),
    );
  }
  return { option, summary: sentences(ctx, parts) };
}
