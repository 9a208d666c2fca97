// Benchmark pool worker (node:worker_threads): runs a range of Monte Carlo runs with the same model
// code as everything else and sends back the partial accumulator, its typed arrays transferred.
import { parentPort } from 'node:worker_threads';
import type { Accumulator } from '../model/accumulator';
import { prepareData, type SimulatorData } from '../model/model-data';
import type { ScenarioParams } from '../model/parameters';
import { scenarioContext, simulateMonteCarloPartial } from '../model/simulate';

export interface PoolJob {
  data: SimulatorData;
  params: ScenarioParams;
  runStart: number;
  runEnd: number;
}

function buffersOf(acc: Accumulator): ArrayBuffer[] {
  return Object.values(acc)
    .filter((v): v is Float64Array => v instanceof Float64Array)
    .map((a) => a.buffer as ArrayBuffer);
}

parentPort?.on('message', (job: PoolJob) => {
  const prepared = prepareData(job.data);
  if (!prepared.ok) throw new Error(prepared.issues.map((i) => i.message).join('; '));
  const ctx = scenarioContext(prepared.value, job.params);
  if (!ctx.ok) throw new Error(ctx.issues.map((i) => i.message).join('; '));
  const acc = simulateMonteCarloPartial(ctx.value, job.runStart, job.runEnd);
  parentPort?.postMessage(acc, buffersOf(acc));
});
