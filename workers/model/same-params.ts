import type { ScenarioParams } from './parameters';

/** JSON text with object keys sorted at every level, so key order never makes two values differ. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Whether two parameter sets give the same simulation: equal values, whatever the order of their keys
 * (site delays and cluster overrides included).
 * @example sameParams(presetParams('on-plan'), scenarioParams.value)
 */
export function sameParams(a: ScenarioParams, b: ScenarioParams): boolean {
  return canonical(a) === canonical(b);
}
