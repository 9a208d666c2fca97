/**
 * Per-site breakdown of the selected site: its projects' fixed-asset investment and gross output by
 * year, with their P10–P90 ranges (in the tooltip and the summary) and the site's share of the
 * county's project investment. Null when no site is selected or the result has no such site.
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
  siteName,
  tr,
  yearIndexOfMonth,
  yearLabels,
  yearMarkArea,
  type ChartBuild,
  type ChartContext,
} from './chart-context';
import type { BarSeriesOption } from './echarts-setup';
import { formatMoney, formatPercent, moneyScale, toScale } from '../shared/money-format';
import { axisDataIndex, tooltipHtml, type TooltipRow } from './tooltip-format';

const INVESTMENT_COLOR = '#0b5cad';
const OUTPUT_COLOR = '#2f8f4e';

/**
 * @example buildSiteChart(result, { ...ctx, selectedSiteId: 'chemical-park' })?.summary
 */
export function buildSiteChart(result: SimulationResult, ctx: ChartContext): ChartBuild | null {
  const s = ctx.selectedSiteId === null ? -1 : result.siteIds.indexOf(ctx.selectedSiteId);
  if (s < 0) return null;
  const Y = result.years;
  const years = yearLabels(result);
  const name = siteName(ctx, result.siteIds[s]!);
  const investment = Array.from({ length: Y }, (_, y) => at(result.investmentBySiteYear, s * Y + y));
  const output = Array.from({ length: Y }, (_, y) => at(result.projectOutputBySiteYear, s * Y + y));
  const q = result.quantiles;
  const invBand = q?.investmentBySiteYear ?? null;
  const outBand = q?.projectOutputBySiteYear ?? null;
  const scale = moneyScale(
    Math.max(
      ...investment,
      ...output,
      ...(invBand ? years.map((_, y) => at(invBand.p90, s * Y + y)) : []),
      ...(outBand ? years.map((_, y) => at(outBand.p90, s * Y + y)) : []),
    ),
    ctx.lang,
  );
  const markedYear = yearIndexOfMonth(result, ctx.monthIndex);
  const invName = tr(ctx, 'chart.site.investment');
  const outName = tr(ctx, 'chart.site.output');

  const series: BarSeriesOption[] = [
    {
      id: 'site-investment',
      type: 'bar',
      name: invName,
      barMaxWidth: 36,
      itemStyle: { color: INVESTMENT_COLOR },
      data: investment.map((v) => toScale(v, scale)),
      ...(markedYear >= 0 ? { markArea: yearMarkArea(years[markedYear]!) } : {}),
    },
    {
      id: 'site-output',
      type: 'bar',
      name: outName,
      barMaxWidth: 36,
      itemStyle: { color: OUTPUT_COLOR },
      data: output.map((v) => toScale(v, scale)),
    },
  ];

  const money = (v: number) => formatMoney(v, ctx.lang);
  const withBand = (v: number, band: typeof invBand, i: number) =>
    band ? `${money(v)} (P10–P90 ${money(at(band.p10, i))} – ${money(at(band.p90, i))})` : money(v);
  const tooltipFormatter = (params: unknown): string => {
    const y = axisDataIndex(params);
    if (y < 0) return '';
    const rows: TooltipRow[] = [
      { color: INVESTMENT_COLOR, label: invName, value: withBand(investment[y]!, invBand, s * Y + y) },
      { color: OUTPUT_COLOR, label: outName, value: withBand(output[y]!, outBand, s * Y + y) },
    ];
    return tooltipHtml(`${name} · ${tr(ctx, 'chart.yearLabel', { year: years[y]! })}`, rows);
  };

  const option = {
    animation: false,
    textStyle: TEXT_STYLE,
    grid: { ...BASE_GRID, top: 48 },
    legend: { top: 0, left: 'center', data: [invName, outName], textStyle: { fontSize: 12 } },
    tooltip: { trigger: 'axis' as const, axisPointer: { type: 'shadow' as const }, formatter: tooltipFormatter },
    xAxis: { type: 'category' as const, data: years, ...axisName(tr(ctx, 'chart.year')) },
    yAxis: {
      type: 'value' as const,
      ...valueAxisName(tr(ctx, 'chart.site.axis', { unit: scale.unit })),
      splitLine: { lineStyle: { color: CHART_COLORS.grid } },
    },
    series,
  };

  const y = markedYear >= 0 ? markedYear : result.targetYearIndex;
  const countyInvestment = at(result.investmentYear, y);
  const share = countyInvestment > 0 ? formatPercent((investment[y]! / countyInvestment) * 100) : formatPercent(0);
  const totalInvestment = investment.reduce((a, b) => a + b, 0);
  const parts = [
    tr(ctx, 'chart.site.summaryYear', {
      site: name,
      year: years[y]!,
      investment: money(investment[y]!),
      share,
      output: money(output[y]!),
    }),
  ];
  if (invBand)
    parts.push(tr(ctx, 'chart.bandText', { low: money(at(invBand.p10, s * Y + y)), high: money(at(invBand.p90, s * Y + y)) }));
  parts.push(
    tr(ctx, 'chart.site.summaryTotal', {
      first: years[0]!,
      last: years[Y - 1]!,
      investment: money(totalInvestment),
      output: money(output[Y - 1]!),
    }),
  );
  return { option, summary: sentences(ctx, parts) };
}
