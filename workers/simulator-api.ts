/**
 * The one typed contract between the main thread and the simulator worker. The implementation is
 * plain async code over the pure model, so it runs the same in a Worker (via comlink `expose`),
 * over a MessageChannel in tests, or called directly.
 */
import { transfer } from 'comlink';
import { createAccumulator, type Accumulator } from './model/accumulator';
import { finalizeResult } from './model/finalize';
import { prepareData, type ModelContext, type PreparedData, type SimulatorData } from './model/model-data';
import type { ScenarioParams } from './model/parameters';
import { resultTransferables, type SimulationMode, type SimulationResult } from './model/result-types';
import { sensitivity, type SensitivityOutcome, type SensitivityResult } from './model/sensitivity';
import { POOL_PARTS, partRange } from './model/run-parts';
import { accumulateMonteCarlo, combinePartials, scenarioContext, simulateExpected } from './model/simulate';
import { summarizeResult, type ScenarioSummary } from './model/summary';
import type { ParamIssue } from './model/validate-params';

export interface RunRequest {
  /** Caller's id, echoed in the outcome and in progress reports. */
  requestId: number;
  mode: SimulationMode;
  /** Parameters that differ from DEFAULT_PARAMS (validated; unknown keys are rejected). */
  params?: Partial<ScenarioParams>;
  /** Also compute a one-at-a-time sensitivity of this outcome (expected mode). */
  sensitivity?: SensitivityOutcome | null;
}

/** Sent during Monte Carlo runs, at most every `progressMillis`. */
export interface RunProgress {
  requestId: number;
  runsDone: number;
  runsTotal: number;
}

export type RunOutcome =
  | {
      status: 'ok';
      requestId: number;
      params: ScenarioParams;
      result: SimulationResult;
      summary: ScenarioSummary;
      sensitivity: SensitivityResult | null;
      elapsedMs: number;
    }
  /** A newer request (or new data) arrived before this one finished; its result was dropped. */
  | { status: 'superseded'; requestId: number }
  | { status: 'invalid'; requestId: number; issues: ParamIssue[] };

export type SetDataOutcome =
  { status: 'ok'; projectCount: number; siteIds: string[]; clusterIds: string[] } | { status: 'invalid'; issues: ParamIssue[] };

/** Partial Monte Carlo sums and samples of some parts of a request (see `SimulatorApi.runParts`). */
export type PartsOutcome =
  | { status: 'ok'; requestId: number; parts: Accumulator[] }
  | { status: 'superseded'; requestId: number }
  | { status: 'invalid'; requestId: number; issues: ParamIssue[] };

export interface SimulatorApi {
  /** Replaces the dataset (projects, baseline, targets, site and cluster ids); supersedes running requests. */
  setData(data: SimulatorData): Promise<SetDataOutcome>;
  /**
   * Runs one scenario. A later call supersedes this one: it then resolves with status 'superseded'.
   * Results' typed arrays are transferred, not copied.
   */
  run(request: RunRequest, onProgress?: (progress: RunProgress) => void): Promise<RunOutcome>;
  /**
   * For a pool of workers: Monte Carlo runs of the given parts (of POOL_PARTS, split by run index) as
   * partial accumulators. Progress counts this call's runs; a later call on the same worker supersedes it.
   */
  runParts(request: RunRequest, parts: number[], onProgress?: (progress: RunProgress) => void): Promise<PartsOutcome>;
  /**
   * Merges the partial accumulators of all POOL_PARTS parts of a Monte Carlo request into its outcome
   * (bands, summary, sensitivity). Does not supersede anything.
   */
  combine(request: RunRequest, parts: Accumulator[]): Promise<RunOutcome>;
}

export interface SimulatorApiOptions {
  /** Dataset to start with (else call setData first). */
  data?: SimulatorData;
  /** Target duration of one Monte Carlo chunk between yields, ms (default 25). */
  chunkMillis?: number;
  /** Minimum interval between progress reports, ms (default 100). */
  progressMillis?: number;
  /** How to let queued messages in between chunks (default: setImmediate, else a MessageChannel). */
  yieldToEvents?: () => Promise<void>;
  now?: () => number;
}

function defaultYield(): () => Promise<void> {
  if (typeof setImmediate === 'function') return () => new Promise((resolve) => setImmediate(resolve));
  // setTimeout is clamped to 4 ms when nested; a MessageChannel round trip is not.
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
}

/**
 * Creates the simulator API object (what the worker exposes).
 * @example
 *   const api = createSimulatorApi({ data });
 *   const outcome = await api.run({ requestId: 1, mode: 'expected' });
 */
export function createSimulatorApi(options: SimulatorApiOptions = {}): SimulatorApi {
  const now = options.now ?? (() => performance.now());
  const chunkMillis = options.chunkMillis ?? 25;
  const progressMillis = options.progressMillis ?? 100;
  const yieldToEvents = options.yieldToEvents ?? defaultYield();
  let prepared: PreparedData | null = null;
  let generation = 0;

  function load(data: SimulatorData): SetDataOutcome {
    const r = prepareData(data);
    if (!r.ok) return { status: 'invalid', issues: r.issues };
    prepared = r.value;
    return { status: 'ok', projectCount: r.value.projectCount, siteIds: [...data.siteIds], clusterIds: [...data.clusterIds] };
  }
  if (options.data) {
    const r = load(options.data);
    if (r.status === 'invalid') throw new Error(`invalid simulator data: ${r.issues.map((i) => i.message).join('; ')}`);
  }

  const report = (onProgress: ((p: RunProgress) => void) | undefined, p: RunProgress): void => {
    if (!onProgress) return;
    // Over comlink the callback returns a promise; a closed port must not surface as an unhandled rejection.
    Promise.resolve(onProgress(p) as unknown).catch(() => undefined);
  };

  /**
   * Adds runs [start, end) to `acc` in chunks of about `chunkMillis`, reporting progress and yielding
   * between chunks; false when a newer request arrived meanwhile.
   */
  async function accumulateChunked(
    acc: Accumulator,
    ctx: ModelContext,
    start: number,
    end: number,
    mine: number,
    requestId: number,
    progress: { done: number; total: number; lastReport: number },
    onProgress: ((p: RunProgress) => void) | undefined,
  ): Promise<boolean> {
    let chunk = 20;
    for (let at = start; at < end;) {
      const t = now();
      const stop = Math.min(end, at + chunk);
      accumulateMonteCarlo(acc, ctx, at, stop);
      const took = now() - t;
      chunk = Math.max(1, Math.round((stop - at) * Math.min(4, chunkMillis / Math.max(took, 0.1))));
      progress.done += stop - at;
      at = stop;
      if (now() - progress.lastReport >= progressMillis || progress.done === progress.total) {
        progress.lastReport = now();
        report(onProgress, { requestId, runsDone: progress.done, runsTotal: progress.total });
      }
      await yieldToEvents();
      if (mine !== generation) return false;
    }
    return true;
  }

  /** Validates a request's mode, the dataset and its parameters. */
  function contextOf(
    request: RunRequest,
    requestId: number,
  ): { ok: true; ctx: ModelContext; data: PreparedData } | { ok: false; outcome: Extract<RunOutcome, { status: 'invalid' }> } {
    if (!request || (request.mode !== 'expected' && request.mode !== 'montecarlo')) {
      const message = `mode must be "expected" or "montecarlo" (got ${JSON.stringify(request?.mode)})`;
      return { ok: false, outcome: { status: 'invalid', requestId, issues: [{ path: 'mode', message }] } };
    }
    if (!prepared) {
      const issues = [{ path: 'data', message: 'no dataset loaded: call setData first' }];
      return { ok: false, outcome: { status: 'invalid', requestId, issues } };
    }
    const ctx = scenarioContext(prepared, request.params ?? {});
    if (!ctx.ok) return { ok: false, outcome: { status: 'invalid', requestId, issues: ctx.issues } };
    return { ok: true, ctx: ctx.value, data: prepared };
  }

  return {
    async setData(data) {
      generation++;
      return load(data);
    },

    async run(request, onProgress) {
      const mine = ++generation;
      const started = now();
      const requestId = typeof request?.requestId === 'number' ? request.requestId : Number.NaN;
      const checked = contextOf(request, requestId);
      if (!checked.ok) return checked.outcome;
      const { ctx, data } = checked;

      let result: SimulationResult;
      if (request.mode === 'expected') {
        result = simulateExpected(ctx);
      } else {
        const total = ctx.params.runs;
        const acc = createAccumulator(ctx, total, 0);
        const progress = { done: 0, total, lastReport: started };
        if (!(await accumulateChunked(acc, ctx, 0, total, mine, requestId, progress, onProgress)))
          return { status: 'superseded', requestId };
        result = finalizeResult(ctx, acc, 'montecarlo');
      }
      const sens = request.sensitivity ? sensitivity(data, ctx.params, request.sensitivity) : null;
      if (mine !== generation) return { status: 'superseded', requestId };
      const outcome: RunOutcome = {
        status: 'ok',
        requestId,
        params: ctx.params,
        result,
        summary: summarizeResult(result),
        sensitivity: sens,
        elapsedMs: now() - started,
      };
      return transfer(outcome, resultTransferables(result));
    },

    async runParts(request, parts, onProgress) {
      const mine = ++generation;
      const requestId = typeof request?.requestId === 'number' ? request.requestId : Number.NaN;
      const checked = contextOf(request, requestId);
      if (!checked.ok) return checked.outcome;
      const { ctx } = checked;
      const runs = ctx.params.runs;
      const wanted = Array.isArray(parts) ? parts : [];
      if (request.mode !== 'montecarlo' || !wanted.every((p) => Number.isInteger(p) && p >= 0 && p < POOL_PARTS)) {
        const message = `parts must be Monte Carlo part numbers 0–${POOL_PARTS - 1}`;
        return { status: 'invalid', requestId, issues: [{ path: 'parts', message }] };
      }
      const ranges = wanted.map((p) => partRange(runs, p));
      const progress = { done: 0, total: ranges.reduce((n, [a, b]) => n + b - a, 0), lastReport: now() };
      const out: Accumulator[] = [];
      for (const [start, end] of ranges) {
        const acc = createAccumulator(ctx, end - start, start);
        if (!(await accumulateChunked(acc, ctx, start, end, mine, requestId, progress, onProgress)))
          return { status: 'superseded', requestId };
        // The block buffer and the shared ramp table are not needed by whoever merges.
        acc.block = null;
        out.push(acc);
      }
      if (progress.total === 0) report(onProgress, { requestId, runsDone: 0, runsTotal: 0 });
      const buffers = out.flatMap((acc) =>
        Object.values(acc)
          .filter((v): v is Float64Array => v instanceof Float64Array)
          .map((a) => a.buffer as ArrayBuffer),
      );
      return transfer({ status: 'ok', requestId, parts: out }, buffers);
    },

    async combine(request, parts) {
      const started = now();
      const requestId = typeof request?.requestId === 'number' ? request.requestId : Number.NaN;
      const checked = contextOf(request, requestId);
      if (!checked.ok) return checked.outcome;
      const { ctx, data } = checked;
      const firsts = (Array.isArray(parts) ? parts : []).map((p) => p?.sampleFirstRun).sort((a, b) => a - b);
      const expected = Array.from({ length: POOL_PARTS }, (_, i) => partRange(ctx.params.runs, i)[0]);
      if (request.mode !== 'montecarlo' || firsts.length !== POOL_PARTS || firsts.some((f, i) => f !== expected[i])) {
        const message = `combine needs the ${POOL_PARTS} Monte Carlo parts of the request`;
        return { status: 'invalid', requestId, issues: [{ path: 'parts', message }] };
      }
      const result = combinePartials(ctx, parts);
      const sens = request.sensitivity ? sensitivity(data, ctx.params, request.sensitivity) : null;
      const outcome: RunOutcome = {
        status: 'ok',
        requestId,
        params: ctx.params,
        result,
        summary: summarizeResult(result),
        sensitivity: sens,
        elapsedMs: now() - started,
      };
      return transfer(outcome, resultTransferables(result));
    },
  };
}
