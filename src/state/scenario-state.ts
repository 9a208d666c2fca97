import { computed, effect, signal } from '@preact/signals';
import { DEFAULT_PARAMS, type ScenarioParams } from '../../workers/model/parameters';
import type { SimulationResult } from '../../workers/model/result-types';
import type { SensitivityResult } from '../../workers/model/sensitivity';

/**
 * Scenario state shared by the assumptions panel, the charts, the map's time view and the saved
 * scenarios. Every change of the parameters creates a new object; a result remembers the exact
 * params object it was computed from, so a result that no longer matches the inputs is never shown
 * as current.
 */
export const scenarioParams = signal<ScenarioParams>({ ...DEFAULT_PARAMS });

/** Display name of the scenario being edited (a preset's name until the user saves or renames). */
export const scenarioName = signal<string>('');

export interface ResultFor {
  params: ScenarioParams;
  result: SimulationResult;
}

/** The latest expected-mode result (instant, exact). */
export const expectedResult = signal<ResultFor | null>(null);
/** The latest Monte-Carlo result (refines the expected one; carries P10/P50/P90). */
export const monteCarloResult = signal<ResultFor | null>(null);
/** One-at-a-time sensitivity of the target-year GDP growth, for the tornado chart. */
export const sensitivityResult = signal<{ params: ScenarioParams; sensitivity: SensitivityResult } | null>(null);
/** The sensitivity for the current inputs, or the last one while a newer one is computed. */
export const shownSensitivity = computed(() => sensitivityResult.value?.sensitivity ?? null);
/** Monte-Carlo progress 0–1 while a run is under way, null when idle. */
export const monteCarloProgress = signal<number | null>(null);
/** The last error the simulator reported (validation or failure), in the user's language. */
export const simulatorError = signal<string | null>(null);

/**
 * The result to show: Monte Carlo when it matches the current inputs, otherwise the expected-mode
 * result when it does, otherwise null (inputs changed and nothing for them has arrived yet).
 */
export const currentResult = computed<SimulationResult | null>(() => {
  const params = scenarioParams.value;
  const mc = monteCarloResult.value;
  if (mc && mc.params === params) return mc.result;
  const expected = expectedResult.value;
  if (expected && expected.params === params) return expected.result;
  return null;
});

/**
 * What the charts draw: the current result, or while a newer one is computed, the last one shown
 * (flagged by `resultIsStale` so the UI can say "updating"). Never an older result over a newer one:
 * it only ever advances to a result that matched the inputs when it arrived.
 */
export const shownResult = signal<SimulationResult | null>(null);
effect(() => {
  const current = currentResult.value;
  if (current) shownResult.value = current;
});
export const resultIsStale = computed(() => currentResult.value === null && shownResult.value !== null);

/** December of the target year: the month the article's annual targets are judged at. */
export const DEFAULT_MONTH_INDEX = 11;
/** The month shown on the map and marked on the charts, as an index from the result's start month. */
export const currentMonthIndex = signal<number>(DEFAULT_MONTH_INDEX);
