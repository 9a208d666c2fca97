/**
 * Differences between two scenarios' results on the headline outputs, for the compare table.
 * Money in 万元; rates (GDP growth, probability) get an absolute difference in percentage points and
 * no relative one, because "12% more growth" is ambiguous next to "+1 pp".
 */
import type { SimulationResult } from '../../workers/model/result-types';

export type CompareMetricId =
  | 'investmentTargetYear'
  | 'grossOutputTargetYear'
  | 'gdpGrowthTargetYear'
  | 'probabilityReachTarget'
  | 'cumulativeInvestmentHorizon';

export type CompareUnit = 'wan' | 'pct' | 'share';

export interface CompareRow {
  id: CompareMetricId;
  unit: CompareUnit;
  a: number | null;
  b: number | null;
  /** b − a (percentage points for 'pct'; for 'share', points of a 0–1 share), null if either is missing. */
  delta: number | null;
  /** (b − a) / |a| × 100 for money; null for rates or when a is 0 or missing. */
  deltaPct: number | null;
}

function finite(x: number | null | undefined): number | null {
  return x === null || x === undefined || !Number.isFinite(x) ? null : x;
}

function row(id: CompareMetricId, unit: CompareUnit, a: number | null, b: number | null): CompareRow {
  const delta = a !== null && b !== null ? b - a : null;
  const deltaPct = unit === 'wan' && delta !== null && a !== null && a !== 0 ? (delta / Math.abs(a)) * 100 : null;
  return { id, unit, a, b, delta, deltaPct };
}

/** The metric values of one result (target year = the year the article sets targets for). */
export function headlineValues(result: SimulationResult): Record<CompareMetricId, number | null> {
  const y = result.targetYearIndex;
  return {
    investmentTargetYear: finite(result.investmentYear[y]),
    grossOutputTargetYear: finite(result.grossOutputYear[y]),
    gdpGrowthTargetYear: finite(result.gdpGrowthYear[y]),
    probabilityReachTarget: finite(result.probabilityReachTarget),
    cumulativeInvestmentHorizon: finite(result.cumulativeInvestmentMonth[result.months - 1]),
  };
}

/**
 * Rows of the compare table, "a" being the reference and "b" the alternative.
 * @example compareResults(onPlan, conservative)[0] // { id: 'investmentTargetYear', a: 512000, b: 455000, delta: -57000, deltaPct: -11.1, … }
 */
export function compareResults(a: SimulationResult, b: SimulationResult): CompareRow[] {
  const va = headlineValues(a);
  const vb = headlineValues(b);
  return [
    row('investmentTargetYear', 'wan', va.investmentTargetYear, vb.investmentTargetYear),
    row('grossOutputTargetYear', 'wan', va.grossOutputTargetYear, vb.grossOutputTargetYear),
    row('gdpGrowthTargetYear', 'pct', va.gdpGrowthTargetYear, vb.gdpGrowthTargetYear),
    row('probabilityReachTarget', 'share', va.probabilityReachTarget, vb.probabilityReachTarget),
    row('cumulativeInvestmentHorizon', 'wan', va.cumulativeInvestmentHorizon, vb.cumulativeInvestmentHorizon),
  ];
}
