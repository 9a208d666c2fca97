import type { SimulationResult } from './result-types';

/** The headline figures of a result, for panels, the tour and the embed API's `resultsUpdated`. */
export interface ScenarioSummary {
  mode: SimulationResult['mode'];
  runs: number;
  targetYear: number;
  /** GDP growth target of the target year, percent (source article: 8). */
  targetGrowthPct: number;
  investmentTargetYearWan: number;
  /** Gross output of all clusters (baseline economy + projects), 万元. */
  grossOutputTargetYearWan: number;
  projectOutputTargetYearWan: number;
  gdpTargetYearWan: number;
  gdpGrowthTargetYearPct: number;
  /** gdpGrowthTargetYearPct − targetGrowthPct, percentage points. */
  gapToTargetPp: number;
  /** Monte Carlo only. */
  probabilityReachTarget: number | null;
  gdpGrowthBand: { p10: number; p50: number; p90: number } | null;
  investmentBand: { p10: number; p50: number; p90: number } | null;
  /** Shares (0–1) at the May and August milestones. */
  resumedShareAtMilestone: number;
  startedShareAtMilestone: number;
  /** Expected numbers of projects started and completed by the end of the target year. */
  projectsStartedTargetYear: number;
  projectsCompletedTargetYear: number;
}

function band(b: { p10: Float64Array; p50: Float64Array; p90: Float64Array } | undefined, i: number) {
  return b ? { p10: b.p10[i]!, p50: b.p50[i]!, p90: b.p90[i]! } : null;
}

/**
 * Headline figures of the target year (2017).
 * @example summarizeResult(result).gdpGrowthTargetYearPct // e.g. 8.5
 */
export function summarizeResult(result: SimulationResult): ScenarioSummary {
  const y = result.targetYearIndex;
  const endOfYear = Math.min(result.months, (y + 1) * 12) - 1;
  let projectOutput = 0;
  for (let c = 0; c < result.clusterIds.length; c++) projectOutput += result.projectOutputByClusterYear[c * result.years + y]!;
  const growth = result.gdpGrowthYear[y]!;
  return {
    mode: result.mode,
    runs: result.runs,
    targetYear: result.firstYear + y,
    targetGrowthPct: result.targetGrowthPct,
    investmentTargetYearWan: result.investmentYear[y]!,
    grossOutputTargetYearWan: result.grossOutputYear[y]!,
    projectOutputTargetYearWan: projectOutput,
    gdpTargetYearWan: result.gdpYear[y]!,
    gdpGrowthTargetYearPct: growth,
    gapToTargetPp: growth - result.targetGrowthPct,
    probabilityReachTarget: result.probabilityReachTarget,
    gdpGrowthBand: band(result.quantiles?.gdpGrowthYear, y),
    investmentBand: band(result.quantiles?.investmentYear, y),
    resumedShareAtMilestone: result.resumedShareMonth[result.resumeMilestoneMonth] ?? Number.NaN,
    startedShareAtMilestone: result.newStartedShareMonth[result.startMilestoneMonth] ?? Number.NaN,
    projectsStartedTargetYear: result.startedCountMonth[endOfYear]!,
    projectsCompletedTargetYear: result.completedCountMonth[endOfYear]!,
  };
}
