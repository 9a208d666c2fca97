/**
 * Main-thread side of the simulator: wraps the worker endpoint and guarantees that a result is
 * never delivered after a newer request was made (latest request wins), on top of the worker's
 * own superseding of unfinished runs.
 */
import { proxy, wrap, type Endpoint, type Remote } from 'comlink';
import type { SimulatorData } from './model/model-data';
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
