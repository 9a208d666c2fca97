/**
 * Problems found in a scenario coming through a door (imported file, share link, saved store), kept
 * as a message key plus values so the panel can show them in whichever language is active when it
 * renders, not the one active when the file was read.
 */
import { PARAMETER_TABLE, type NumericParamId } from '../../workers/model/parameters';
import type { ParamIssue } from '../../workers/model/validate-params';
import { localText, translate, type Lang, type MessageKey } from '../i18n/i18n';

export interface ScenarioIssue {
  key: MessageKey;
  values?: Record<string, string | number>;
  /** When set, `{label}` is filled with the parameter's label in the shown language. */
  paramId?: NumericParamId;
}

const specs = new Map(PARAMETER_TABLE.map((s) => [s.id as string, s]));

/** A short, bounded rendering of an offending value: the message must not echo a whole file back. */
export function describeValue(value: unknown): string {
  if (value === undefined) return '—';
  if (typeof value === 'number') return String(value);
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function valueAt(input: unknown, path: string): unknown {
  let current: unknown = input;
  for (const part of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/**
 * Turns one issue of the simulator's validator into a translatable issue. The validator's own text is
 * English; the common cases (a slider parameter out of range, an unknown parameter, site or cluster)
 * get a message in both languages, anything rarer keeps the validator's text as the detail.
 * @example fromParamIssue({ path: 'runs', message: '…' }, { runs: -5 })
 *   // → { key: 'scenarios.issue.paramInteger', paramId: 'runs', values: { path: 'runs', min: 1, max: 100000, got: '-5' } }
 */
export function fromParamIssue(issue: ParamIssue, params: unknown): ScenarioIssue {
  const spec = specs.get(issue.path);
  if (spec) {
    const values = {
      path: spec.id,
      min: spec.min,
      max: spec.max,
      step: spec.step,
      got: describeValue(valueAt(params, issue.path)),
    };
    const key: MessageKey =
      spec.integer && spec.step > 1
        ? 'scenarios.issue.paramMultiple'
        : spec.integer
          ? 'scenarios.issue.paramInteger'
          : 'scenarios.issue.paramRange';
    return { key, values, paramId: spec.id };
  }
  if (issue.message.startsWith('unknown parameter')) return { key: 'scenarios.issue.unknownParam', values: { path: issue.path } };
  const unknownId = /^(siteDelayMonths|clusterOverrides)\.(.*)$/.exec(issue.path);
  if (unknownId && issue.message.includes(': unknown ')) {
    const key: MessageKey = unknownId[1] === 'siteDelayMonths' ? 'scenarios.issue.unknownSite' : 'scenarios.issue.unknownCluster';
    return { key, values: { id: unknownId[2] ?? '' } };
  }
  return { key: 'scenarios.issue.paramOther', values: { path: issue.path, detail: issue.message } };
}

/**
 * The issue as one sentence in `language`.
 * @example formatIssue({ key: 'scenarios.issue.notJson' }, 'en') // "The file is not valid JSON."
 */
export function formatIssue(issue: ScenarioIssue, language: Lang): string {
  const values: Record<string, string | number> = { ...issue.values };
  if (issue.paramId) {
    const spec = specs.get(issue.paramId);
    if (spec) values['label'] = localText(spec.label, language);
  }
  return translate(language, issue.key, values);
}
