/**
 * One problem found in an imported file, as a code with parameters and a place (row and column, or
 * feature). Messages are rendered in the user's language from `import.issue.<code>` in src/i18n, so
 * every code must have a message there (the types enforce it).
 */
import type { ProjectIssueCode } from '../../workers/model/input/projects-csv';
import type { ReportIssueCode } from '../../workers/model/input/progress-reports-csv';
import { translate, type Lang, type MessageKey } from '../i18n/i18n';

export type FileIssueCode =
  | 'empty-file'
  | 'too-large'
  | 'unknown-kind'
  | 'utf-16'
  | 'binary'
  | 'undecodable'
  | 'not-json'
  | 'not-feature-collection'
  | 'kml-invalid'
  | 'not-zip'
  | 'kmz-no-kml'
  | 'zip-too-large'
  | 'projected-no-prj'
  | 'projected-coordinates'
  | 'too-many-features'
  | 'shp-missing-parts'
  | 'shp-no-layer'
  | 'shp-invalid'
  | 'xlsx-invalid'
  | 'no-features'
  | 'sites-in-use'
  | 'reports-dropped'
  | 'simulator-rejects'
  | 'read-failed';

export type SiteIssueCode =
  | 'not-polygon'
  | 'bad-geometry'
  | 'swapped-coordinates'
  | 'coordinates-out-of-range'
  | 'self-intersection'
  | 'outside-county'
  | 'missing-property'
  | 'bad-enum'
  | 'invalid-property'
  | 'duplicate-id'
  | 'unknown-cluster';

export type ImportIssueCode = FileIssueCode | SiteIssueCode | ProjectIssueCode | ReportIssueCode;

export interface ImportIssue {
  /** Errors block "apply" (or make their row skippable); warnings are shown and do not. */
  severity: 'error' | 'warning';
  code: ImportIssueCode;
  /** 1-based data row (or feature number); 0 = the header; absent = the whole file. */
  row?: number;
  column?: string;
  /** The feature's id, or #n when it has none. */
  feature?: string;
  params: Record<string, string | number>;
}

const issueKey = (code: ImportIssueCode): MessageKey => `import.issue.${code}` satisfies MessageKey;

/** Where the problem is, e.g. "第 3 行，total_investment_wan 列" / "row 3, column total_investment_wan". */
export function issueLocation(issue: ImportIssue, lang: Lang, fileName?: string): string {
  if (issue.feature !== undefined)
    return translate(lang, 'import.where.feature', { feature: issue.feature, row: issue.row ?? 0 });
  if (issue.row === undefined)
    return fileName ? translate(lang, 'import.where.fileNamed', { file: fileName }) : translate(lang, 'import.where.file');
  const row = issue.row === 0 ? translate(lang, 'import.where.header') : translate(lang, 'import.where.row', { row: issue.row });
  return issue.column ? translate(lang, 'import.where.rowColumn', { row, column: issue.column }) : row;
}

/** The problem in words, in `lang`. */
export function issueMessage(issue: ImportIssue, lang: Lang): string {
  if (issue.code === 'status-backwards') {
    // Status ids are stored; the message names the stages in the reader's language.
    const stage = (id: string | number | undefined): string => translate(lang, `import.reportStatus.${String(id)}` as MessageKey);
    return translate(lang, issueKey(issue.code), {
      ...issue.params,
      earlier: stage(issue.params['earlier']),
      later: stage(issue.params['later']),
    });
  }
  const problem = issue.params['problem'];
  if (problem !== undefined) {
    // A problem code (JSON syntax, geometry, property value) worded in the reader's language.
    return translate(lang, issueKey(issue.code), {
      ...issue.params,
      problem: translate(lang, `import.problem.${String(problem)}` as MessageKey),
    });
  }
  return translate(lang, issueKey(issue.code), issue.params);
}

/** Location and message in one line, as lists and tests show it. */
export function issueText(issue: ImportIssue, lang: Lang): string {
  return `${issueLocation(issue, lang)}: ${issueMessage(issue, lang)}`;
}
