import { DEFAULT_PARAMS, PARAMETER_TABLE, type ClusterOverride, type ParameterSpec, type ScenarioParams } from './parameters';

/** A rejected input: `path` names the parameter (e.g. `runs`, `siteDelayMonths.graphite-park`). */
export interface ParamIssue {
  path: string;
  message: string;
}

export type ParamsResult = { ok: true; params: ScenarioParams } | { ok: false; issues: ParamIssue[] };

export interface ParamsContext {
  siteIds: readonly string[];
  clusterIds: readonly string[];
}

const SITE_DELAY_MAX = 24;

const CLUSTER_OVERRIDE_RANGES: Record<keyof ClusterOverride, [number, number, string]> = {
  baselineOutputWan: [0, 1e8, '万元'],
  organicGrowthPct: [-50, 100, '%'],
  valueAddedRatePct: [0, 100, '%'],
};

function describe(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') return `the text "${value.length > 20 ? `${value.slice(0, 20)}…` : value}"`;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value;
}

function unitText(spec: ParameterSpec): string {
  return spec.unit === 'runs' || spec.unit === 'seed' || spec.unit === 'factor' ? '' : ` ${spec.unit}`;
}

function checkNumber(path: string, value: unknown, min: number, max: number, integer: boolean, unit: string): ParamIssue | null {
  const expected = `${integer ? 'a whole number' : 'a number'} between ${min} and ${max}${unit}`;
  if (typeof value !== 'number' || !Number.isFinite(value))
    return { path, message: `${path} must be ${expected} (got ${describe(value)})` };
  if (integer && !Number.isInteger(value)) return { path, message: `${path} must be ${expected} (got ${value})` };
  if (value < min || value > max)
    return { path, message: `${path} must be ${integer ? expected : expected.slice('a number '.length)} (got ${value})` };
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks a (partial) parameter object and fills the rest from `base` (default: DEFAULT_PARAMS).
 * Unknown keys, wrong types, NaN, out-of-range values and unknown site or cluster ids are rejected,
 * each with a message that names the parameter and its allowed range.
 * @example
 *   validateParams({ runs: -5 }, { siteIds: ['graphite-park'], clusterIds: ['minerals'] })
 *   // → { ok: false, issues: [{ path: 'runs', message: 'runs must be a whole number between 1 and 100000 (got -5)' }] }
 */
export function validateParams(input: unknown, context: ParamsContext, base: ScenarioParams = DEFAULT_PARAMS): ParamsResult {
  if (input === undefined) return { ok: true, params: { ...base } };
  if (!isRecord(input))
    return { ok: false, issues: [{ path: 'params', message: `params must be an object (got ${describe(input)})` }] };
  const issues: ParamIssue[] = [];
  const params: ScenarioParams = {
    ...base,
    siteDelayMonths: { ...base.siteDelayMonths },
    clusterOverrides: { ...base.clusterOverrides },
  };
  const specs = new Map(PARAMETER_TABLE.map((s) => [s.id as string, s]));

  for (const [key, value] of Object.entries(input)) {
    const spec = specs.get(key);
    if (spec) {
      const issue =
        checkNumber(key, value, spec.min, spec.max, spec.integer, unitText(spec)) ??
        (spec.integer && spec.step > 1 && (value as number) % spec.step !== 0
          ? { path: key, message: `${key} must be a multiple of ${spec.step}${unitText(spec)} (got ${String(value)})` }
          : null);
      if (issue) issues.push(issue);
      else params[spec.id] = value as number;
    } else if (key === 'siteDelayMonths') {
      if (!isRecord(value)) {
        issues.push({ path: key, message: `siteDelayMonths must be an object of site id → months (got ${describe(value)})` });
        continue;
      }
      const delays: Record<string, number> = {};
      for (const [siteId, months] of Object.entries(value)) {
        const path = `siteDelayMonths.${siteId}`;
        if (!context.siteIds.includes(siteId)) {
          issues.push({ path, message: `siteDelayMonths: unknown site "${siteId}" (known: ${context.siteIds.join(', ')})` });
          continue;
        }
        const issue = checkNumber(path, months, 0, SITE_DELAY_MAX, true, ' months');
        if (issue) issues.push(issue);
        else delays[siteId] = months as number;
      }
      params.siteDelayMonths = delays;
    } else if (key === 'clusterOverrides') {
      if (!isRecord(value)) {
        issues.push({ path: key, message: `clusterOverrides must be an object of cluster id → values (got ${describe(value)})` });
        continue;
      }
      const overrides: Record<string, ClusterOverride> = {};
      for (const [clusterId, fields] of Object.entries(value)) {
        const path = `clusterOverrides.${clusterId}`;
        if (!context.clusterIds.includes(clusterId)) {
          issues.push({
            path,
            message: `clusterOverrides: unknown cluster "${clusterId}" (known: ${context.clusterIds.join(', ')})`,
          });
          continue;
        }
        if (!isRecord(fields)) {
          issues.push({ path, message: `${path} must be an object (got ${describe(fields)})` });
          continue;
        }
        const override: ClusterOverride = {};
        for (const [field, v] of Object.entries(fields)) {
          const range = CLUSTER_OVERRIDE_RANGES[field as keyof ClusterOverride] as [number, number, string] | undefined;
          if (!range) {
            issues.push({
              path: `${path}.${field}`,
              message: `${path}: unknown field "${field}" (known: ${Object.keys(CLUSTER_OVERRIDE_RANGES).join(', ')})`,
            });
            continue;
          }
          const issue = checkNumber(`${path}.${field}`, v, range[0], range[1], false, ` ${range[2]}`);
          if (issue) issues.push(issue);
          else override[field as keyof ClusterOverride] = v as number;
        }
        overrides[clusterId] = override;
      }
      params.clusterOverrides = overrides;
    } else {
      issues.push({ path: key, message: `unknown parameter "${key}"` });
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, params };
}
