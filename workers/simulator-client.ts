/**
 * Main-thread side of the simulator: wraps the worker endpoint and guarantees that a result is
 * never delivered after a newer request was made (latest request wins), on top of the worker's
 * own superseding of unfinished runs.
 */
import { proxy, transfer, wrap, type Endpoint, type Remote } from 'comlink';
import type { Accumulator } from './model/accumulator';
import type { SimulatorData } from './model/model-data';
import { DEFAULT_PARAMS } from './model/parameters';
import { POOL_PARTS } from './model/run-parts';
import type { RunOutcome, RunProgress, RunRequest, SetDataOutcome, SimulatorApi } from './simulator-api';

export interface SimulatorClient {
  setData(data: SimulatorData): Promise<SetDataOutcome>;
  /** Runs a scenario; resolves with status 'superseded' if another run was requested meanwhile. */
  run(request: Omit<RunRequest, 'requestId'>, onProgress?: (progress: RunProgress) => void): Promise<RunOutcome>;
  /** The comlink proxy, for calls not covered here. */
  remote: Remote<SimulatorApi>;
}

/**
 * @example
 *   const worker = new Worker(new URL('../../workers/simulator.worker.ts', import.meta.url), { type: 'module' });
 *   const sim = createSimulatorClient(worker);
 *   await sim.setData(data);
 *   const out = await sim.run({ mode: 'montecarlo', params: { runs: 2000 } }, (p) => console.log(p.runsDone));
 *   if (out.status === 'ok') draw(out.result);
 */
export function createSimulatorClient(endpoint: Endpoint): SimulatorClient {
  const remote = wrap<SimulatorApi>(endpoint);
  let latest = 0;
  return {
    remote,
    setData: (data) => remote.setData(data),
    async run(request, onProgress) {
      const requestId = ++latest;
      const forward = onProgress
        ? proxy((p: RunProgress) => {
            if (p.requestId === latest) onProgress(p);
          })
        : undefined;
      const outcome = await remote.run({ ...request, requestId }, forward);
      if (outcome.status === 'ok' && requestId !== latest) return { status: 'superseded', requestId };
      return outcome;
    },
  };
}

/** Workers for Monte Carlo: one per logical core the browser reports, at least 1, at most POOL_PARTS. */
export function poolSize(hardwareConcurrency: number | undefined): number {
  const cores = Number.isFinite(hardwareConcurrency) ? Math.floor(hardwareConcurrency!) : 1;
  return Math.max(1, Math.min(POOL_PARTS, cores));
}

/**
 * A client over several workers: expected mode runs on the first; Monte Carlo splits its runs into
 * POOL_PARTS parts by run index, spreads the parts over the workers and merges them on the first
 * worker (`combine`), so the result is the same for any number of workers. Progress adds up the
 * workers' runs; the latest request wins as with one worker (every worker supersedes its own older
 * call, and an older outcome is dropped here).
 * @example
 *   const sim = createSimulatorPool([w1, w2]);
 *   await sim.setData(data);
 *   const out = await sim.run({ mode: 'montecarlo', params: { runs: 10000 } }, (p) => bar(p.runsDone / p.runsTotal));
 */
export function createSimulatorPool(endpoints: readonly Endpoint[]): SimulatorClient {
  if (endpoints.length === 0) throw new Error('a simulator pool needs at least one worker');
  const remotes = endpoints.map((e) => wrap<SimulatorApi>(e));
  const first = remotes[0]!;
  let latest = 0;
  return {
    remote: first,
    async setData(data) {
      const outcomes = await Promise.all(remotes.map((r) => r.setData(data)));
      return outcomes.find((o) => o.status === 'invalid') ?? outcomes[0]!;
    },
    async run(request, onProgress) {
      const requestId = ++latest;
      const full: RunRequest = { ...request, requestId };
      if (request.mode !== 'montecarlo') {
        const outcome = await first.run(full);
        return outcome.status === 'ok' && requestId !== latest ? { status: 'superseded', requestId } : outcome;
      }
      const requestedRuns = request.params?.runs ?? DEFAULT_PARAMS.runs;
      const done = remotes.map(() => 0);
      const totals = remotes.map(() => 0);
      // Parts round-robin over the workers: with w workers, worker j runs parts j, j + w, …
      const assignment = remotes.map((_, j) =>
        Array.from({ length: POOL_PARTS }, (_, i) => i).filter((i) => i % remotes.length === j),
      );
      const outcomes = await Promise.all(
        remotes.map((remote, j) =>
          remote.runParts(
            full,
            assignment[j]!,
            proxy((p: RunProgress) => {
              if (p.requestId !== latest || requestId !== latest) return;
              done[j] = p.runsDone;
              totals[j] = p.runsTotal;
              const known = totals.every((t, k) => t > 0 || assignment[k]!.length === 0);
              const total = known ? totals.reduce((a, b) => a + b, 0) : requestedRuns;
              onProgress?.({ requestId, runsDone: done.reduce((a, b) => a + b, 0), runsTotal: total });
            }),
          ),
        ),
      );
      const invalid = outcomes.find((o) => o.status === 'invalid');
      if (invalid) return invalid;
      if (requestId !== latest || outcomes.some((o) => o.status !== 'ok')) return { status: 'superseded', requestId };
      const parts: Accumulator[] = outcomes.flatMap((o) => (o.status === 'ok' ? o.parts : []));
      const buffers = parts.flatMap((acc) =>
        Object.values(acc)
          .filter((v): v is Float64Array => v instanceof Float64Array)
          .map((a) => a.buffer as ArrayBuffer),
      );
      const outcome = await first.combine(full, transfer(parts, buffers));
      if (outcome.status === 'ok' && requestId !== latest) return { status: 'superseded', requestId };
      return outcome;
    },
  };
}
