/**
 * Labelled JSON and long-format CSV views of a result, shared by the command line (analysts, scripts,
 * regression checks) and the app's results download. Numbers are rounded to 4 decimals by default so
 * diffs stay readable; `precision: 'full'` writes every double as JavaScript prints it (shortest text
 * that reads back to the same number), for checking the model to the last digit.
 */
import { monthLabels } from './calendar';
import type { ScenarioParams } from './parameters';
import type { QuantileBand, QuantileMetric, SimulationResult } from './result-types';
import type { SensitivityResult } from './sensitivity';
import type { ScenarioSummary } from './summary';

/** 'rounded': 4 decimals (default); 'full': the exact double. */
export type ReportPrecision = 'rounded' | 'full';
export const REPORT_PRECISIONS: readonly ReportPrecision[] = ['rounded', 'full'];

function rounder(precision: ReportPrecision): (x: number) => number | null {
  return precision === 'full'
    ? (x) => (Number.isFinite(x) ? x : null)
    : (x) => (Number.isFinite(x) ? Math.round(x * 1e4) / 1e4 : null);
}

export function resultMonthLabels(result: SimulationResult): string[] {
  return monthLabels(result.startMonth, result.months);
}

export function yearLabels(result: SimulationResult): number[] {
  return Array.from({ length: result.years }, (_, y) => result.firstYear + y);
}

export interface CliReport {
  scenario: { file: string; name_zh?: string; name_en?: string };
  params: ScenarioParams;
  summary: ScenarioSummary;
  result: SimulationResult;
  sensitivity: SensitivityResult | null;
}

/** Labelled JSON: series keyed by site and cluster id, with month and year labels. */
export function toJson(report: CliReport, precision: ReportPrecision = 'rounded'): unknown {
  const round = rounder(precision);
  const list = (a: ArrayLike<number>, from = 0, to = a.length): (number | null)[] => Array.from(a).slice(from, to).map(round);
  const byKey = (ids: readonly string[], a: ArrayLike<number>, width: number): Record<string, (number | null)[]> =>
    Object.fromEntries(ids.map((id, i) => [id, list(a, i * width, (i + 1) * width)]));
  const r = report.result;
  const { years: Y, months: H } = r;
  const band = (metric: QuantileMetric, ids: readonly string[] | null, width: number) => {
    const b = r.quantiles?.[metric];
    if (!b) return undefined;
    const one = (a: Float64Array) => (ids ? byKey(ids, a, width) : list(a));
    return { p10: one(b.p10), p50: one(b.p50), p90: one(b.p90) };
  };
  return {
    scenario: report.scenario,
    mode: r.mode,
    runs: r.runs,
    seed: r.seed,
    params: report.params,
    summary: report.summary,
    months: resultMonthLabels(r),
    years: yearLabels(r),
    annual: {
      investment: list(r.investmentYear),
      gdp: list(r.gdpYear),
      gdpGrowthPct: list(r.gdpGrowthYear),
      grossOutput: list(r.grossOutputYear),
      growthDecompositionPp: {
        organic: list(r.growthDecompositionYear, 0, Y),
        projectOutput: list(r.growthDecompositionYear, Y, 2 * Y),
        projectInvestment: list(r.growthDecompositionYear, 2 * Y, 3 * Y),
      },
      investmentBySite: byKey(r.siteIds, r.investmentBySiteYear, Y),
      investmentByCluster: byKey(r.clusterIds, r.investmentByClusterYear, Y),
      projectOutputBySite: byKey(r.siteIds, r.projectOutputBySiteYear, Y),
      outputByCluster: byKey(r.clusterIds, r.outputByClusterYear, Y),
      valueAddedByCluster: byKey(r.clusterIds, r.valueAddedByClusterYear, Y),
    },
    monthly: {
      investment: list(r.investmentMonth),
      cumulativeInvestment: list(r.cumulativeInvestmentMonth),
      investmentBySite: byKey(r.siteIds, r.investmentBySiteMonth, H),
      projectOutputBySite: byKey(r.siteIds, r.projectOutputBySiteMonth, H),
      startedCount: list(r.startedCountMonth),
      completedCount: list(r.completedCountMonth),
      producingCount: list(r.producingCountMonth),
      resumedShare: list(r.resumedShareMonth),
      newStartedShare: list(r.newStartedShareMonth),
    },
    quantiles: r.quantiles
      ? {
          gdpGrowthPct: band('gdpGrowthYear', null, Y),
          gdp: band('gdpYear', null, Y),
          investment: band('investmentYear', null, Y),
          grossOutput: band('grossOutputYear', null, Y),
          investmentBySite: band('investmentBySiteYear', r.siteIds, Y),
          investmentByCluster: band('investmentByClusterYear', r.clusterIds, Y),
          outputByCluster: band('outputByClusterYear', r.clusterIds, Y),
          projectOutputBySite: band('projectOutputBySiteYear', r.siteIds, Y),
          cumulativeInvestment: band('cumulativeInvestmentMonth', null, H),
          resumedShareAtMilestone: band('resumedShareAtMilestone', null, 1),
          startedShareAtMilestone: band('startedShareAtMilestone', null, 1),
        }
      : null,
    sensitivity: report.sensitivity,
  };
}

/** Long-format CSV: series,key,period,mean,p10,p50,p90 (quantile cells empty in expected mode). */
export function toCsv(report: CliReport, precision: ReportPrecision = 'rounded'): string {
  const round = rounder(precision);
  const r = report.result;
  const months = resultMonthLabels(r);
  const years = yearLabels(r).map(String);
  const lines = ['series,key,period,mean,p10,p50,p90'];
  const cell = (x: number | undefined): string => (x === undefined || !Number.isFinite(x) ? '' : String(round(x)));
  const emit = (
    series: string,
    keys: readonly string[],
    periods: readonly string[],
    mean: ArrayLike<number>,
    band?: QuantileBand,
  ): void => {
    keys.forEach((key, k) => {
      periods.forEach((period, i) => {
        const j = k * periods.length + i;
        lines.push([series, key, period, cell(mean[j]), cell(band?.p10[j]), cell(band?.p50[j]), cell(band?.p90[j])].join(','));
      });
    });
  };
  const q = r.quantiles;
  emit('gdp_growth_pct', ['county'], years, r.gdpGrowthYear, q?.gdpGrowthYear);
  emit('gdp_wan', ['county'], years, r.gdpYear, q?.gdpYear);
  emit('investment_wan', ['county'], years, r.investmentYear, q?.investmentYear);
  emit('gross_output_wan', ['county'], years, r.grossOutputYear, q?.grossOutputYear);
  emit(
    'investment_wan',
    r.siteIds.map((id) => `site:${id}`),
    years,
    r.investmentBySiteYear,
    q?.investmentBySiteYear,
  );
  emit(
    'investment_wan',
    r.clusterIds.map((id) => `cluster:${id}`),
    years,
    r.investmentByClusterYear,
    q?.investmentByClusterYear,
  );
  emit(
    'output_wan',
    r.clusterIds.map((id) => `cluster:${id}`),
    years,
    r.outputByClusterYear,
    q?.outputByClusterYear,
  );
  emit(
    'project_output_wan',
    r.siteIds.map((id) => `site:${id}`),
    years,
    r.projectOutputBySiteYear,
    q?.projectOutputBySiteYear,
  );
  emit(
    'monthly_investment_wan',
    r.siteIds.map((id) => `site:${id}`),
    months,
    r.investmentBySiteMonth,
  );
  emit('cumulative_investment_wan', ['county'], months, r.cumulativeInvestmentMonth, q?.cumulativeInvestmentMonth);
  emit('resumed_share', ['continuing'], months, r.resumedShareMonth);
  emit('started_share', ['new'], months, r.newStartedShareMonth);
  emit('projects_started', ['all'], months, r.startedCountMonth);
  emit('projects_completed', ['all'], months, r.completedCountMonth);
  emit('projects_producing', ['all'], months, r.producingCountMonth);
  if (r.probabilityReachTarget !== null)
    lines.push(`probability_reach_target,gdp,${years[0]},${cell(r.probabilityReachTarget)},,,`);
  if (report.sensitivity) {
    for (const row of report.sensitivity.rows) {
      lines.push(`sensitivity_low:${report.sensitivity.outcome},${row.parameter},${row.low},${cell(row.outcomeLow)},,,`);
      lines.push(`sensitivity_high:${report.sensitivity.outcome},${row.parameter},${row.high},${cell(row.outcomeHigh)},,,`);
    }
  }
  return `${lines.join('\n')}\n`;
}
