import { effect } from '@preact/signals';
import type { BuiltinData } from '../data/builtin-data';
import { dataset, simulatorDataOf } from '../state/data-state';
import type { ScenarioParams } from '../../workers/model/parameters';
import type { ParamIssue } from '../../workers/model/validate-params';
import type { RunOutcome } from '../../workers/simulator-api';
import { createSimulatorClient, createSimulatorPool, poolSize, type SimulatorClient } from '../../workers/simulator-client';
import { newSimulatorWorker } from './simulator-worker';
import {
  expectedResult,
  monteCarloProgress,
  monteCarloResult,
  scenarioParams,
  sensitivityResult,
  simulatorError,
} from '../state/scenario-state';

/** How long the inputs must rest before the Monte-Carlo refinement starts, ms. */
export const MONTE_CARLO_DEBOUNCE_MS = 250;

function spawnSimulator(name: string): { api: SimulatorClient; worker: Worker } {
  const worker = newSimulatorWorker(name);
  return { api: createSimulatorClient(worker), worker };
}

/** Monte Carlo workers: as many as the browser reports cores, 1 to 4, their runs merged on the first. */
function spawnMonteCarloPool(): { api: SimulatorClient; workers: Worker[] } {
  const size = poolSize(typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency);
  const workers = Array.from({ length: size }, (_, i) => newSimulatorWorker(`simulator-montecarlo-${i + 1}`));
  return { api: createSimulatorPool(workers), workers };
}

const describeIssues = (issues: readonly ParamIssue[]) => issues.map((i) => `${i.path}: ${i.message}`).join('; ');

/**
 * Keeps results in step with the scenario inputs and the dataset. One worker answers every change in
 * expected mode at once; a pool (one worker per core, up to 4) refines with Monte Carlo (and the
 * sensitivity) once the inputs rest. Each worker supersedes its own older request, and a result is stored only with the
 * exact params object it was computed for, so a late answer never overwrites a newer one.
 * @example const stop = startSimulator(); … stop();
 */
export function startSimulator(): () => void {
  const fast = spawnSimulator('simulator-expected');
  const slow = spawnMonteCarloPool();

  // A new dataset goes to both workers before any run for it; the params are then replaced by an
  // equal copy, so results of the old data no longer count as current and everything reruns.
  let loaded: BuiltinData | null = null;
  const disposeData = effect(() => {
    const data = dataset.value;
    if (!data || data === loaded) return;
    const first = loaded === null;
    loaded = data;
    const simulatorData = simulatorDataOf(data);
    void Promise.all([fast.api.setData(simulatorData), slow.api.setData(simulatorData)]).then((outcomes) => {
      for (const outcome of outcomes) if (outcome.status === 'invalid') simulatorError.value = describeIssues(outcome.issues);
    });
    if (!first) scenarioParams.value = { ...scenarioParams.peek() };
  });

  let timer: ReturnType<typeof setTimeout> | undefined;

  const accept = (params: ScenarioParams, outcome: RunOutcome): outcome is Extract<RunOutcome, { status: 'ok' }> => {
    if (outcome.status === 'invalid') {
      if (scenarioParams.peek() === params) simulatorError.value = describeIssues(outcome.issues);
      return false;
    }
    return outcome.status === 'ok' && scenarioParams.peek() === params;
  };

  const runMonteCarlo = async (params: ScenarioParams) => {
    monteCarloProgress.value = 0;
    const outcome = await slow.api.run({ mode: 'montecarlo', params, sensitivity: 'gdpGrowthTargetYear' }, (p) => {
      if (scenarioParams.peek() === params) monteCarloProgress.value = p.runsDone / p.runsTotal;
    });
    if (!accept(params, outcome)) return;
    monteCarloResult.value = { params, result: outcome.result };
    if (outcome.sensitivity) sensitivityResult.value = { params, sensitivity: outcome.sensitivity };
    monteCarloProgress.value = null;
  };

  const dispose = effect(() => {
    const params = scenarioParams.value;
    if (!dataset.value) return;
    simulatorError.value = null;
    fast.api
      .run({ mode: 'expected', params })
      .then((outcome) => {
        if (accept(params, outcome)) expectedResult.value = { params, result: outcome.result };
      })
      .catch((error: unknown) => (simulatorError.value = error instanceof Error ? error.message : String(error)));
    clearTimeout(timer);
    timer = setTimeout(() => {
      runMonteCarlo(params).catch((error: unknown) => {
        monteCarloProgress.value = null;
        simulatorError.value = error instanceof Error ? error.message : String(error);
      });
    }, MONTE_CARLO_DEBOUNCE_MS);
  });

  return () => {
    disposeData();
    dispose();
    clearTimeout(timer);
    fast.worker.terminate();
    for (const worker of slow.workers) worker.terminate();
  };
}
