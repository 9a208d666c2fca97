/**
 * Runs saved scenarios for the compare view in a worker of its own, so comparing never supersedes
 * the editor's live runs. Runs are queued one after the other: the simulator client lets a newer
 * request supersede an older one, and both results are needed here.
 */
import { newSimulatorWorker } from '../sim/simulator-worker';
import type { SimulatorData } from '../../workers/model/model-data';
import type { ScenarioParams } from '../../workers/model/parameters';
import type { SimulationResult } from '../../workers/model/result-types';
import { createSimulatorClient, type SimulatorClient } from '../../workers/simulator-client';
import { changedParams } from './share-link';

export type RunScenario = (params: ScenarioParams) => Promise<SimulationResult>;

export interface CompareRunner {
  run: RunScenario;
  dispose(): void;
}

/**
 * Monte Carlo with each scenario's own runs and seed: the same figures the editor shows for it,
 * including the probability of reaching the growth target.
 * @example const runner = createCompareRunner(data); const r = await runner.run(saved.params);
 */
export function createCompareRunner(data: SimulatorData): CompareRunner {
  let worker: Worker | null = null;
  let ready: Promise<SimulatorClient> | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const client = (): Promise<SimulatorClient> => {
    ready ??= (async () => {
      worker = newSimulatorWorker('simulator-compare');
      const sim = createSimulatorClient(worker);
      const loaded = await sim.setData(data);
      if (loaded.status !== 'ok') throw new Error(loaded.issues.map((i) => i.message).join('; '));
      return sim;
    })();
    return ready;
  };

  const run: RunScenario = (params) => {
    const next = queue.then(async () => {
      const outcome = await (await client()).run({ mode: 'montecarlo', params: changedParams(params) });
      if (outcome.status === 'ok') return outcome.result;
      throw new Error(outcome.status === 'invalid' ? outcome.issues.map((i) => i.message).join('; ') : 'superseded');
    });
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    run,
    dispose() {
      worker?.terminate();
      worker = null;
      ready = null;
    },
  };
}
