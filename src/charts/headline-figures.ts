/**
 * The figures row above the charts: target-year investment, gross output, GDP growth against the
 * target and, in Monte Carlo mode, the probability of reaching it. Pure, so the dock only renders.
 */
import type { SimulationResult } from '../../workers/model/result-types';
import { at, tr, type ChartContext } from './chart-context';
import { formatMoney, formatPercent } from '../shared/money-format';
import { formatProbability } from './growth-chart';

export interface HeadlineFigure {
  id: 'investment' | 'output' | 'growth' | 'probability';
  label: string;
  value: string;
  /** P10–P90 range or the target, in smaller type; empty when there is none. */
  detail: string;
  /** Growth only: whether the value reaches the target (the dock colours it). */
  meetsTarget?: boolean;
}

/**
 * @example headlineFigures(result, { lang: 'en', ... })[2].value // "8.5%"
 */
export function headlineFigures(result: SimulationResult, ctx: Pick<ChartContext, 'lang'>): HeadlineFigure[] {
  const y = result.targetYearIndex;
  const year = result.firstYear + y;
  const q = result.quantiles;
  const money = (v: number) => formatMoney(v, ctx.lang);
  const band = (b: { p10: Float64Array; p90: Float64Array } | undefined, fmt: (v: number) => string) =>
    b ? tr(ctx, 'chart.headline.band', { low: fmt(at(b.p10, y)), high: fmt(at(b.p90, y)) }) : '';
  const growth = at(result.gdpGrowthYear, y);
  const figures: HeadlineFigure[] = [
    {
      id: 'investment',
      label: tr(ctx, 'chart.headline.investment', { year }),
      value: money(at(result.investmentYear, y)),
      detail: band(q?.investmentYear, money),
    },
    {
      id: 'output',
      label: tr(ctx, 'chart.headline.output', { year }),
      value: money(at(result.grossOutputYear, y)),
      detail: band(q?.grossOutputYear, money),
    },
    {
      id: 'growth',
      label: tr(ctx, 'chart.headline.growth', { year }),
      value: formatPercent(growth),
      detail: [
        tr(ctx, 'chart.headline.target', { target: result.targetGrowthPct }),
        band(q?.gdpGrowthYear, (v) => formatPercent(v)),
      ]
        .filter(Boolean)
        .join(' · '),
      meetsTarget: growth >= result.targetGrowthPct,
    },
  ];
  const probability = formatProbability(result.probabilityReachTarget);
  if (probability !== null) {
    figures.push({
      id: 'probability',
      label: tr(ctx, 'chart.headline.probability', { target: result.targetGrowthPct }),
      value: probability,
      detail: tr(ctx, 'chart.headline.runs', { runs: result.runs.toLocaleString(ctx.lang) }),
    });
  }
  return figures;
}
