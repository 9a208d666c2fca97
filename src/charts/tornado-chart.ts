/**
 * Sensitivity tornado: for each assumption, how far the outcome moves from its base value when the
 * assumption is set to the low and to the high end of its sensitivity step, all others fixed
 * (workers/model/sensitivity.ts). Bars start at the base value (0 on the axis), largest swing on top.
 */
import type { ParameterUnit } from '../../workers/model/parameters';
import { PARAMETER_TABLE } from '../../workers/model/parameters';
import type { SensitivityResult } from '../../workers/model/sensitivity';
import { SENSITIVITY_OUTCOMES } from '../../workers/model/sensitivity';
import { localize } from '../../workers/model/localized-text';
import { CHART_COLORS, TEXT_STYLE, axisName, sentences, tr, type ChartBuild, type ChartContext } from './chart-context';
import type { BarSeriesOption } from './echarts-setup';
import { formatMoney, formatPercent, moneyScale, toScale } from '../shared/money-format';
import { axisDataIndex, tooltipHtml } from './tooltip-format';

/** Rows beyond this are the smallest swings; a tornado with more bars stops being readable. */
export const TORNADO_MAX_ROWS = 10;

/** 1, 2, 2.5, 5 × 10^k at or above v, so the symmetric axis ends on a round tick. */
function niceCeil(v: number): number {
  const p = 10 ** Math.floor(Math.log10(v));
  for (const f of [1, 2, 2.5, 5, 10]) if (f * p >= v) return f * p;
  return 10 * p;
}

function trimNumber(v: number): string {
  return String(Math.round(v * 100) / 100);
}

/** A parameter value with its unit, e.g. "90%", "6个月" / "6 months", "4月" / "month 4". */
export function formatParameterValue(value: number, unit: ParameterUnit, ctx: Pick<ChartContext, 'lang'>): string {
  switch (unit) {
    case '%':
      return `${trimNumber(value)}%`;
    case 'pp':
      return tr(ctx, 'chart.unit.pp', { value: trimNumber(value) });
    case 'months':
      return tr(ctx, 'chart.unit.months', { value: trimNumber(value) });
    case 'month-of-year':
      return tr(ctx, 'chart.unit.monthOfYear', { value: trimNumber(value) });
    case 'factor':
      return `${trimNumber(value)}×`;
    case '万元':
      return formatMoney(value, ctx.lang);
    case 'runs':
    case 'seed':
      return trimNumber(value);
  }
}

/**
 * @example buildTornadoChart(sensitivity, ctx).option.series // [low bars, high bars]
 */
export function buildTornadoChart(sensitivity: SensitivityResult, ctx: ChartContext): ChartBuild {
  const outcome = SENSITIVITY_OUTCOMES.find((o) => o.id === sensitivity.outcome);
  const outcomeLabel = outcome ? localize(outcome.label, ctx.lang) : sensitivity.outcome;
  const isMoney = outcome?.unit === '万元';
  const rows = sensitivity.rows.slice(0, TORNADO_MAX_ROWS);
  let maxSwing = 0;
  for (const r of rows)
    maxSwing = Math.max(maxSwing, Math.abs(r.outcomeLow - sensitivity.base), Math.abs(r.outcomeHigh - sensitivity.base));
  const scale = isMoney ? moneyScale(maxSwing, ctx.lang) : null;
  const delta = (v: number) => (scale ? toScale(v - sensitivity.base, scale) : Math.round((v - sensitivity.base) * 100) / 100);
  const outcomeText = (v: number) => (isMoney ? formatMoney(v, ctx.lang) : formatPercent(v, 2));
  const deltaText = (v: number) => {
    const d = v - sensitivity.base;
    const sign = d > 0 ? '+' : d < 0 ? '−' : '±';
    return isMoney
      ? `${sign}${formatMoney(Math.abs(d), ctx.lang)}`
      : `${sign}${tr(ctx, 'chart.unit.pp', { value: Math.abs(d).toFixed(2) })}`;
  };

  const specs = rows.map((r) => PARAMETER_TABLE.find((s) => s.id === r.parameter));
  const labels = rows.map((r, i) => {
    const spec = specs[i];
    return spec ? localize(spec.label, ctx.lang) : r.parameter;
  });
  const valueText = (v: number, i: number) => {
    const spec = specs[i];
    return spec ? formatParameterValue(v, spec.unit, ctx) : trimNumber(v);
  };
  const lowName = tr(ctx, 'chart.tornado.low');
  const highName = tr(ctx, 'chart.tornado.high');

  const barLabel = (which: 'low' | 'high') => ({
    show: true,
    position: 'right' as const,
    fontSize: 10,
    color: CHART_COLORS.inkSoft,
    formatter: (p: { dataIndex: number }) => {
      const r = rows[p.dataIndex];
      return r ? valueText(which === 'low' ? r.low : r.high, p.dataIndex) : '';
    },
  });
  // Both bars of a row start at the base value; a negative bar's label goes on its left.
  const dataFor = (which: 'low' | 'high') =>
    rows.map((r) => {
      const v = delta(which === 'low' ? r.outcomeLow : r.outcomeHigh);
      return { value: v, label: { position: v < 0 ? ('left' as const) : ('right' as const) } };
    });
  const series: BarSeriesOption[] = [
    {
      id: 'low',
      type: 'bar',
      name: lowName,
      barGap: '-100%',
      barCategoryGap: '35%',
      itemStyle: { color: CHART_COLORS.low },
      label: barLabel('low'),
      data: dataFor('low'),
    },
    {
      id: 'high',
      type: 'bar',
      name: highName,
      itemStyle: { color: CHART_COLORS.high, opacity: 0.85 },
      label: barLabel('high'),
      data: dataFor('high'),
    },
  ];

  const tooltipFormatter = (params: unknown): string => {
    const i = axisDataIndex(params);
    const r = rows[i];
    if (!r) return '';
    return tooltipHtml(labels[i] ?? '', [
      {
        color: CHART_COLORS.low,
        label: `${lowName} ${valueText(r.low, i)}`,
        value: `${outcomeText(r.outcomeLow)} (${deltaText(r.outcomeLow)})`,
      },
      {
        color: CHART_COLORS.high,
        label: `${highName} ${valueText(r.high, i)}`,
        value: `${outcomeText(r.outcomeHigh)} (${deltaText(r.outcomeHigh)})`,
      },
    ]);
  };

  const axisTitle = isMoney
    ? tr(ctx, 'chart.tornado.axisMoney', { outcome: outcomeLabel, unit: scale!.unit })
    : tr(ctx, 'chart.tornado.axisPp', { outcome: outcomeLabel });
  const limit = Math.max(...rows.flatMap((r) => [Math.abs(delta(r.outcomeLow)), Math.abs(delta(r.outcomeHigh))]), 0);
  const niceLimit = limit > 0 ? niceCeil(limit * 1.4) : 1;
  const option = {
    animation: false,
    textStyle: TEXT_STYLE,
    grid: { left: 8, right: 56, top: 40, bottom: 44, containLabel: true },
    legend: { top: 0, left: 'center', data: [lowName, highName], textStyle: { fontSize: 12 } },
    tooltip: { trigger: 'axis' as const, axisPointer: { type: 'shadow' as const }, formatter: tooltipFormatter },
    xAxis: {
      type: 'value' as const,
      ...axisName(axisTitle),
      nameLocation: 'middle' as const,
      nameGap: 26,
      // Symmetric, with room at both ends for the value labels beside the bars.
      min: -niceLimit,
      max: niceLimit,
      splitLine: { lineStyle: { color: CHART_COLORS.grid } },
    },
    yAxis: {
      type: 'category' as const,
      data: labels,
      inverse: true,
      axisTick: { show: false },
      axisLabel: { width: 230, overflow: 'truncate' as const, fontSize: 11 },
    },
    series,
  };

  const parts = [tr(ctx, 'chart.tornado.summaryBase', { outcome: outcomeLabel, base: outcomeText(sensitivity.base) })];
  rows.slice(0, 3).forEach((r, i) => {
    parts.push(
      tr(ctx, 'chart.tornado.summaryRow', {
        rank: i + 1,
        parameter: labels[i] ?? r.parameter,
        low: valueText(r.low, i),
        high: valueText(r.high, i),
        outcomeLow: outcomeText(r.outcomeLow),
        outcomeHigh: outcomeText(r.outcomeHigh),
      }),
    );
  });
  if (rows.length === 0) parts.push(tr(ctx, 'chart.tornado.empty'));
  return { option, summary: sentences(ctx, parts) };
}
