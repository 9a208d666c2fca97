import { loadSimulatorData } from '../../../workers/cli/load-data';
import {
  buildContext,
  prepareData,
  type ModelContext,
  type PreparedData,
  type SimulatorData,
} from '../../../workers/model/model-data';
import { DEFAULT_PARAMS, type ScenarioParams } from '../../../workers/model/parameters';

let cached: SimulatorData | null = null;

/** The built-in dataset from data/ (parsed once per test file). */
export function builtinData(): SimulatorData {
  cached ??= loadSimulatorData();
  return cached;
}

export function prepared(data: SimulatorData = builtinData()): PreparedData {
  const r = prepareData(data);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.value;
}

export function context(changes: Partial<ScenarioParams> = {}, data: PreparedData = prepared()): ModelContext {
  const r = buildContext(data, { ...DEFAULT_PARAMS, ...changes });
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.value;
}

/** Parameters of "everything goes to plan": every milestone met, no delay or overrun, full realisation, all reserve projects signed. */
export const FULL_PLAN: Partial<ScenarioParams> = {
  resumedByMayPct: 100,
  startedByAugustPct: 100,
  durationOverrunPct: 0,
  realisationPct: 100,
  reserveSignedPct: 100,
  reserveLagMonths: 0,
  realisationSpreadPct: 0,
  utilisationSpreadPct: 0,
};
