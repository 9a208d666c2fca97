/**
 * The two modes of the simulator. Both add project schedules into the same accumulator
 * (accumulator.ts) and finish with the same finalisation, so their numbers are directly comparable.
 */
import {
  addCompleted,
  addSchedule,
  closeRun,
  createAccumulator,
  flushSamples,
  mergeAccumulators,
  type Accumulator,
} from './accumulator';
import { finalizeResult } from './finalize';
import {
  KIND_CONTINUING,
  KIND_RESERVE,
  NO_REPORT,
  REPORT_COMPLETED,
  REPORT_UNDER_CONSTRUCTION,
  buildContext,
  type ModelContext,
  type Prepared,
  type PreparedData,
} from './model-data';
import type { ScenarioParams } from './parameters';
import type { SimulationMode, SimulationResult } from './result-types';
import { expMean1, reusableStream, unitShock } from './rng';
import { POOL_PARTS, partRange } from './run-parts';
import { validateParams } from './validate-params';

/**
 * Adds the schedule of a project whose latest progress report says it has started: certain (w = 1 per
 * run), no milestone branches. Completed: nothing left to build. Under construction: the remaining
 * work W·R'/R (at least one active month) resumes in the month after the report. Returns false for
 * projects without such a report, which take the scenario's branches.
 */
function addReported(
  acc: Accumulator,
  ctx: ModelContext,
  p: number,
  work: number,
  rho: number,
  util: number,
  w: number,
): boolean {
  const status = ctx.data.reportStatus[p];
  if (status === REPORT_COMPLETED) {
    addCompleted(acc, ctx, p, util, w);
    return true;
  }
  if (status !== REPORT_UNDER_CONSTRUCTION) return false;
  const planned = ctx.data.remainingWan[p]!;
  const left = planned > 0 ? ctx.remainingWan[p]! / planned : 0;
  addSchedule(acc, ctx, p, ctx.reportMonth[p]! + 1, Math.max(1, work * left), rho, util, w, ctx.reportStartMonth[p]!);
  return true;
}

/**
 * Adds the expected-mode schedules: a continuing or new project is on plan with probability
 * s (resumed / started share) and late with probability 1 − s; a reserve project is signed with
 * probability σ. Every other quantity sits at its expected value.
 */
export function accumulateExpected(acc: Accumulator, ctx: ModelContext): void {
  const pr = ctx.params;
  const data = ctx.data;
  const rho = pr.realisationPct / 100;
  const util = pr.utilisationPct / 100;
  const overrun = pr.durationOverrunPct / 100;
  const resumed = pr.resumedByMayPct / 100;
  const started = pr.startedByAugustPct / 100;
  const signed = pr.reserveSignedPct / 100;
  for (let p = 0; p < ctx.projectCount; p++) {
    const kind = data.kind[p]!;
    const work = data.constructionMonths[p]! * (1 + overrun);
    if (addReported(acc, ctx, p, work, rho, util, 1)) continue;
    if (kind === KIND_RESERVE) {
      if (signed > 0) addSchedule(acc, ctx, p, ctx.onPlanStart[p]!, work, rho, util, signed);
      continue;
    }
    const share = kind === KIND_CONTINUING ? resumed : started;
    if (share > 0) addSchedule(acc, ctx, p, ctx.onPlanStart[p]!, work, rho, util, share);
    if (share < 1) addSchedule(acc, ctx, p, ctx.lateStart[p]!, work, rho, util, 1 - share);
  }
  closeRun(acc, ctx, 0, -1);
}

/**
 * Adds Monte Carlo runs [runStart, runEnd). Run r uses its own stream (seed, r): three run-level
 * shocks (realisation, utilisation, organic growth), then two uniforms per project in file order
 * (u1: on plan / signed; u2: overrun), drawn whatever the parameters so streams stay aligned.
 * @example const acc = createAccumulator(ctx, 100, 0); accumulateMonteCarlo(acc, ctx, 0, 100);
 */
export function accumulateMonteCarlo(acc: Accumulator, ctx: ModelContext, runStart: number, runEnd: number): void {
  const pr = ctx.params;
  const data = ctx.data;
  const rhoMean = pr.realisationPct / 100;
  const utilMean = pr.utilisationPct / 100;
  const overrun = pr.durationOverrunPct / 100;
  const resumed = pr.resumedByMayPct / 100;
  const started = pr.startedByAugustPct / 100;
  const signed = pr.reserveSignedPct / 100;
  const rhoSpread = pr.realisationSpreadPct / 100;
  const utilSpread = pr.utilisationSpreadPct / 100;
  const growthSpread = pr.growthSpreadPp / 100;
  const kinds = data.kind;
  const durations = data.constructionMonths;
  const reported = data.reportStatus;
  const onPlan = ctx.onPlanStart;
  const late = ctx.lateStart;
  const projects = ctx.projectCount;
  // One generator re-seeded per run: no allocation per run.
  const rng = reusableStream();
  for (let r = runStart; r < runEnd; r++) {
    rng.seed(pr.seed, r);
    const rho = rhoMean * (1 + rhoSpread * unitShock(rng.next()));
    const util = utilMean * (1 + utilSpread * unitShock(rng.next()));
    const growthShock = growthSpread * unitShock(rng.next());
    for (let p = 0; p < projects; p++) {
      const u1 = rng.next();
      const u2 = rng.next();
      const kind = kinds[p]!;
      // Without an overrun, D·(1 + 0·E) is exactly D: the logarithm is skipped, not the draw.
      const work = overrun === 0 ? durations[p]! : durations[p]! * (1 + overrun * expMean1(u2));
      if (reported[p] !== NO_REPORT && addReported(acc, ctx, p, work, rho, util, 1)) continue;
      if (kind === KIND_RESERVE) {
        if (u1 < signed) addSchedule(acc, ctx, p, onPlan[p]!, work, rho, util, 1);
        continue;
      }
      const share = kind === KIND_CONTINUING ? resumed : started;
      addSchedule(acc, ctx, p, u1 < share ? onPlan[p]! : late[p]!, work, rho, util, 1);
    }
    closeRun(acc, ctx, growthShock, r - acc.sampleFirstRun);
  }
  flushSamples(acc);
}

/**
 * Expected mode: exact expectations, no randomness.
 * @example simulateExpected(ctx).gdpGrowthYear[0] // 2017 GDP growth, percent
 */
export function simulateExpected(ctx: ModelContext): SimulationResult {
  const acc = createAccumulator(ctx, 0);
  accumulateExpected(acc, ctx);
  return finalizeResult(ctx, acc, 'expected');
}

/**
 * Monte Carlo mode with `params.runs` runs, in one go.
 * @example simulateMonteCarlo(ctx).quantiles?.gdpGrowthYear.p50[0]
 */
export function simulateMonteCarlo(ctx: ModelContext): SimulationResult {
  const acc = createAccumulator(ctx, ctx.params.runs, 0);
  accumulateMonteCarlo(acc, ctx, 0, ctx.params.runs);
  return finalizeResult(ctx, acc, 'montecarlo');
}

/**
 * Monte Carlo runs [runStart, runEnd) as a partial accumulator, for a worker pool; combine the parts
 * with `combinePartials`. Each run has its own stream, so every run's numbers, and with them the
 * bands and P(reach target), equal a single-thread run's.
 */
export function simulateMonteCarloPartial(ctx: ModelContext, runStart: number, runEnd: number): Accumulator {
  const acc = createAccumulator(ctx, runEnd - runStart, runStart);
  accumulateMonteCarlo(acc, ctx, runStart, runEnd);
  return acc;
}

/**
 * Merges partial accumulators into the full Monte Carlo result: sums in the order of their first run
 * (whatever order they arrive in), bands over the samples of all parts without copying them into one
 * matrix. Sums of parts are rounded differently from one running sum over all runs, so means can differ
 * from `simulateMonteCarlo` in the last bits (bands and probabilities cannot); the same split always
 * gives the same result.
 */
export function combinePartials(ctx: ModelContext, parts: readonly Accumulator[]): SimulationResult {
  const ordered = [...parts].sort((a, b) => a.sampleFirstRun - b.sampleFirstRun);
  const acc = createAccumulator(ctx, 0);
  for (const part of ordered) mergeAccumulators(acc, part);
  const blocks = ordered.flatMap((part) =>
    part.samples ? [{ samples: part.samples, capacity: part.sampleCapacity, runs: part.runs }] : [],
  );
  return finalizeResult(ctx, acc, 'montecarlo', blocks);
}

/**
 * Monte Carlo as the app's worker pool computes it, on one thread: the POOL_PARTS parts one after
 * another, then `combinePartials`. Equal to the pool's result for any number of workers.
 */
export function simulateMonteCarloInParts(ctx: ModelContext): SimulationResult {
  const runs = ctx.params.runs;
  const parts = Array.from({ length: POOL_PARTS }, (_, i) => simulateMonteCarloPartial(ctx, ...partRange(runs, i)));
  return combinePartials(ctx, parts);
}

/**
 * Validates parameters (partial, filled from defaults) against the dataset and runs one mode; the
 * worker, the command line and the tests all go through here.
 * @example
 *   const r = runScenario(prepared, 'expected', { resumedByMayPct: 90 });
 *   if (r.ok) r.value.investmentYear[0];
 */
export function runScenario(data: PreparedData, mode: SimulationMode, params: unknown): Prepared<SimulationResult> {
  const ctx = scenarioContext(data, params);
  if (!ctx.ok) return ctx;
  return { ok: true, value: mode === 'expected' ? simulateExpected(ctx.value) : simulateMonteCarlo(ctx.value) };
}

/** Validated parameters combined with the dataset. @example scenarioContext(prepared, { runs: 500 }) */
export function scenarioContext(data: PreparedData, params: unknown, base?: ScenarioParams): Prepared<ModelContext> {
  const validated = validateParams(params, { siteIds: data.source.siteIds, clusterIds: data.source.clusterIds }, base);
  if (!validated.ok) return { ok: false, issues: validated.issues };
  return buildContext(data, validated.params);
}
