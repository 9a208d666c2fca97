/**
 * The simulator's result: flat typed-array columns, cheap to transfer from the worker.
 *
 * Layout (H = months, Y = years, S = sites, C = clusters, P = projects; ids in the order of
 * `siteIds`, `clusterIds`, `projectIds`):
 * - `…BySiteMonth[s * H + m]`, `…ByClusterMonth[c * H + m]`, `…Month[m]`: month index m from `startMonth`.
 * - `…BySiteYear[s * Y + y]`, `…ByClusterYear[c * Y + y]`, `…Year[y]`: calendar year `firstYear + y`.
 * - `project…Month[p * H + m]`.
 * Money in 万元, shares and probabilities as fractions 0–1, growth in percent.
 * In expected mode every array is the exact expectation; in Monte Carlo mode it is the mean over runs
 * and `quantiles` holds P10/P50/P90 bands of the main outputs.
 */

export type SimulationMode = 'expected' | 'montecarlo';

/** P10 / P50 / P90 of one output, same layout as the mean array of the same name. */
export interface QuantileBand {
  p10: Float64Array;
  p50: Float64Array;
  p90: Float64Array;
}

/** Outputs that get P10/P50/P90 bands in Monte Carlo mode. */
export const QUANTILE_METRICS = [
  'gdpGrowthYear',
  'gdpYear',
  'investmentYear',
  'grossOutputYear',
  'investmentBySiteYear',
  'investmentByClusterYear',
  'outputByClusterYear',
  'projectOutputBySiteYear',
  'cumulativeInvestmentMonth',
  'resumedShareAtMilestone',
  'startedShareAtMilestone',
] as const;

export type QuantileMetric = (typeof QUANTILE_METRICS)[number];

export interface SimulationResult {
  mode: SimulationMode;
  /** Runs behind the means (1 in expected mode). */
  runs: number;
  seed: number;
  /** 'YYYY-MM' of month index 0. */
  startMonth: string;
  months: number;
  firstYear: number;
  years: number;
  siteIds: string[];
  clusterIds: string[];
  projectIds: string[];
  /** Index of the target year (2017) in the year arrays, and its GDP growth target in percent. */
  targetYearIndex: number;
  targetGrowthPct: number;
  /** Month indices of the May and August milestones. */
  resumeMilestoneMonth: number;
  startMilestoneMonth: number;

  /** Fixed-asset investment of the projects, 万元 per month. */
  investmentBySiteMonth: Float64Array;
  investmentByClusterMonth: Float64Array;
  investmentMonth: Float64Array;
  /** Running total of investmentMonth from the start month, 万元. */
  cumulativeInvestmentMonth: Float64Array;
  /**
   * The part of investmentMonth that progress reports give as actual (not projected), 万元 per month;
   * all zero without reports. Months up to `actualUntilMonth` (−1: none) hold reported actuals.
   */
  actualInvestmentMonth: Float64Array;
  actualUntilMonth: number;
  /** Gross output of the projects (not the baseline economy), 万元 per month. */
  projectOutputBySiteMonth: Float64Array;
  projectOutputByClusterMonth: Float64Array;

  investmentBySiteYear: Float64Array;
  investmentByClusterYear: Float64Array;
  investmentYear: Float64Array;
  projectOutputBySiteYear: Float64Array;
  projectOutputByClusterYear: Float64Array;
  /** Gross output of each cluster including its baseline economy, 万元 per year. */
  outputByClusterYear: Float64Array;
  valueAddedByClusterYear: Float64Array;
  /** Sum of outputByClusterYear over clusters. */
  grossOutputYear: Float64Array;
  gdpYear: Float64Array;
  /** GDP growth over the previous year, percent (year 0 against the base-year GDP). */
  gdpGrowthYear: Float64Array;
  /**
   * Growth of each year split into percentage points of the previous year's GDP:
   * [0 * Y + y] organic growth of the existing economy, [1 * Y + y] value added of project output,
   * [2 * Y + y] value added of project investment (change against the previous year).
   */
  growthDecompositionYear: Float64Array;

  /** Expected (or mean) number of projects started / completed / producing by the end of each month. */
  startedCountMonth: Float64Array;
  completedCountMonth: Float64Array;
  producingCountMonth: Float64Array;
  /** Milestone curves: share of continuing projects resumed, of new projects started, by month. */
  resumedShareMonth: Float64Array;
  newStartedShareMonth: Float64Array;

  /** Per project: investment per month, and probability of having started / completed by month m. */
  projectInvestmentMonth: Float64Array;
  projectStartedProbMonth: Float32Array;
  projectCompletedProbMonth: Float32Array;

  /** Monte Carlo only: share of runs whose target-year GDP growth reaches the target. */
  probabilityReachTarget: number | null;
  quantiles: Record<QuantileMetric, QuantileBand> | null;
}

/**
 * The array buffers of a result, for `comlink.transfer` / `postMessage` transfer lists.
 * @example postMessage(result, resultTransferables(result))
 */
export function resultTransferables(result: SimulationResult): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  const add = (value: unknown): void => {
    if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer && !buffers.includes(value.buffer))
      buffers.push(value.buffer);
  };
  for (const value of Object.values(result)) add(value);
  if (result.quantiles) for (const band of Object.values(result.quantiles)) for (const a of Object.values(band)) add(a);
  return buffers;
}
