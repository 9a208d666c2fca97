/**
 * The scenario file the app exports and imports:
 *   { "format": "tonghua-parks-scenario", "version": 1, "name": "…", "createdAt": "2017-03-01T08:00:00.000Z",
 *     "params": { <every parameter of ScenarioParams> } }
 * Exports carry every parameter (not only the changed ones) so that a file reproduces the same figures
 * even if a later version changes a default. Imports may leave parameters out; they take the default.
 * The command line runner's files (data/scenarios/*.json: preset + params, no "format") are accepted too.
 */
import { z } from 'zod';
import { DEFAULT_PARAMS, type ScenarioParams } from '../../workers/model/parameters';
import { parseScenarioFile as parseRunnerScenario } from '../../workers/model/scenario-file';
import { validateParams, type ParamsContext } from '../../workers/model/validate-params';
import { describeValue, fromParamIssue, type ScenarioIssue } from './scenario-issues';

export const SCENARIO_FILE_FORMAT = 'tonghua-parks-scenario';
export const SCENARIO_FILE_VERSION = 1;
export const SCENARIO_NAME_MAX = 80;
/** Larger than any real scenario by two orders of magnitude; refuses to parse a wrong file picked by mistake. */
export const SCENARIO_FILE_MAX_BYTES = 256 * 1024;

export interface ScenarioFile {
  format: typeof SCENARIO_FILE_FORMAT;
  version: typeof SCENARIO_FILE_VERSION;
  name: string;
  createdAt: string;
  params: ScenarioParams;
}

/** The envelope; `params` is checked afterwards by the simulator's own validator. */
export const scenarioFileSchema = z.strictObject({
  format: z.literal(SCENARIO_FILE_FORMAT),
  version: z.literal(SCENARIO_FILE_VERSION),
  name: z.string().trim().min(1).max(SCENARIO_NAME_MAX),
  createdAt: z.iso.datetime({ offset: true }),
  params: z.record(z.string(), z.unknown()),
});

/** Scenario names: trimmed, not empty, bounded (they become file names and list entries). */
export const scenarioNameSchema = z.string().trim().min(1).max(SCENARIO_NAME_MAX);

export type ScenarioFileResult = { ok: true; scenario: ScenarioFile } | { ok: false; issues: ScenarioIssue[] };

/**
 * The file for a scenario, as pretty-printed JSON.
 * @example scenarioFileJson('保守 + 延期', params, new Date()) // '{\n  "format": "tonghua-parks-scenario", …'
 */
export function scenarioFileJson(name: string, params: ScenarioParams, createdAt: Date): string {
  const file: ScenarioFile = {
    format: SCENARIO_FILE_FORMAT,
    version: SCENARIO_FILE_VERSION,
    name: name.trim(),
    createdAt: createdAt.toISOString(),
    params,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function envelopeIssues(error: z.ZodError, input: Record<string, unknown>): ScenarioIssue[] {
  return error.issues.map((issue): ScenarioIssue => {
    if (issue.code === 'unrecognized_keys')
      return { key: 'scenarios.issue.unknownKeys', values: { keys: issue.keys.join(', ') } };
    const field = String(issue.path[0] ?? '');
    if (field === 'name') return { key: 'scenarios.issue.name', values: { max: SCENARIO_NAME_MAX } };
    if (field === 'createdAt') return { key: 'scenarios.issue.createdAt', values: { got: describeValue(input['createdAt']) } };
    if (field === 'params') return { key: 'scenarios.issue.paramsObject' };
    return { key: 'scenarios.issue.field', values: { path: issue.path.join('.'), detail: issue.message } };
  });
}

/**
 * Checks a parsed scenario (app format, or the command line runner's format) and resolves its
 * parameters. Never throws.
 * @example parseScenarioJson(JSON.parse(text), { siteIds, clusterIds })
 */
export function parseScenarioJson(json: unknown, context: ParamsContext, now: () => Date = () => new Date()): ScenarioFileResult {
  if (!isRecord(json)) return { ok: false, issues: [{ key: 'scenarios.issue.notScenario' }] };
  if (json['format'] === undefined && ('preset' in json || 'params' in json)) return parseRunnerFormat(json, context, now());
  if (json['format'] !== SCENARIO_FILE_FORMAT) return { ok: false, issues: [{ key: 'scenarios.issue.notScenario' }] };
  // A newer file is refused as a whole: guessing at a format we do not know could load wrong figures.
  if (json['version'] !== SCENARIO_FILE_VERSION) {
    return {
      ok: false,
      issues: [
        { key: 'scenarios.issue.version', values: { got: describeValue(json['version']), supported: SCENARIO_FILE_VERSION } },
      ],
    };
  }
  const envelope = scenarioFileSchema.safeParse(json);
  if (!envelope.success) return { ok: false, issues: envelopeIssues(envelope.error, json) };
  const params = validateParams(envelope.data.params, context, DEFAULT_PARAMS);
  if (!params.ok) return { ok: false, issues: params.issues.map((i) => fromParamIssue(i, envelope.data.params)) };
  return {
    ok: true,
    scenario: { ...envelope.data, format: SCENARIO_FILE_FORMAT, version: SCENARIO_FILE_VERSION, params: params.params },
  };
}

function parseRunnerFormat(json: Record<string, unknown>, context: ParamsContext, now: Date): ScenarioFileResult {
  const parsed = parseRunnerScenario(json, context);
  if (!parsed.ok) {
    return {
      ok: false,
      issues: parsed.issues.map((i) =>
        i.path.startsWith('params.')
          ? fromParamIssue({ ...i, path: i.path.slice('params.'.length) }, json['params'])
          : { key: 'scenarios.issue.field', values: { path: i.path, detail: i.message } },
      ),
    };
  }
  const s = parsed.scenario;
  const name = (s.name_zh ?? s.name_en ?? '').trim().slice(0, SCENARIO_NAME_MAX) || s.preset;
  return {
    ok: true,
    scenario: {
      format: SCENARIO_FILE_FORMAT,
      version: SCENARIO_FILE_VERSION,
      name,
      createdAt: now.toISOString(),
      params: s.params,
    },
  };
}

/**
 * Reads the text of an imported file. Bad input gives issues, never an exception.
 * @example parseScenarioText('{"format":"tonghua-parks-scenario","version":2}', ctx) // → { ok: false, issues: [{ key: 'scenarios.issue.version', … }] }
 */
export function parseScenarioText(text: string, context: ParamsContext, now: () => Date = () => new Date()): ScenarioFileResult {
  if (text.length > SCENARIO_FILE_MAX_BYTES)
    return { ok: false, issues: [{ key: 'scenarios.issue.tooLarge', values: { max: SCENARIO_FILE_MAX_BYTES / 1024 } }] };
  let json: unknown;
  try {
    // Editors on Windows save UTF-8 with a BOM; JSON.parse rejects it.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, issues: [{ key: 'scenarios.issue.notJson' }] };
  }
  return parseScenarioJson(json, context, now);
}
