/**
 * The one typed contract between the main thread and the simulator worker. The implementation is
 * plain async code over the pure model, so it runs the same in a Worker (via comlink `expose`),
 * over a MessageChannel in tests, or called directly.
 */
import { transfer } from 'comlink';
import { createAccumulator } from './model/accumulator';
import { finalizeResult } from './model/finalize';
import { prepareData, type PreparedData, type SimulatorData } from './model/model-data';
import type { ScenarioParams } from './model/parameters';
import { resultTransferables, type SimulationMode, type SimulationResult } from './model/result-types';
import { sensitivity, type SensitivityOutcome, type SensitivityResult } from './model/sensitivity';
import { accumulateMonteCarlo, scenarioContext, simulateExpected } from './model/simulate';
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

export interface SimulatorApi {
  /** Replaces the dataset (projects, baseline, targets, site and cluster ids); supersedes running requests. */
  setData(data: SimulatorData): Promise<SetDataOutcome>;
  /**
   * Runs one scenario. A later call supersedes this one: it then resolves with status 'superseded'.
   * Results' typed arrays are transferred, not copied.
   */
  run(request: RunRequest, onProgress?: (progress: RunProgress) => void): Promise<RunOutcome>;
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

  return {
    async setData(data) {
      generation++;
      return load(data);
    },

    async run(request, onProgress) {
      const mine = ++generation;
      const started = now();
      const requestId = typeof request?.requestId === 'number' ? request.requestId : Number.NaN;
      if (!request || (request.mode !== 'expected' && request.mode !== 'montecarlo')) {
        return {
          status: 'invalid',
          requestId,
          issues: [{ path: 'mode', message: `mode must be "expected" or "montecarlo" (got ${JSON.stringify(request?.mode)})` }],
        };
      }
      if (!prepared)
        return { status: 'invalid', requestId, issues: [{ path: 'data', message: 'no dataset loaded: call setData first' }] };
      const data = prepared;
      const ctx = scenarioContext(data, request.params ?? {});
      if (!ctx.ok) return { status: 'invalid', requestId, issues: ctx.issues };

      let result: SimulationResult;
      if (request.mode === 'expected') {
        result = simulateExpected(ctx.value);
      } else {
        const total = ctx.value.params.runs;
        const acc = createAccumulator(ctx.value, total, 0);
        let chunk = 20;
        let lastReport = started;
        for (let done = 0; done < total;) {
          const t = now();
          const end = Math.min(total, done + chunk);
          accumulateMonteCarlo(acc, ctx.value, done, end);
          const took = now() - t;
          chunk = Math.max(1, Math.round((end - done) * Math.min(4, chunkMillis / Math.max(took, 0.1))));
          done = end;
          if (now() - lastReport >= progressMillis || done === total) {
            lastReport = now();
            report(onProgress, { requestId, runsDone: done, runsTotal: total });
          }
          await yieldToEvents();
          if (mine !== generation) return { status: 'superseded', requestId };
        }
        result = finalizeResult(ctx.value, acc, 'montecarlo');
      }
      const sens = request.sensitivity ? sensitivity(data, ctx.value.params, request.sensitivity) : null;
      if (mine !== generation) return { status: 'superseded', requestId };
      const outcome: RunOutcome = {
        status: 'ok',
        requestId,
        params: ctx.value.params,
        result,
        summary: summarizeResult(result),
        sensitivity: sens,
        elapsedMs: now() - started,
      };
      return transfer(outcome, resultTransferables(result));
    },
  };
}
