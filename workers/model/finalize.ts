import { sampleLayout, type Accumulator } from './accumulator';
import { formatMonth } from './calendar';
import type { ModelContext } from './model-data';
import { quantileBandsOfBlocks, type SampleBlock } from './quantiles';
import {
  QUANTILE_METRICS,
  type QuantileBand,
  type QuantileMetric,
  type SimulationMode,
  type SimulationResult,
} from './result-types';

/** Values this close to zero after rebuilding from differences are rounding noise. */
const NOISE = 1e-7;

function clean(x: number): number {
  return Math.abs(x) < NOISE ? 0 : x;
}

/** Rebuilds rows of a per-active-ordinal series (difference + point arrays) into months, divided by runs. */
function fromOrdinals(ctx: ModelContext, diff: Float64Array, point: Float64Array, rows: number, runs: number): Float64Array {
  const H = ctx.months;
  const NA = ctx.calendar.activeMonth.length;
  const out = new Float64Array(rows * H);
  for (let r = 0; r < rows; r++) {
    let level = 0;
    for (let k = 0; k < NA; k++) {
      level += diff[r * (NA + 1) + k]!;
      out[r * H + ctx.calendar.activeMonth[k]!] = clean((level + point[r * NA + k]!) / runs);
    }
  }
  return out;
}

/** Rebuilds rows of a second-difference series into months, divided by runs. */
function fromSecondDifferences(ctx: ModelContext, second: Float64Array, rows: number, runs: number): Float64Array {
  const H = ctx.months;
  const out = new Float64Array(rows * H);
  for (let r = 0; r < rows; r++) {
    let slope = 0;
    let level = 0;
    for (let m = 0; m < H; m++) {
      slope += second[r * (H + 2) + m]!;
      level += slope;
      out[r * H + m] = clean(level / runs);
    }
  }
  return out;
}

/** Running sums of difference rows (H + 1 wide) into H-wide rows, divided by `scale`. */
function cumulativeRows(diff: Float64Array, rows: number, H: number, scale: number): Float64Array {
  const out = new Float64Array(rows * H);
  for (let r = 0; r < rows; r++) {
    let sum = 0;
    for (let m = 0; m < H; m++) {
      sum += diff[r * (H + 1) + m]!;
      out[r * H + m] = sum / scale;
    }
  }
  return out;
}

function toYears(monthly: Float64Array, rows: number, H: number, Y: number): Float64Array {
  const out = new Float64Array(rows * Y);
  for (let r = 0; r < rows; r++) for (let m = 0; m < H; m++) out[r * Y + Math.floor(m / 12)]! += monthly[r * H + m]!;
  return out;
}

function columnSums(rowsArray: Float64Array, rows: number, width: number): Float64Array {
  const out = new Float64Array(width);
  for (let r = 0; r < rows; r++) for (let i = 0; i < width; i++) out[i]! += rowsArray[r * width + i]!;
  return out;
}

function addInto(target: Float64Array, values: Float64Array): void {
  for (let i = 0; i < target.length; i++) target[i]! += values[i]!;
}

function scaled(a: Float64Array, factor: number): Float64Array {
  return a.map((v) => v * factor);
}

/**
 * Turns an accumulator into the result arrays (means over its runs) and, when it holds samples,
 * the P10/P50/P90 bands.
 * @example finalizeResult(ctx, acc, 'expected').gdpGrowthYear[0] // growth of 2017 in percent
 */
export function finalizeResult(
  ctx: ModelContext,
  acc: Accumulator,
  mode: SimulationMode,
  /** Samples held elsewhere (parts from a worker pool); default: the accumulator's own. */
  blocks: readonly SampleBlock[] = acc.samples ? [{ samples: acc.samples, capacity: acc.sampleCapacity, runs: acc.runs }] : [],
): SimulationResult {
  const { months: H, years: Y, siteCount: S, clusterCount: C, projectCount: P, data } = ctx;
  const runs = Math.max(1, acc.runs);
  const inv = 1 / runs;

  const investmentBySiteMonth = fromOrdinals(ctx, acc.invOrdSite, acc.invPtSite, S, runs);
  const investmentByClusterMonth = fromOrdinals(ctx, acc.invOrdCluster, acc.invPtCluster, C, runs);
  const projectInvestmentMonth = fromOrdinals(ctx, acc.invOrdProject, acc.invPtProject, P, runs);
  const projectOutputBySiteMonth = fromSecondDifferences(ctx, acc.out2Site, S, runs);
  const projectOutputByClusterMonth = fromSecondDifferences(ctx, acc.out2Cluster, C, runs);
  const actuals = ctx.actuals;
  if (actuals) {
    addInto(investmentBySiteMonth, actuals.siteMonth);
    addInto(investmentByClusterMonth, actuals.clusterMonth);
    addInto(projectInvestmentMonth, actuals.projectMonth);
  }
  const investmentMonth = columnSums(investmentBySiteMonth, S, H);
  const cumulativeInvestmentMonth = new Float64Array(H);
  let running = 0;
  for (let m = 0; m < H; m++) cumulativeInvestmentMonth[m] = running += investmentMonth[m]!;

  const [continuing, fresh] = ctx.numbersOfKind;
  const shareOf = (diff: Float64Array, count: number): Float64Array =>
    count > 0 ? cumulativeRows(diff, 1, H, runs * count) : new Float64Array(H).fill(Number.NaN);

  let quantiles: Record<QuantileMetric, QuantileBand> | null = null;
  const sampledRuns = blocks.reduce((n, b) => n + b.runs, 0);
  if (sampledRuns > 0) {
    const layout = sampleLayout(ctx);
    quantiles = {} as Record<QuantileMetric, QuantileBand>;
    const scratch = new Float64Array(sampledRuns);
    for (const metric of QUANTILE_METRICS) {
      quantiles[metric] = quantileBandsOfBlocks(blocks, layout.offset[metric], layout.length[metric], scratch);
    }
  }

  return {
    mode,
    runs: acc.runs,
    seed: ctx.params.seed,
    startMonth: formatMonth(data.startAbsolute),
    months: H,
    firstYear: ctx.firstYear,
    years: Y,
    siteIds: [...data.source.siteIds],
    clusterIds: [...data.source.clusterIds],
    projectIds: [...data.projectIds],
    targetYearIndex: 0,
    targetGrowthPct: data.gdpTargetPct,
    resumeMilestoneMonth: ctx.resumeMilestoneIndex,
    startMilestoneMonth: ctx.startMilestoneIndex,
    investmentBySiteMonth,
    investmentByClusterMonth,
    investmentMonth,
    cumulativeInvestmentMonth,
    actualInvestmentMonth: actuals ? Float64Array.from(actuals.month) : new Float64Array(H),
    actualUntilMonth: actuals ? actuals.untilMonth : -1,
    projectOutputBySiteMonth,
    projectOutputByClusterMonth,
    investmentBySiteYear: toYears(investmentBySiteMonth, S, H, Y),
    investmentByClusterYear: toYears(investmentByClusterMonth, C, H, Y),
    investmentYear: toYears(investmentMonth, 1, H, Y),
    projectOutputBySiteYear: toYears(projectOutputBySiteMonth, S, H, Y),
    projectOutputByClusterYear: toYears(projectOutputByClusterMonth, C, H, Y),
    outputByClusterYear: scaled(acc.outClusterYearSum, inv),
    valueAddedByClusterYear: scaled(acc.vaClusterYearSum, inv),
    grossOutputYear: scaled(acc.grossYearSum, inv),
    gdpYear: scaled(acc.gdpYearSum, inv),
    gdpGrowthYear: scaled(acc.growthYearSum, inv),
    growthDecompositionYear: scaled(acc.decompositionSum, inv),
    startedCountMonth: cumulativeRows(acc.startedDiff, 1, H, runs),
    completedCountMonth: cumulativeRows(acc.completedDiff, 1, H, runs),
    producingCountMonth: cumulativeRows(acc.producingDiff, 1, H, runs),
    resumedShareMonth: shareOf(acc.resumedDiff, continuing),
    newStartedShareMonth: shareOf(acc.newStartedDiff, fresh),
    projectInvestmentMonth,
    projectStartedProbMonth: Float32Array.from(cumulativeRows(acc.projStartedDiff, P, H, runs)),
    projectCompletedProbMonth: Float32Array.from(cumulativeRows(acc.projCompletedDiff, P, H, runs)),
    probabilityReachTarget: mode === 'montecarlo' ? acc.reachCount / runs : null,
    quantiles,
  };
}
