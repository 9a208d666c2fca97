/**
 * Monthly fixed-asset investment of the projects (bars) and the running total from the start month
 * (line, right axis) with its P10–P90 band in Monte Carlo mode. The band belongs to the running
 * total because that is the quantity the simulator gives bands for by month (and the one county
 * statistics report: 1–N月累计完成投资). With progress reports, the reported (actual) part of each
 * month's bar is drawn solid and stacked under the projected part, and the running total is a solid
 * line up to the last report month and dashed after it.
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
import type { BarSeriesOption, LineSeriesOption } from './echarts-setup';
import { formatMoney, moneyScale, toScale } from '../shared/money-format';
import { axisDataIndex, tooltipHtml, type TooltipRow } from './tooltip-format';

function maxOf(...arrays: (ArrayLike<number> | undefined)[]): number {
  let max = 0;
  for (const a of arrays) if (a) for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i]!));
  return max;
}

/**
 * @example buildInvestmentChart(result, { lang: 'zh-CN', clusters, monthIndex: 11, selectedSiteId: null }).summary
 */
export function buildInvestmentChart(result: SimulationResult, ctx: ChartContext): ChartBuild {
  const labels = monthLabels(result);
  const m = clampMonth(result, ctx.monthIndex);
  const band = result.quantiles?.cumulativeInvestmentMonth ?? null;
  const other = ctx.comparison && ctx.comparison.result.startMonth === result.startMonth ? ctx.comparison : null;
  const otherMonths = other ? Math.min(other.result.months, result.months) : 0;

  const monthlyScale = moneyScale(maxOf(result.investmentMonth, other?.result.investmentMonth), ctx.lang);
  const totalScale = moneyScale(
    maxOf(result.cumulativeInvestmentMonth, band?.p90, other?.result.cumulativeInvestmentMonth),
    ctx.lang,
  );
  const mainName = ctx.resultName || tr(ctx, 'chart.currentScenario');
  const monthlyName = other ? `${tr(ctx, 'chart.investment.monthly')} · ${mainName}` : tr(ctx, 'chart.investment.monthly');
  const totalName = other ? `${tr(ctx, 'chart.investment.cumulative')} · ${mainName}` : tr(ctx, 'chart.investment.cumulative');
  const bandName = tr(ctx, 'chart.band');

  // Reported actuals (progress reports): months up to `until` contain them; none when until < 0.
  const until = Math.min(result.actualUntilMonth, result.months - 1);
  const actual = until >= 0 ? result.actualInvestmentMonth : null;
  const actualName = tr(ctx, 'import.chart.actual');
  const projectedName = tr(ctx, 'import.chart.projected');

  const series: (BarSeriesOption | LineSeriesOption)[] = [];
  if (actual) {
    series.push({
      id: 'monthly-actual',
      type: 'bar',
      name: `${monthlyName} · ${actualName}`,
      yAxisIndex: 0,
      stack: 'monthly',
      itemStyle: { color: CHART_COLORS.main, opacity: 0.95 },
      barCategoryGap: '20%',
      data: Array.from(actual, (v) => toScale(v, monthlyScale)),
    });
  }
  series.push({
    id: 'monthly',
    type: 'bar',
    name: actual ? `${monthlyName} · ${projectedName}` : monthlyName,
    yAxisIndex: 0,
    ...(actual ? { stack: 'monthly' } : {}),
    itemStyle: { color: CHART_COLORS.main, opacity: 0.55 },
    barCategoryGap: '20%',
    data: Array.from(result.investmentMonth, (v, i) => toScale(actual ? v - at(actual, i) : v, monthlyScale)),
    markLine: monthMarkLine(labels[m]!),
  });
  if (band) {
    // Stacked pair: an invisible P10 line, then P90 − P10 stacked on it and filled, which shades
    // exactly the area between P10 and P90.
    series.push(
      {
        id: 'band-p10',
        type: 'line',
        name: 'P10',
        yAxisIndex: 1,
        stack: 'band',
        symbol: 'none',
        lineStyle: { opacity: 0 },
        silent: true,
        data: Array.from(band.p10, (v) => toScale(v, totalScale)),
      },
      {
        id: 'band',
        type: 'line',
        name: bandName,
        yAxisIndex: 1,
        stack: 'band',
        symbol: 'none',
        lineStyle: { opacity: 0 },
        itemStyle: { color: CHART_COLORS.band },
        areaStyle: { color: CHART_COLORS.band },
        silent: true,
        data: Array.from(band.p90, (v, i) => toScale(v, totalScale) - toScale(at(band.p10, i), totalScale)),
      },
    );
  }
  if (actual) {
    // Solid up to the last report month, dashed from there (the two meet at that month).
    series.push(
      {
        id: 'cumulative-actual',
        type: 'line',
        name: `${totalName} · ${actualName}`,
        yAxisIndex: 1,
        symbol: 'none',
        lineStyle: { color: CHART_COLORS.main, width: 2.5, type: 'solid' },
        itemStyle: { color: CHART_COLORS.main },
        data: Array.from(result.cumulativeInvestmentMonth, (v, i) => (i <= until ? toScale(v, totalScale) : null)),
      },
      {
        id: 'cumulative',
        type: 'line',
        name: `${totalName} · ${projectedName}`,
        yAxisIndex: 1,
        symbol: 'none',
        lineStyle: { color: CHART_COLORS.main, width: 2.5, type: 'dashed' },
        itemStyle: { color: CHART_COLORS.main },
        data: Array.from(result.cumulativeInvestmentMonth, (v, i) => (i >= until ? toScale(v, totalScale) : null)),
      },
    );
  } else {
    series.push({
      id: 'cumulative',
      type: 'line',
      name: totalName,
      yAxisIndex: 1,
      symbol: 'none',
      lineStyle: { color: CHART_COLORS.main, width: 2.5 },
      itemStyle: { color: CHART_COLORS.main },
      data: Array.from(result.cumulativeInvestmentMonth, (v) => toScale(v, totalScale)),
    });
  }
  if (other) {
    const cut = (a: ArrayLike<number>, scale: typeof totalScale) =>
      Array.from({ length: otherMonths }, (_, i) => toScale(at(a, i), scale));
    series.push(
      {
        id: 'comparison-monthly',
        type: 'line',
        name: `${tr(ctx, 'chart.investment.monthly')} · ${other.name}`,
        yAxisIndex: 0,
        step: 'middle',
        symbol: 'none',
        lineStyle: { color: CHART_COLORS.comparison, width: 1.5, type: 'dotted' },
        itemStyle: { color: CHART_COLORS.comparison },
        data: cut(other.result.investmentMonth, monthlyScale),
      },
      {
        id: 'comparison-cumulative',
        type: 'line',
        name: `${tr(ctx, 'chart.investment.cumulative')} · ${other.name}`,
        yAxisIndex: 1,
        symbol: 'none',
        lineStyle: { color: CHART_COLORS.comparison, width: 2.5, type: 'dashed' },
        itemStyle: { color: CHART_COLORS.comparison },
        data: cut(other.result.cumulativeInvestmentMonth, totalScale),
      },
    );
  }

  const money = (v: number) => formatMoney(v, ctx.lang);
  const tooltipFormatter = (params: unknown): string => {
    const i = axisDataIndex(params);
    if (i < 0) return '';
    const rows: TooltipRow[] = [
      { color: CHART_COLORS.main, label: monthlyName, value: money(at(result.investmentMonth, i)) },
      { color: CHART_COLORS.main, label: totalName, value: money(at(result.cumulativeInvestmentMonth, i)) },
    ];
    if (actual && i <= until)
      rows.push({ color: CHART_COLORS.main, label: `${monthlyName} · ${actualName}`, value: money(at(actual, i)) });
    if (band) rows.push({ label: bandName, value: `${money(at(band.p10, i))} – ${money(at(band.p90, i))}` });
    if (other && i < otherMonths) {
      rows.push({
        color: CHART_COLORS.comparison,
        label: `${tr(ctx, 'chart.investment.monthly')} · ${other.name}`,
        value: money(at(other.result.investmentMonth, i)),
      });
      rows.push({
        color: CHART_COLORS.comparison,
        label: `${tr(ctx, 'chart.investment.cumulative')} · ${other.name}`,
        value: money(at(other.result.cumulativeInvestmentMonth, i)),
      });
    }
    return tooltipHtml(labels[i] ?? '', rows);
  };

  const ownNames = actual
    ? series.filter((s) => !String(s.id).startsWith('comparison') && !String(s.id).startsWith('band')).map((s) => String(s.name))
    : [monthlyName, totalName];
  const legendNames = [
    ...ownNames,
    ...(band ? [bandName] : []),
    ...series.filter((s) => String(s.id).startsWith('comparison')).map((s) => String(s.name)),
  ];
  const option = {
    animation: false,
    textStyle: TEXT_STYLE,
    grid: { ...BASE_GRID, right: 72, top: other ? 60 : 40 },
    legend: {
      top: 0,
      left: 'center',
      data: legendNames,
      itemWidth: 18,
      itemHeight: 10,
      itemGap: 16,
      textStyle: { fontSize: 12 },
    },
    tooltip: { trigger: 'axis' as const, axisPointer: { type: 'shadow' as const }, formatter: tooltipFormatter },
    xAxis: { type: 'category' as const, data: labels, axisTick: { alignWithLabel: true }, axisLabel: { hideOverlap: true } },
    yAxis: [
      {
        type: 'value' as const,
        ...valueAxisName(tr(ctx, 'chart.investment.monthlyAxis', { unit: monthlyScale.unit })),
        splitLine: { lineStyle: { color: CHART_COLORS.grid } },
      },
      {
        type: 'value' as const,
        ...valueAxisName(tr(ctx, 'chart.investment.cumulativeAxis', { unit: totalScale.unit })),
        splitLine: { show: false },
      },
    ],
    series,
  };

  const y = result.targetYearIndex;
  const yearBand = result.quantiles?.investmentYear;
  const parts = [
    tr(ctx, 'chart.investment.summaryYear', { year: result.firstYear + y, value: money(at(result.investmentYear, y)) }),
  ];
  if (yearBand) parts.push(tr(ctx, 'chart.bandText', { low: money(at(yearBand.p10, y)), high: money(at(yearBand.p90, y)) }));
  parts.push(
    tr(ctx, 'chart.investment.summaryMonth', {
      month: labels[m]!,
      monthly: money(at(result.investmentMonth, m)),
      cumulative: money(at(result.cumulativeInvestmentMonth, m)),
    }),
  );
  if (band) parts.push(tr(ctx, 'chart.bandText', { low: money(at(band.p10, m)), high: money(at(band.p90, m)) }));
  if (actual)
    parts.push(tr(ctx, 'import.chart.summary', { month: labels[until]!, actual: money(actual.reduce((sum, v) => sum + v, 0)) }));
  if (other && m < otherMonths) {
    parts.push(
      tr(ctx, 'chart.investment.summaryComparison', {
        name: other.name,
        month: labels[m]!,
        cumulative: money(at(other.result.cumulativeInvestmentMonth, m)),
      }),
    );
  }
  return { option, summary: sentences(ctx, parts) };
}
