/**
 * One-at-a-time sensitivity (for a tornado chart): each parameter with a `sensitivityStep` in the
 * parameter table is moved down and up by that step (clamped to its range) with all others fixed,
 * and the named outcome is recomputed in expected mode.
 */
import { buildContext, type PreparedData } from './model-data';
import { PARAMETER_TABLE, type NumericParamId, type ScenarioParams } from './parameters';
import type { SimulationResult } from './result-types';
import { simulateExpected } from './simulate';

export const SENSITIVITY_OUTCOMES = [
  { id: 'gdpGrowthTargetYear', label: { 'zh-CN': '目标年地区生产总值增速', en: 'GDP growth in the target year' }, unit: '%' },
  { id: 'investmentTargetYear', label: { 'zh-CN': '目标年项目投资', en: 'Project investment in the target year' }, unit: '万元' },
  {
    id: 'grossOutputTargetYear',
    label: { 'zh-CN': '目标年产业总产值', en: 'Gross output of the clusters in the target year' },
    unit: '万元',
  },
] as const;

export type SensitivityOutcome = (typeof SENSITIVITY_OUTCOMES)[number]['id'];

export interface SensitivityRow {
  parameter: NumericParamId;
  low: number;
  high: number;
  outcomeLow: number;
  outcomeHigh: number;
  /** outcomeHigh − outcomeLow. */
  swing: number;
}

export interface SensitivityResult {
  outcome: SensitivityOutcome;
  base: number;
  /** Sorted by |swing|, largest first; parameters already at both ends of their range are left out. */
  rows: SensitivityRow[];
}

/** Reads a named outcome from a result. @example outcomeValue(r, 'gdpGrowthTargetYear') // 8.5 */
export function outcomeValue(result: SimulationResult, outcome: SensitivityOutcome): number {
  const y = result.targetYearIndex;
  switch (outcome) {
    case 'gdpGrowthTargetYear':
      return result.gdpGrowthYear[y]!;
    case 'investmentTargetYear':
      return result.investmentYear[y]!;
    case 'grossOutputTargetYear':
      return result.grossOutputYear[y]!;
  }
}

/**
 * @example sensitivity(prepared, DEFAULT_PARAMS, 'gdpGrowthTargetYear').rows[0].parameter
 */
export function sensitivity(data: PreparedData, params: ScenarioParams, outcome: SensitivityOutcome): SensitivityResult {
  const evaluate = (p: ScenarioParams): number => {
    const ctx = buildContext(data, p);
    return ctx.ok ? outcomeValue(simulateExpected(ctx.value), outcome) : Number.NaN;
  };
  const base = evaluate(params);
  const rows: SensitivityRow[] = [];
  for (const spec of PARAMETER_TABLE) {
    if (spec.sensitivityStep === null) continue;
    const value = params[spec.id];
    const low = Math.max(spec.min, value - spec.sensitivityStep);
    const high = Math.min(spec.max, value + spec.sensitivityStep);
    if (low === high) continue;
    const outcomeLow = low === value ? base : evaluate({ ...params, [spec.id]: low });
    const outcomeHigh = high === value ? base : evaluate({ ...params, [spec.id]: high });
    rows.push({ parameter: spec.id, low, high, outcomeLow, outcomeHigh, swing: outcomeHigh - outcomeLow });
  }
  rows.sort((a, b) => Math.abs(b.swing) - Math.abs(a.swing));
  return { outcome, base, rows };
}
