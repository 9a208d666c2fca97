/**
 * Accumulation of project schedules. A schedule is added in O(1) for the monthly series and O(Y)
 * for the annual ones: investment is a constant rate over consecutive active months, so it is
 * stored as a difference array over active-month ordinals; output is a linear ramp then a plateau,
 * so it is stored as a second difference over months. `finalize.ts` rebuilds the monthly series.
 * The numbers equal the month-by-month equations of workers/README.md (a unit test checks this
 * against a direct transcription of those equations).
 */
import { KIND_CONTINUING, KIND_NEW, type ModelContext } from './model-data';
import { QUANTILE_METRICS, type QuantileMetric } from './result-types';

/** Work amounts within this distance of a whole number count as whole (guards against 10 × 1.1 = 11.000000000000002). */
const SNAP = 1e-9;

export function snapWhole(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - r) < SNAP ? r : x;
}

/** Σ_{j=1..n} min(1, j/R): ramp-up share of output summed over the first n producing months. */
export function rampSum(n: number, ramp: number): number {
  if (n <= 0) return 0;
  if (ramp <= 0) return n;
  const j0 = Math.floor(ramp);
  if (n <= j0) return (n * (n + 1)) / (2 * ramp);
  return (j0 * (j0 + 1)) / (2 * ramp) + (n - j0);
}

export interface Accumulator {
  /** Runs added so far (expected mode: 1). */
  runs: number;
  activeCount: number;
  invOrdSite: Float64Array;
  invPtSite: Float64Array;
  invOrdCluster: Float64Array;
  invPtCluster: Float64Array;
  invOrdProject: Float64Array;
  invPtProject: Float64Array;
  out2Site: Float64Array;
  out2Cluster: Float64Array;
  startedDiff: Float64Array;
  completedDiff: Float64Array;
  producingDiff: Float64Array;
  resumedDiff: Float64Array;
  newStartedDiff: Float64Array;
  projStartedDiff: Float64Array;
  projCompletedDiff: Float64Array;
  /** Sums over runs of quantities that depend on run-level shocks. */
  outClusterYearSum: Float64Array;
  vaClusterYearSum: Float64Array;
  grossYearSum: Float64Array;
  gdpYearSum: Float64Array;
  growthYearSum: Float64Array;
  decompositionSum: Float64Array;
  reachCount: number;
  /** Scratch of the current run. */
  runInvSiteYear: Float64Array;
  runInvClusterYear: Float64Array;
  runOutSiteYear: Float64Array;
  runOutClusterYear: Float64Array;
  runInvOrdTotal: Float64Array;
  runInvPtTotal: Float64Array;
  runResumed: number;
  runNewStarted: number;
  runClusterFactor: Float64Array;
  /** Monte Carlo samples: metric cell k of local run r at samples[k * sampleCapacity + r]. */
  samples: Float64Array | null;
  sampleCapacity: number;
  /** Index of the first run held in `samples`. */
  sampleFirstRun: number;
  /** Where each metric's cells start in `samples` (null without samples). */
  layout: SampleLayout | null;
  /** Ramp-up constants of the context (shared, read-only). */
  ramps: RampTable;
  /**
   * Samples of the last few runs, cell k of slot j at block[k * SAMPLE_BLOCK + j], copied into
   * `samples` SAMPLE_BLOCK runs at a time (`flushSamples`): writing each run's cells straight into the
   * matrix would touch one memory page per cell and run.
   */
  block: Float64Array | null;
  /** Local run index of slot 0 and number of filled slots of `block`. */
  blockStart: number;
  blockCount: number;
}

/** Runs buffered in `Accumulator.block` before they are copied into the sample matrix. */
const SAMPLE_BLOCK = 64;

/** Offsets and lengths of each sampled metric inside the sample matrix. */
export interface SampleLayout {
  offset: Record<QuantileMetric, number>;
  length: Record<QuantileMetric, number>;
  cells: number;
}

export function sampleLayout(ctx: Pick<ModelContext, 'years' | 'months' | 'siteCount' | 'clusterCount'>): SampleLayout {
  const { years: Y, months: H, siteCount: S, clusterCount: C } = ctx;
  const length: Record<QuantileMetric, number> = {
    gdpGrowthYear: Y,
    gdpYear: Y,
    investmentYear: Y,
    grossOutputYear: Y,
    investmentBySiteYear: S * Y,
    investmentByClusterYear: C * Y,
    outputByClusterYear: C * Y,
    projectOutputBySiteYear: S * Y,
    cumulativeInvestmentMonth: H,
    resumedShareAtMilestone: 1,
    startedShareAtMilestone: 1,
  };
  const offset = {} as Record<QuantileMetric, number>;
  let cells = 0;
  for (const metric of QUANTILE_METRICS) {
    offset[metric] = cells;
    cells += length[metric];
  }
  return { offset, length, cells };
}

/**
 * Allocates an empty accumulator; `sampleRuns` > 0 reserves room for that many Monte Carlo runs
 * starting at run index `firstRun`.
 * @example const acc = createAccumulator(ctx, 2000, 0);
 */
export function createAccumulator(ctx: ModelContext, sampleRuns: number, firstRun = 0): Accumulator {
  const { months: H, years: Y, siteCount: S, clusterCount: C, projectCount: P } = ctx;
  const NA = ctx.calendar.activeMonth.length;
  const f = (n: number) => new Float64Array(n);
  const layout = sampleLayout(ctx);
  return {
    runs: 0,
    activeCount: NA,
    invOrdSite: f(S * (NA + 1)),
    invPtSite: f(S * NA),
    invOrdCluster: f(C * (NA + 1)),
    invPtCluster: f(C * NA),
    invOrdProject: f(P * (NA + 1)),
    invPtProject: f(P * NA),
    out2Site: f(S * (H + 2)),
    out2Cluster: f(C * (H + 2)),
    startedDiff: f(H + 1),
    completedDiff: f(H + 1),
    producingDiff: f(H + 1),
    resumedDiff: f(H + 1),
    newStartedDiff: f(H + 1),
    projStartedDiff: f(P * (H + 1)),
    projCompletedDiff: f(P * (H + 1)),
    outClusterYearSum: f(C * Y),
    vaClusterYearSum: f(C * Y),
    grossYearSum: f(Y),
    gdpYearSum: f(Y),
    growthYearSum: f(Y),
    decompositionSum: f(3 * Y),
    reachCount: 0,
    runInvSiteYear: f(S * Y),
    runInvClusterYear: f(C * Y),
    runOutSiteYear: f(S * Y),
    runOutClusterYear: f(C * Y),
    runInvOrdTotal: f(NA + 1),
    runInvPtTotal: f(NA),
    runResumed: 0,
    runNewStarted: 0,
    runClusterFactor: f(C),
    samples: sampleRuns > 0 ? f(layout.cells * sampleRuns) : null,
    sampleCapacity: sampleRuns,
    sampleFirstRun: firstRun,
    layout: sampleRuns > 0 ? layout : null,
    ramps: rampTableOf(ctx),
    block: sampleRuns > 0 ? f(layout.cells * SAMPLE_BLOCK) : null,
    blockStart: 0,
    blockCount: 0,
  };
}

/** Counts project p as started in month t0 (started counts, milestone curves). */
function addStart(acc: Accumulator, ctx: ModelContext, p: number, t0: number, w: number): void {
  const H = ctx.months;
  const kind = ctx.data.kind[p]!;
  acc.startedDiff[t0]! += w;
  acc.projStartedDiff[p * (H + 1) + t0]! += w;
  if (kind === KIND_CONTINUING) {
    acc.resumedDiff[t0]! += w;
    if (t0 <= ctx.resumeMilestoneIndex) acc.runResumed += w;
  } else if (kind === KIND_NEW) {
    acc.newStartedDiff[t0]! += w;
    if (t0 <= ctx.startMilestoneIndex) acc.runNewStarted += w;
  }
}

/**
 * Adds a project that a progress report says was completed: started in its reported start month,
 * completed in the report month, output from the month after (its investment is all actual).
 */
export function addCompleted(acc: Accumulator, ctx: ModelContext, p: number, utilisation: number, w: number): void {
  const H = ctx.months;
  const t0 = ctx.reportStartMonth[p]!;
  const tc = ctx.reportMonth[p]!;
  if (t0 >= 0 && t0 < H) addStart(acc, ctx, p, t0, w);
  if (tc < H) addOutput(acc, ctx, p, tc, utilisation, w);
}

/**
 * Adds one schedule of project p with weight w: construction from the first active month at or after
 * `nominalStart`, `work` active months long, spending rho × (its remaining investment); then output at
 * `utilisation` with ramp-up. Expected mode calls it once per branch with the branch probability as w;
 * Monte Carlo with w = 1. `startedAt` ≥ 0: the start was already reported in that month (the project is
 * under construction), so the start counts there and not at the resumption.
 */
export function addSchedule(
  acc: Accumulator,
  ctx: ModelContext,
  p: number,
  nominalStart: number,
  work: number,
  rho: number,
  utilisation: number,
  w: number,
  startedAt = -1,
): void {
  const H = ctx.months;
  if (startedAt >= 0 && startedAt < H) addStart(acc, ctx, p, startedAt, w);
  if (nominalStart >= H) return;
  const cal = ctx.calendar;
  const t0 = cal.nextActive[Math.max(0, nominalStart)]!;
  if (t0 >= H) return;
  const data = ctx.data;
  const s = data.siteIndex[p]!;
  const c = data.clusterIndex[p]!;
  const NA = acc.activeCount;
  const NA1 = NA + 1;
  const Y = ctx.years;

  if (startedAt < 0) addStart(acc, ctx, p, t0, w);

  // Investment: rate per active month over ordinals [a0, a0 + n), plus the fraction f in ordinal a0 + n.
  const W = snapWhole(work);
  const a0 = cal.activeBefore[t0]!;
  const n = Math.floor(W);
  const frac = W - n;
  const rate = (w * rho * ctx.remainingWan[p]!) / W;
  const tail = a0 + n;
  if (rate !== 0) {
    const end = Math.min(tail, NA);
    acc.invOrdSite[s * NA1 + a0]! += rate;
    acc.invOrdSite[s * NA1 + end]! -= rate;
    acc.invOrdCluster[c * NA1 + a0]! += rate;
    acc.invOrdCluster[c * NA1 + end]! -= rate;
    acc.invOrdProject[p * NA1 + a0]! += rate;
    acc.invOrdProject[p * NA1 + end]! -= rate;
    acc.runInvOrdTotal[a0]! += rate;
    acc.runInvOrdTotal[end]! -= rate;
    const tailAmount = rate * frac;
    if (frac > 0 && tail < NA) {
      acc.invPtSite[s * NA + tail]! += tailAmount;
      acc.invPtCluster[c * NA + tail]! += tailAmount;
      acc.invPtProject[p * NA + tail]! += tailAmount;
      acc.runInvPtTotal[tail]! += tailAmount;
    }
    const ys = ctx.yearActiveStart;
    for (let y = 0; y < Y; y++) {
      const lo = ys[y]!;
      const hi = ys[y + 1]!;
      if (hi <= a0) continue;
      if (lo > tail) break;
      const overlap = Math.min(hi, tail) - Math.max(lo, a0);
      let amount = overlap > 0 ? rate * overlap : 0;
      if (frac > 0 && tail >= lo && tail < hi) amount += tailAmount;
      acc.runInvSiteYear[s * Y + y]! += amount;
      acc.runInvClusterYear[c * Y + y]! += amount;
    }
  }

  // Completion in the active month where cumulative work reaches W; output from the next month.
  const ac = a0 + Math.ceil(W) - 1;
  if (ac >= NA) return;
  addOutput(acc, ctx, p, cal.activeMonth[ac]!, utilisation, w);
}

/** Per-project ramp-up constants of one context, computed once (they depend only on data and parameters). */
export interface RampTable {
  /** Ramp length K = k·M_p (snapped to whole), per project. */
  ramp: Float64Array;
  /** rampSum(n, K) for n = 0 … H, row p at p·(H + 1). */
  sums: Float64Array;
}

const rampTables = new WeakMap<ModelContext, RampTable>();

function rampTableOf(ctx: ModelContext): RampTable {
  let table = rampTables.get(ctx);
  if (table) return table;
  const P = ctx.projectCount;
  const H = ctx.months;
  const ramp = new Float64Array(P);
  const sums = new Float64Array(P * (H + 1));
  for (let p = 0; p < P; p++) {
    ramp[p] = snapWhole(ctx.data.rampupMonths[p]! * ctx.params.rampUpFactor);
    for (let n = 0; n <= H; n++) sums[p * (H + 1) + n] = rampSum(n, ramp[p]!);
  }
  table = { ramp, sums };
  rampTables.set(ctx, table);
  return table;
}

/** Completion of project p in month tc, then its output from the next month with ramp-up. */
function addOutput(acc: Accumulator, ctx: ModelContext, p: number, tc: number, utilisation: number, w: number): void {
  const H = ctx.months;
  const Y = ctx.years;
  const data = ctx.data;
  acc.completedDiff[tc]! += w;
  acc.projCompletedDiff[p * (H + 1) + tc]! += w;
  const full = data.fullOutputWan[p]!;
  if (full <= 0 || tc + 1 >= H) return;
  const s = data.siteIndex[p]!;
  const c = data.clusterIndex[p]!;
  acc.producingDiff[tc + 1]! += w;
  const level = (w * full * utilisation) / 12;
  const table = acc.ramps;
  const ramp = table.ramp[p]!;
  const H2 = H + 2;
  const baseS = s * H2;
  const baseC = c * H2;
  const out2Site = acc.out2Site;
  const out2Cluster = acc.out2Cluster;
  if (ramp <= 0) {
    out2Site[baseS + tc + 1]! += level;
    out2Cluster[baseC + tc + 1]! += level;
    if (tc + 2 < H) {
      out2Site[baseS + tc + 2]! -= level;
      out2Cluster[baseC + tc + 2]! -= level;
    }
  } else {
    const k = 1 / ramp;
    const j0 = Math.floor(ramp);
    const last = 1 - j0 * k;
    out2Site[baseS + tc + 1]! += level * k;
    out2Cluster[baseC + tc + 1]! += level * k;
    if (tc + 1 + j0 < H) {
      out2Site[baseS + tc + 1 + j0]! += level * (last - k);
      out2Cluster[baseC + tc + 1 + j0]! += level * (last - k);
    }
    if (tc + 2 + j0 < H) {
      out2Site[baseS + tc + 2 + j0]! -= level * last;
      out2Cluster[baseC + tc + 2 + j0]! -= level * last;
    }
  }
  // Σ_{j=1..n} r(j) from the table: rampSum(n) for n ≤ 0 is 0.
  const sums = table.sums;
  const row = p * (H + 1);
  const runOutSiteYear = acc.runOutSiteYear;
  const runOutClusterYear = acc.runOutClusterYear;
  for (let y = Math.floor((tc + 1) / 12); y < Y; y++) {
    const mLo = y * 12;
    const mHi = Math.min(mLo + 12, H);
    const before = mLo - 1 - tc;
    const amount = level * (sums[row + mHi - 1 - tc]! - (before > 0 ? sums[row + before]! : 0));
    runOutSiteYear[s * Y + y]! += amount;
    runOutClusterYear[c * Y + y]! += amount;
  }
}

/**
 * Closes a run: turns its annual investment and project output into cluster output, value added and
 * GDP (with the run's organic-growth shock), adds them to the sums, stores the run's samples and
 * clears the scratch arrays. `sampleRun` < 0 stores no samples (expected mode).
 */
export function closeRun(acc: Accumulator, ctx: ModelContext, growthShock: number, sampleRun: number): void {
  const { years: Y, clusterCount: C, siteCount: S, months: H } = ctx;
  // The run's cells go to its slot of the block buffer (cell k at k * cap + slot), later to `samples`.
  const samples = sampleRun >= 0 ? acc.block : null;
  const o = acc.layout?.offset;
  const cap = SAMPLE_BLOCK;
  if (samples && acc.blockCount === 0) acc.blockStart = sampleRun;
  const slot = acc.blockCount;
  // Each metric's first cell, as an index into the block:
  const at = (offset: number): number => offset * cap + slot;
  const oGrowth = o ? at(o.gdpGrowthYear) : 0;
  const oGdp = o ? at(o.gdpYear) : 0;
  const oInvestment = o ? at(o.investmentYear) : 0;
  const oGross = o ? at(o.grossOutputYear) : 0;
  const oOutCluster = o ? at(o.outputByClusterYear) : 0;
  const kappa = ctx.constructionValueAdded;
  const referenceInvestment = ctx.referenceInvestment;
  const clusterGrowth = ctx.clusterGrowth;
  const clusterBase = ctx.clusterBaseOutput;
  const clusterRate = ctx.clusterValueAdded;
  const runInvSiteYear = acc.runInvSiteYear;
  const runInvClusterYear = acc.runInvClusterYear;
  const runOutSiteYear = acc.runOutSiteYear;
  const runOutClusterYear = acc.runOutClusterYear;
  const outClusterYearSum = acc.outClusterYearSum;
  const vaClusterYearSum = acc.vaClusterYearSum;
  const decompositionSum = acc.decompositionSum;
  let previousGdp = ctx.baselineGdp;
  let previousInvestment = referenceInvestment;
  let previousProjectVa = 0;
  let previousOrganic = ctx.baselineGdp;
  let otherFactor = 1;
  const clusterFactor = acc.runClusterFactor;
  clusterFactor.fill(1);
  // Reported actual investment is the same in every run: it joins each run's sums here.
  const actuals = ctx.actuals;
  if (actuals) {
    for (let i = 0; i < S * Y; i++) runInvSiteYear[i]! += actuals.siteYear[i]!;
    for (let i = 0; i < C * Y; i++) runInvClusterYear[i]! += actuals.clusterYear[i]!;
  }
  for (let y = 0; y < Y; y++) {
    let investment = 0;
    for (let s = 0; s < S; s++) investment += runInvSiteYear[s * Y + y]!;
    let gross = 0;
    let valueAdded = 0;
    let projectVa = 0;
    for (let c = 0; c < C; c++) {
      // (1 + g_c + shock)^(y+1), built up year by year.
      const factor = (clusterFactor[c] = clusterFactor[c]! * (1 + clusterGrowth[c]! + growthShock));
      const organic = clusterBase[c]! * factor;
      const i = c * Y + y;
      const projects = runOutClusterYear[i]!;
      const output = organic + projects;
      const rate = clusterRate[c]!;
      gross += output;
      valueAdded += rate * output;
      projectVa += rate * projects;
      outClusterYearSum[i]! += output;
      vaClusterYearSum[i]! += rate * output;
      if (samples) samples[oOutCluster + i * cap] = output;
    }
    otherFactor *= 1 + ctx.otherGrowth + growthShock;
    const other = ctx.otherGdpBase * otherFactor;
    const gdp = other + valueAdded + kappa * (investment - referenceInvestment);
    const growthPct = (gdp / previousGdp - 1) * 100;
    const organicLevel = other + (valueAdded - projectVa);
    acc.grossYearSum[y]! += gross;
    acc.gdpYearSum[y]! += gdp;
    acc.growthYearSum[y]! += growthPct;
    decompositionSum[y]! += ((organicLevel - previousOrganic) / previousGdp) * 100;
    decompositionSum[Y + y]! += ((projectVa - previousProjectVa) / previousGdp) * 100;
    decompositionSum[2 * Y + y]! += ((kappa * (investment - previousInvestment)) / previousGdp) * 100;
    if (y === 0 && growthPct >= ctx.data.gdpTargetPct - 1e-9) acc.reachCount++;
    if (samples) {
      const yc = y * cap;
      samples[oGrowth + yc] = growthPct;
      samples[oGdp + yc] = gdp;
      samples[oInvestment + yc] = investment;
      samples[oGross + yc] = gross;
    }
    previousGdp = gdp;
    previousInvestment = investment;
    previousProjectVa = projectVa;
    previousOrganic = organicLevel;
  }
  if (samples && o) {
    const oInvSite = at(o.investmentBySiteYear);
    const oOutSite = at(o.projectOutputBySiteYear);
    const oInvCluster = at(o.investmentByClusterYear);
    for (let i = 0; i < S * Y; i++) {
      samples[oInvSite + i * cap] = runInvSiteYear[i]!;
      samples[oOutSite + i * cap] = runOutSiteYear[i]!;
    }
    for (let i = 0; i < C * Y; i++) samples[oInvCluster + i * cap] = runInvClusterYear[i]!;
    let level = 0;
    let cumulative = 0;
    const cal = ctx.calendar;
    const active = cal.active;
    const activeBefore = cal.activeBefore;
    const ordTotal = acc.runInvOrdTotal;
    const ptTotal = acc.runInvPtTotal;
    const actualMonth = actuals ? actuals.month : null;
    const oCumulative = at(o.cumulativeInvestmentMonth);
    for (let m = 0; m < H; m++) {
      if (active[m]) {
        const k = activeBefore[m]!;
        level += ordTotal[k]!;
        cumulative += level + ptTotal[k]!;
      }
      if (actualMonth) cumulative += actualMonth[m]!;
      samples[oCumulative + m * cap] = cumulative;
    }
    const [continuing, fresh] = ctx.numbersOfKind;
    samples[at(o.resumedShareAtMilestone)] = continuing > 0 ? acc.runResumed / continuing : Number.NaN;
    samples[at(o.startedShareAtMilestone)] = fresh > 0 ? acc.runNewStarted / fresh : Number.NaN;
  }
  runInvSiteYear.fill(0);
  runInvClusterYear.fill(0);
  runOutSiteYear.fill(0);
  runOutClusterYear.fill(0);
  acc.runInvOrdTotal.fill(0);
  acc.runInvPtTotal.fill(0);
  acc.runResumed = 0;
  acc.runNewStarted = 0;
  acc.runs++;
  if (samples && ++acc.blockCount === SAMPLE_BLOCK) flushSamples(acc);
}

/** Copies the buffered runs' samples into the sample matrix; call after the last run of a range. */
export function flushSamples(acc: Accumulator): void {
  const block = acc.block;
  const samples = acc.samples;
  const count = acc.blockCount;
  if (!block || !samples || count === 0) return;
  const cap = acc.sampleCapacity;
  const cells = block.length / SAMPLE_BLOCK;
  // A plain loop: a subarray and a set() per cell cost more than copying the few values.
  for (let k = 0; k < cells; k++) {
    const from = k * SAMPLE_BLOCK;
    const to = k * cap + acc.blockStart;
    for (let j = 0; j < count; j++) samples[to + j] = block[from + j]!;
  }
  acc.blockCount = 0;
}

/** Adds the sums of `from` into `into` (for runs split across workers); samples are copied by run index. */
export function mergeAccumulators(into: Accumulator, from: Accumulator): void {
  const keys = [
    'invOrdSite',
    'invPtSite',
    'invOrdCluster',
    'invPtCluster',
    'invOrdProject',
    'invPtProject',
    'out2Site',
    'out2Cluster',
    'startedDiff',
    'completedDiff',
    'producingDiff',
    'resumedDiff',
    'newStartedDiff',
    'projStartedDiff',
    'projCompletedDiff',
    'outClusterYearSum',
    'vaClusterYearSum',
    'grossYearSum',
    'gdpYearSum',
    'growthYearSum',
    'decompositionSum',
  ] as const;
  for (const key of keys) {
    const a = into[key];
    const b = from[key];
    for (let i = 0; i < a.length; i++) a[i]! += b[i]!;
  }
  into.runs += from.runs;
  into.reachCount += from.reachCount;
  if (into.samples && from.samples) {
    const cells = into.samples.length / into.sampleCapacity;
    const shift = from.sampleFirstRun - into.sampleFirstRun;
    for (let k = 0; k < cells; k++) {
      into.samples.set(
        from.samples.subarray(k * from.sampleCapacity, k * from.sampleCapacity + from.runs),
        k * into.sampleCapacity + shift,
      );
    }
  }
}
