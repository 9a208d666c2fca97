/**
 * Saved scenarios (data/scenarios/*.json, exports, the CLI's --scenario): an optional preset, then
 * parameter changes on top of it. Schema:
 *   { "name_zh"?: string, "name_en"?: string, "description"?: string,
 *     "preset"?: "on-plan" | "conservative" | "optimistic", "mode"?: "expected" | "montecarlo",
 *     "params"?: { <parameter id>: number, siteDelayMonths?: {…}, clusterOverrides?: {…} } }
 * The app's own scenario export ({ "format": "tonghua-parks-scenario", "version": 1, "name",
 * "createdAt", "params" }, src/scenarios/scenario-file.ts) is read too: its name stands for both
 * display names, and its params apply on top of the on-plan defaults.
 */
import { PRESETS, presetParams, type PresetId, type ScenarioParams } from './parameters';
import type { SimulationMode } from './result-types';
import { validateParams, type ParamIssue, type ParamsContext } from './validate-params';

export interface ScenarioFile {
  name_zh?: string;
  name_en?: string;
  description?: string;
  preset: PresetId;
  mode: SimulationMode | null;
  params: ScenarioParams;
}

const TEXT_KEYS = ['name_zh', 'name_en', 'description'] as const;
const KNOWN_KEYS = new Set<string>([...TEXT_KEYS, 'preset', 'mode', 'params', '$schema', '$comment']);
/** The app's export format (see the file comment). */
const APP_FORMAT = 'tonghua-parks-scenario';
const APP_KEYS = new Set<string>(['format', 'version', 'name', 'createdAt', 'params']);

/**
 * Validates a parsed scenario file and resolves its parameters (preset + changes).
 * @example parseScenarioFile({ preset: 'conservative', params: { runs: 500 } }, ctx)
 */
export function parseScenarioFile(
  json: unknown,
  context: ParamsContext,
): { ok: true; scenario: ScenarioFile } | { ok: false; issues: ParamIssue[] } {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, issues: [{ path: '', message: 'a scenario file must hold a JSON object' }] };
  }
  const obj = json as Record<string, unknown>;
  if (obj['format'] === APP_FORMAT) return parseAppExport(obj, context);
  const issues: ParamIssue[] = [];
  for (const key of Object.keys(obj)) {
    if (!KNOWN_KEYS.has(key)) issues.push({ path: key, message: `unknown key "${key}" (known: ${[...KNOWN_KEYS].join(', ')})` });
  }
  for (const key of TEXT_KEYS) {
    if (obj[key] !== undefined && typeof obj[key] !== 'string') issues.push({ path: key, message: `${key} must be text` });
  }
  const presetIds = PRESETS.map((p) => p.id) as string[];
  const preset = (obj.preset ?? 'on-plan') as PresetId;
  if (!presetIds.includes(preset))
    issues.push({ path: 'preset', message: `preset must be one of ${presetIds.join(', ')} (got ${JSON.stringify(obj.preset)})` });
  const mode = obj.mode ?? null;
  if (mode !== null && mode !== 'expected' && mode !== 'montecarlo') {
    issues.push({ path: 'mode', message: `mode must be "expected" or "montecarlo" (got ${JSON.stringify(mode)})` });
  }
  if (issues.length > 0) return { ok: false, issues };
  const params = validateParams(obj.params ?? {}, context, presetParams(preset));
  if (!params.ok) return { ok: false, issues: params.issues.map((i) => ({ path: `params.${i.path}`, message: i.message })) };
  const scenario: ScenarioFile = { preset, mode: mode as SimulationMode | null, params: params.params };
  for (const key of TEXT_KEYS) if (typeof obj[key] === 'string') scenario[key] = obj[key];
  return { ok: true, scenario };
}

function parseAppExport(
  obj: Record<string, unknown>,
  context: ParamsContext,
): { ok: true; scenario: ScenarioFile } | { ok: false; issues: ParamIssue[] } {
  const issues: ParamIssue[] = [];
  for (const key of Object.keys(obj)) {
    if (!APP_KEYS.has(key)) issues.push({ path: key, message: `unknown key "${key}" (known: ${[...APP_KEYS].join(', ')})` });
  }
  if (obj['version'] !== 1)
    issues.push({ path: 'version', message: `version must be 1 (got ${JSON.stringify(obj['version'])})` });
  if (typeof obj['name'] !== 'string') issues.push({ path: 'name', message: 'name must be text' });
  if (issues.length > 0) return { ok: false, issues };
  const params = validateParams(obj['params'] ?? {}, context, presetParams('on-plan'));
  if (!params.ok) return { ok: false, issues: params.issues.map((i) => ({ path: `params.${i.path}`, message: i.message })) };
  const name = obj['name'] as string;
  return { ok: true, scenario: { name_zh: name, name_en: name, preset: 'on-plan', mode: null, params: params.params } };
}
