/**
 * Option of the compare view's small chart: cumulative investment of two scenarios over their
 * months, one line each. Pure (no DOM), so it is built and tested without ECharts running.
 */
import type { SimulationResult } from '../../workers/model/result-types';
import { BASE_GRID, CHART_COLORS, TEXT_STYLE, axisName, monthLabels } from '../charts/chart-context';
import type { ChartOption } from '../charts/echarts-setup';
import { moneyScale, toScale } from '../shared/money-format';
import type { Lang } from '../i18n/i18n';

/**
 * @example buildCompareChart({ name: '按计划', result: a }, { name: '保守', result: b }, 'zh-CN', '累计完成投资')
 */
export function buildCompareChart(
  a: { name: string; result: SimulationResult },
  b: { name: string; result: SimulationResult },
  lang: Lang,
  title: string,
): ChartOption {
  // The longer horizon gives the axis; the shorter line simply ends (both start at the same month).
  const longer = a.result.months >= b.result.months ? a.result : b.result;
  const last = (r: SimulationResult) => r.cumulativeInvestmentMonth[r.months - 1] ?? 0;
  const scale = moneyScale(Math.max(last(a.result), last(b.result)), lang);
  const line = (s: { name: string; result: SimulationResult }, color: string, dashed: boolean) => ({
    type: 'line' as const,
    name: s.name,
    symbol: 'none',
    lineStyle: { color, width: 2, type: dashed ? ('dashed' as const) : ('solid' as const) },
    itemStyle: { color },
    data: Array.from(s.result.cumulativeInvestmentMonth, (v) => toScale(v, scale)),
  });
  return {
    animation: false,
    textStyle: TEXT_STYLE,
    grid: { ...BASE_GRID, top: 40, right: 16 },
    legend: { top: 0, right: 0, textStyle: TEXT_STYLE },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: monthLabels(longer), axisLabel: { color: CHART_COLORS.inkSoft } },
    yAxis: { type: 'value', ...axisName(`${title} (${scale.unit})`), splitLine: { lineStyle: { color: CHART_COLORS.grid } } },
    // Distinct by dash as well as colour, for readers who cannot tell the two colours apart.
    series: [line(a, CHART_COLORS.main, false), line(b, CHART_COLORS.comparison, true)],
  };
}
