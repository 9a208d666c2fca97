/**
 * Starts a simulator worker. The worker's URL (a chunk of its own in the build) goes through the
 * app's Trusted Types policy, so the worker also starts under `require-trusted-types-for 'script'`.
 */
import workerUrl from '../../workers/simulator.worker.ts?worker&url';
import { trustedScriptUrl } from '../security/trusted-script-url';

/** @example const worker = newSimulatorWorker('simulator-expected'); */
export function newSimulatorWorker(name: string): Worker {
  return new Worker(trustedScriptUrl(workerUrl), { type: 'module', name });
}
