import Papa from 'papaparse';
import { z } from 'zod';
import { SOURCE_LANGUAGE, type LocalizedText } from '../localized-text';
import { calendarDate, inPeriod, type SimulatedPeriod } from './simulated-period';

/** Columns of data/projects.csv, in file order. */
export const PROJECT_CSV_COLUMNS = [
  'id',
  'name_zh',
  'name_en',
  'site_id',
  'cluster_id',
  'type',
  'category',
  'total_investment_wan',
  'invested_before_wan',
  'planned_start',
  'construction_months',
  'full_output_wan',
  'rampup_months',
  'provenance',
] as const;

export type ProjectCsvColumn = (typeof PROJECT_CSV_COLUMNS)[number];

export const PROJECT_TYPES = ['continuing', 'new', 'reserve'] as const;
export const PROJECT_CATEGORIES = ['industry', 'livelihood', 'infrastructure'] as const;
export const PROJECT_PROVENANCES = ['illustrative', 'imported', 'public-source'] as const;

export type ProjectType = (typeof PROJECT_TYPES)[number];
export type ProjectCategory = (typeof PROJECT_CATEGORIES)[number];

// Cells arrive as strings; each numeric cell is checked as text first so the message can quote it.
function numberCell(min: number, max: number, integer: boolean) {
  return z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/, { error: (iss) => `must be a number (got "${String(iss.input)}")` })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, { error: `must be at least ${min}` })
        .max(max, { error: `must be at most ${max}` })
        .refine((v) => !integer || Number.isInteger(v), { error: 'must be a whole number' }),
    );
}

const monthCell = z
  .string()
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: (iss) => `must be a month YYYY-MM (got "${String(iss.input)}")` });

/** Schema of one CSV row (all cells as text), producing a typed project. */
export const projectRowSchema = z
  .object({
    id: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, { error: 'must be letters, digits, "-", "_" or "." (no spaces)' }),
    name_zh: z.string().trim().min(1, { error: 'must not be empty' }),
    name_en: z.string().trim().min(1, { error: 'must not be empty' }),
    site_id: z.string().trim().min(1, { error: 'must not be empty' }),
    cluster_id: z.string().trim().min(1, { error: 'must not be empty' }),
    type: z.enum(PROJECT_TYPES, { error: `must be one of ${PROJECT_TYPES.join(', ')}` }),
    category: z.enum(PROJECT_CATEGORIES, { error: `must be one of ${PROJECT_CATEGORIES.join(', ')}` }),
    total_investment_wan: numberCell(0.01, 1e9, false),
    invested_before_wan: numberCell(0, 1e9, false),
    planned_start: monthCell,
    construction_months: numberCell(1, 120, true),
    full_output_wan: numberCell(0, 1e10, false),
    rampup_months: numberCell(0, 120, true),
    provenance: z.enum(PROJECT_PROVENANCES, { error: `must be one of ${PROJECT_PROVENANCES.join(', ')}` }),
  })
  .superRefine((row, ctx) => {
    if (row.invested_before_wan > row.total_investment_wan) {
      ctx.addIssue({
        code: 'custom',
        path: ['invested_before_wan'],
        params: { code: 'exceeds-total', value: row.invested_before_wan, total: row.total_investment_wan },
        message: `must not exceed total_investment_wan (${row.invested_before_wan} > ${row.total_investment_wan})`,
      });
    }
    if (row.type !== 'continuing' && row.invested_before_wan !== 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['invested_before_wan'],
        params: { code: 'before-not-continuing', type: row.type },
        message: `must be 0 for a ${row.type} project (only continuing projects have investment before the start)`,
      });
    }
  });

/** One project of the pipeline; field names are the CSV column names, money in 万元. */
export type Project = z.infer<typeof projectRowSchema>;

/**
 * A project's name as localised text. The CSV is a flat table, so it keeps one column per language
 * (`name_zh`, `name_en`, as planners' templates have them); everything past this door reads this.
 */
export const projectName = (project: Pick<Project, 'name_zh' | 'name_en'>): LocalizedText => ({
  [SOURCE_LANGUAGE]: project.name_zh,
  en: project.name_en,
});

/**
 * Header labels of the import template (zh / en). A template header cell is `<zh label> <column>`,
 * e.g. `总投资（万元） total_investment_wan`; see `projectColumnOf` for what else is accepted.
 */
export const PROJECT_COLUMN_LABELS: Record<ProjectCsvColumn, { zh: string; en: string }> = {
  id: { zh: '项目编号', en: 'Project ID' },
  name_zh: { zh: '项目名称（中文）', en: 'Name (Chinese)' },
  name_en: { zh: '项目名称（英文）', en: 'Name (English)' },
  site_id: { zh: '园区编号', en: 'Site ID' },
  cluster_id: { zh: '产业集群编号', en: 'Cluster ID' },
  type: { zh: '项目类型', en: 'Type' },
  category: { zh: '项目类别', en: 'Category' },
  total_investment_wan: { zh: '总投资（万元）', en: 'Total investment (10k yuan)' },
  invested_before_wan: { zh: '开工前已完成投资（万元）', en: 'Invested before the start (10k yuan)' },
  planned_start: { zh: '计划开（复）工月份', en: 'Planned (re)start month' },
  construction_months: { zh: '建设工期（月）', en: 'Construction months' },
  full_output_wan: { zh: '达产年产值（万元）', en: 'Full annual output (10k yuan)' },
  rampup_months: { zh: '达产爬坡期（月）', en: 'Ramp-up months' },
  provenance: { zh: '数据来源', en: 'Provenance' },
};

/** Chinese spellings accepted for the enumerated columns (the file keeps the English values). */
const ENUM_ALIASES: Partial<Record<ProjectCsvColumn, Record<string, string>>> = {
  type: { 续建: 'continuing', 新建: 'new', 储备: 'reserve' },
  category: { 产业: 'industry', 工业: 'industry', 民生: 'livelihood', 基础设施: 'infrastructure' },
  provenance: { 示意: 'illustrative', 导入: 'imported', 公开资料: 'public-source' },
};

/**
 * Maps a header cell to its canonical column name, or null. Accepted (see `headerForms`): the column
 * name (`total_investment_wan`), the Chinese label (`总投资（万元）`), the English label
 * (`Total investment (10k yuan)`), and any two of these together, either order, the second optionally
 * in brackets (`总投资（万元） total_investment_wan`, `总投资（万元）(Total investment (10k yuan))`); also
 * any Chinese text followed by the column name. Case, spaces, full-width forms and a BOM are ignored.
 * @example projectColumnOf('项目编号 id') === 'id'; projectColumnOf('Site ID') === 'site_id'
 */
export function projectColumnOf(header: string): ProjectCsvColumn | null {
  return columnOf(header, PROJECT_CSV_COLUMNS, PROJECT_COLUMN_LABELS);
}

/**
 * A header cell reduced to what identifies it: Unicode compatibility forms folded (full-width
 * brackets and letters become ASCII), lower case, no whitespace, every bracket a round one.
 */
export function headerKey(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/[[【〔]/g, '(')
    .replace(/[\]】〕]/g, ')');
}

/** Every documented spelling of one column's header cell (what the README's tables promise). */
export function headerForms(column: string, label: { zh: string; en: string }): string[] {
  const names = [column, label.zh, label.en];
  const forms = [...names];
  for (const a of names)
    for (const b of names) if (a !== b) forms.push(`${a} ${b}`, `${a} (${b})`, `${a}（${b}）`, `${a} [${b}]`);
  return forms;
}

const headerTables = new WeakMap<object, Map<string, string>>();

/** The lookup table of `headerForms` keys → column, built once per label table. */
function headerTable<C extends string>(columns: readonly C[], labels: Record<C, { zh: string; en: string }>): Map<string, C> {
  let table = headerTables.get(labels) as Map<string, C> | undefined;
  if (!table) {
    table = new Map();
    for (const column of columns)
      for (const form of headerForms(column, labels[column])) {
        const key = headerKey(form);
        const other = table.get(key);
        // Two columns with one spelling would make a file ambiguous: a programming error, caught by tests.
        if (other !== undefined && other !== column) throw new Error(`header "${form}" fits ${other} and ${column}`);
        table.set(key, column);
      }
    headerTables.set(labels, table);
  }
  return table;
}

/**
 * Shared header matching for the import templates (projects and progress reports). A whole-cell match
 * comes first, so an English label ending in a word that is also a column ("Site ID") is never read
 * as that column ("id").
 */
export function columnOf<C extends string>(
  header: string,
  columns: readonly C[],
  labels: Record<C, { zh: string; en: string }>,
): C | null {
  const key = headerKey(header);
  const exact = headerTable(columns, labels).get(key);
  if (exact !== undefined) return exact;
  // `<Chinese text> <column>`: a planner's own Chinese wording before the column name. The prefix must
  // hold no Latin letter, so English words are never cut apart.
  const m = /^([^a-z]+?)\(?([a-z][a-z0-9_]*)\)?$/.exec(key);
  if (m && /\p{Script=Han}/u.test(m[1]!) && (columns as readonly string[]).includes(m[2]!)) return m[2] as C;
  return null;
}

/** The template header cell of a column: `<zh label> <column>`. */
export function templateHeader<C extends string>(column: C, labels: Record<C, { zh: string; en: string }>): string {
  return `${labels[column].zh} ${column}`;
}

/** What went wrong, as a code with parameters, so the UI can say it in the user's language. */
export type ProjectIssueCode =
  | 'missing-column'
  | 'unexpected-column'
  | 'duplicate-column'
  | 'csv-syntax'
  | 'csv-quote'
  | 'missing-value'
  | 'empty'
  | 'not-number'
  | 'negative'
  | 'below-min'
  | 'above-max'
  | 'not-integer'
  | 'not-month'
  | 'not-calendar-date'
  | 'month-out-of-period'
  | 'bad-id'
  | 'bad-enum'
  | 'exceeds-total'
  | 'before-not-continuing'
  | 'unknown-site'
  | 'unknown-cluster'
  | 'duplicate-id'
  | 'no-rows'
  | 'too-many-rows';

/** A problem with its code and parameters (`message` is the English text of `parseProjectsCsv`). */
export interface ProjectRowIssue {
  row: number;
  column: ProjectCsvColumn | null;
  code: ProjectIssueCode;
  params: Record<string, string | number>;
  message: string;
}

/** A problem in a projects file: `row` is the 1-based data row (file line = row + 1), 0 for the header. */
export interface ProjectCsvIssue {
  row: number;
  column: ProjectCsvColumn | null;
  message: string;
}

export type ProjectsCsvResult = { ok: true; projects: Project[] } | { ok: false; issues: ProjectCsvIssue[] };

export interface ProjectsCsvOptions {
  /** Known site ids (from data/parks.geojson); when given, other site_id values are rejected. */
  siteIds?: readonly string[];
  /** Known cluster ids (from data/clusters.json); when given, other cluster_id values are rejected. */
  clusterIds?: readonly string[];
  /** Stop collecting after this many issues (default 50), so a wrong file does not flood the UI. */
  maxIssues?: number;
  /** When given, a planned_start outside it is refused with the range (see `simulatedPeriod`). */
  period?: SimulatedPeriod;
}

/** Formats an issue as one line, e.g. `row 3, column site_id: unknown site "x"`. */
export function formatProjectCsvIssue(issue: ProjectCsvIssue): string {
  const where = issue.row === 0 ? 'header' : `row ${issue.row}`;
  return issue.column ? `${where}, column ${issue.column}: ${issue.message}` : `${where}: ${issue.message}`;
}

const NUMBER_COLUMNS = new Set<string>([
  'total_investment_wan',
  'invested_before_wan',
  'construction_months',
  'full_output_wan',
  'rampup_months',
]);
const ENUM_VALUES: Partial<Record<ProjectCsvColumn, readonly string[]>> = {
  type: PROJECT_TYPES,
  category: PROJECT_CATEGORIES,
  provenance: PROJECT_PROVENANCES,
};

/** Turns a zod issue of one cell into a code and parameters. */
function classify(
  issue: z.core.$ZodIssue,
  column: ProjectCsvColumn | null,
  raw: string | undefined,
): Pick<ProjectRowIssue, 'code' | 'params'> {
  const value = raw ?? '';
  const custom = (issue as { params?: { code?: ProjectIssueCode } & Record<string, string | number> }).params;
  if (issue.code === 'custom' && custom?.code) {
    const { code, ...params } = custom;
    return { code, params };
  }
  if (raw === undefined) return { code: 'missing-value', params: {} };
  if (issue.code === 'invalid_value')
    return { code: 'bad-enum', params: { value, allowed: (ENUM_VALUES[column ?? 'id'] ?? []).join(', ') } };
  if (issue.code === 'invalid_format') {
    if (column && NUMBER_COLUMNS.has(column)) return { code: 'not-number', params: { value } };
    if (column === 'planned_start') return { code: 'not-month', params: { value } };
    return { code: 'bad-id', params: { value } };
  }
  if (issue.code === 'too_small') {
    if (column && NUMBER_COLUMNS.has(column)) {
      return Number(value) < 0
        ? { code: 'negative', params: { value } }
        : { code: 'below-min', params: { value, min: Number(issue.minimum) } };
    }
    return { code: 'empty', params: {} };
  }
  if (issue.code === 'too_big') return { code: 'above-max', params: { value, max: Number(issue.maximum) } };
  if (issue.code === 'custom') return { code: 'not-integer', params: { value } };
  return { code: 'empty', params: {} };
}

/** A header row and data rows of cells as text (from a CSV or a spreadsheet). */
export interface ProjectTable {
  header: readonly string[];
  rows: readonly (readonly string[])[];
  /** Issues found while reading the file (CSV syntax), by data row. */
  readIssues?: readonly ProjectRowIssue[];
}

export interface ProjectValidation {
  /** The valid rows, in file order (all rows when there are no issues). */
  projects: Project[];
  /** 1-based data rows of `projects`, for the preview. */
  projectRows: number[];
  issues: ProjectRowIssue[];
  /** 1-based data rows that have at least one issue (skipped by "apply and skip bad rows"). */
  badRows: Set<number>;
  /** Data rows in the file. */
  rowCount: number;
  /** True when a header problem makes every row unusable (nothing can be applied). */
  fatal: boolean;
}

export interface ValidateOptions extends ProjectsCsvOptions {
  /** Called between batches with the rows done; awaited, so a UI can repaint (async variant only). */
  onProgress?: (done: number, total: number) => void | Promise<void>;
  /** Rows per batch between progress calls (default 2000). */
  batchRows?: number;
}

/** Strips the apostrophe that export puts before a cell starting with = + - @ (spreadsheet formula guard). */
export function unguardCell(cell: string): string {
  return /^'+[=+\-@]/.test(cell) ? cell.slice(1) : cell;
}

/**
 * A month cell as `YYYY-MM`: also accepts 2017-6, 2017/06, 2017年6月 and a full date (a spreadsheet may
 * have turned the month into one), whose day must exist in that month (2017/2/30 is refused).
 * @example parseMonthCell('2017年6月') // { ok: true, month: '2017-06' }
 */
export function parseMonthCell(
  text: string,
): { ok: true; month: string } | { ok: false; code: 'not-month' | 'not-calendar-date' } {
  const m = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:月|[-/.]\s*(\d{1,2})\s*日?|月\s*(\d{1,2})\s*日)?\s*$/.exec(text);
  if (!m) return { ok: false, code: 'not-month' };
  const [year, month] = [Number(m[1]), Number(m[2])];
  if (month < 1 || month > 12) return { ok: false, code: 'not-month' };
  const day = m[3] ?? m[4];
  if (day !== undefined && calendarDate(year, month, Number(day)) === null) return { ok: false, code: 'not-calendar-date' };
  return { ok: true, month: `${m[1]}-${String(month).padStart(2, '0')}` };
}

/**
 * `parseMonthCell` as text: the month, or the cell unchanged for the schema to reject.
 * @example normalizeMonthCell('2017年6月') === '2017-06'
 */
export function normalizeMonthCell(text: string): string {
  const parsed = parseMonthCell(text);
  return parsed.ok ? parsed.month : text;
}

function headerIssues(header: readonly string[]): { map: (ProjectCsvColumn | null)[]; issues: ProjectRowIssue[] } {
  const issues: ProjectRowIssue[] = [];
  const map = header.map((h) => projectColumnOf(h));
  for (const column of PROJECT_CSV_COLUMNS) {
    const count = map.filter((c) => c === column).length;
    if (count === 0)
      issues.push({ row: 0, column, code: 'missing-column', params: { column }, message: `missing column "${column}"` });
    if (count > 1)
      issues.push({
        row: 0,
        column,
        code: 'duplicate-column',
        params: { column },
        message: `column "${column}" appears ${count} times`,
      });
  }
  header.forEach((h, i) => {
    if (map[i] === null && h.trim() !== '') {
      issues.push({
        row: 0,
        column: null,
        code: 'unexpected-column',
        params: { header: h.trim(), expected: PROJECT_CSV_COLUMNS.join(', ') },
        message: `unexpected column "${h.trim()}" (expected: ${PROJECT_CSV_COLUMNS.join(', ')})`,
      });
    }
  });
  return { map, issues };
}

/** Validates rows start..end of a table into `out` (shared by the sync and async variants). */
function validateRange(
  table: ProjectTable,
  map: (ProjectCsvColumn | null)[],
  start: number,
  end: number,
  state: {
    sites: Set<string> | null;
    clusters: Set<string> | null;
    seen: Map<string, number>;
    out: ProjectValidation;
    maxIssues: number;
    period: SimulatedPeriod | null;
  },
): void {
  const { out } = state;
  for (let index = start; index < end; index++) {
    const row = index + 1;
    const cells = table.rows[index]!;
    const raw: Record<string, string> = {};
    map.forEach((column, i) => {
      if (!column) return;
      const cell = cells[i];
      if (cell === undefined) return;
      const text = unguardCell(cell);
      raw[column] = column === 'planned_start' ? normalizeMonthCell(text) : (ENUM_ALIASES[column]?.[text.trim()] ?? text);
    });
    const rowIssues: ProjectRowIssue[] = [];
    const month = raw['planned_start'] === undefined ? null : parseMonthCell(raw['planned_start']);
    if (month && !month.ok && month.code === 'not-calendar-date') {
      const value = raw['planned_start']!.trim();
      rowIssues.push({
        row,
        column: 'planned_start',
        code: 'not-calendar-date',
        params: { value },
        message: `"${value}" is not a date of the calendar`,
      });
    }
    const result = projectRowSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const column = (issue.path[0] as ProjectCsvColumn | undefined) ?? null;
        // Already reported more exactly above.
        if (column === 'planned_start' && rowIssues.length > 0) continue;
        const cell = column ? raw[column] : undefined;
        const message = issue.code === 'invalid_type' && cell === undefined ? 'missing value' : issue.message;
        rowIssues.push({ row, column, ...classify(issue, column, cell), message });
      }
    } else {
      const project = result.data;
      if (state.period && !inPeriod(project.planned_start, state.period)) {
        const { first, last } = state.period;
        rowIssues.push({
          row,
          column: 'planned_start',
          code: 'month-out-of-period',
          params: { value: project.planned_start, first, last },
          message: `${project.planned_start} is outside the simulated period ${first} to ${last}`,
        });
      }
      if (state.sites && !state.sites.has(project.site_id)) {
        rowIssues.push({
          row,
          column: 'site_id',
          code: 'unknown-site',
          params: { value: project.site_id, known: [...state.sites].join(', ') },
          message: `unknown site "${project.site_id}" (known: ${[...state.sites].join(', ')})`,
        });
      }
      if (state.clusters && !state.clusters.has(project.cluster_id)) {
        rowIssues.push({
          row,
          column: 'cluster_id',
          code: 'unknown-cluster',
          params: { value: project.cluster_id, known: [...state.clusters].join(', ') },
          message: `unknown cluster "${project.cluster_id}" (known: ${[...state.clusters].join(', ')})`,
        });
      }
      const previous = state.seen.get(project.id);
      if (previous !== undefined) {
        rowIssues.push({
          row,
          column: 'id',
          code: 'duplicate-id',
          params: { value: project.id, first: previous },
          message: `duplicate id "${project.id}" (first used in row ${previous})`,
        });
      } else {
        state.seen.set(project.id, row);
      }
      if (rowIssues.length === 0) {
        out.projects.push(project);
        out.projectRows.push(row);
      }
    }
    if (rowIssues.length > 0) {
      out.badRows.add(row);
      for (const issue of rowIssues) if (out.issues.length < state.maxIssues) out.issues.push(issue);
    }
  }
}

function startValidation(table: ProjectTable, options: ProjectsCsvOptions) {
  const { map, issues } = headerIssues(table.header);
  const out: ProjectValidation = {
    projects: [],
    projectRows: [],
    issues,
    badRows: new Set(),
    rowCount: table.rows.length,
    fatal: issues.length > 0,
  };
  for (const issue of table.readIssues ?? []) {
    out.issues.push(issue);
    if (issue.row > 0) out.badRows.add(issue.row);
  }
  const state = {
    sites: options.siteIds ? new Set(options.siteIds) : null,
    clusters: options.clusterIds ? new Set(options.clusterIds) : null,
    seen: new Map<string, number>(),
    out,
    maxIssues: options.maxIssues ?? 50,
    period: options.period ?? null,
  };
  return { map, state, out };
}

function finishValidation(out: ProjectValidation): ProjectValidation {
  if (out.fatal) {
    out.projects = [];
    out.projectRows = [];
  } else if (out.rowCount === 0) {
    out.issues.push({ row: 0, column: null, code: 'no-rows', params: {}, message: 'the file has no projects' });
    out.fatal = true;
  }
  // CSV syntax issues were recorded before the rows; a row with one must not count as valid.
  if (out.badRows.size > 0) {
    const keep = out.projectRows.map((row) => !out.badRows.has(row));
    out.projects = out.projects.filter((_, i) => keep[i]);
    out.projectRows = out.projectRows.filter((_, i) => keep[i]);
  }
  return out;
}

/**
 * Validates a table of project rows: the header (any accepted spelling, see `projectColumnOf`), then
 * every row, collecting issues with codes (for messages in the user's language) and keeping the valid
 * rows apart, so a caller can offer to apply the file without its bad rows.
 * @example validateProjectTable({ header, rows }, { siteIds, clusterIds }).badRows.size
 */
export function validateProjectTable(table: ProjectTable, options: ProjectsCsvOptions = {}): ProjectValidation {
  const { map, state, out } = startValidation(table, options);
  if (!out.fatal) validateRange(table, map, 0, table.rows.length, state);
  return finishValidation(out);
}

/**
 * The same as `validateProjectTable`, in batches, awaiting `onProgress` between them so that a page
 * stays responsive on a file of many thousands of rows.
 */
export async function validateProjectTableAsync(table: ProjectTable, options: ValidateOptions = {}): Promise<ProjectValidation> {
  const { map, state, out } = startValidation(table, options);
  const batch = Math.max(1, options.batchRows ?? 2000);
  if (!out.fatal) {
    for (let start = 0; start < table.rows.length; start += batch) {
      const end = Math.min(table.rows.length, start + batch);
      validateRange(table, map, start, end, state);
      await options.onProgress?.(end, table.rows.length);
    }
  }
  return finishValidation(out);
}

/**
 * Reads CSV text (optional BOM) into a table; syntax problems become issues of their rows. Line ends
 * are made uniform first: papaparse takes the first line end it sees as the only one, so a file with
 * CRLF and LF lines mixed (an edited export) would otherwise read several lines as one row.
 */
export function readProjectsCsvTable(text: string): ProjectTable {
  const source = (text.startsWith('\uFEFF') ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  const parsed = Papa.parse<string[]>(source, { header: false, skipEmptyLines: 'greedy', newline: '\n' });
  const [header = [], ...rows] = parsed.data;
  const readIssues: ProjectRowIssue[] = parsed.errors.map((error) => {
    const quote = error.type === 'Quotes';
    return {
      // papaparse counts rows from 0 including the header here.
      row: Math.max(0, error.row ?? 0),
      column: null,
      code: quote ? ('csv-quote' as const) : ('csv-syntax' as const),
      // Papaparse's own text is English engine wording; the code says what is wrong.
      params: {},
      message: quote ? 'CSV syntax: a quoted cell is not closed or has a stray quote' : `CSV syntax: ${error.message}`,
    };
  });
  return { header: header.map((h) => h.trim()), rows, readIssues };
}

/**
 * Parses and validates the text of a projects CSV (UTF-8, optional BOM, header row required).
 * Every issue names its row and column; nothing is returned unless the whole file is valid.
 * @example
 *   const r = parseProjectsCsv(text, { siteIds, clusterIds });
 *   if (!r.ok) console.error(r.issues.map(formatProjectCsvIssue).join('\n'));
 */
export function parseProjectsCsv(text: string, options: ProjectsCsvOptions = {}): ProjectsCsvResult {
  const maxIssues = options.maxIssues ?? 50;
  const result = validateProjectTable(readProjectsCsvTable(text), { ...options, maxIssues });
  if (result.issues.length === 0) return { ok: true, projects: result.projects };
  return { ok: false, issues: result.issues.slice(0, maxIssues).map(({ row, column, message }) => ({ row, column, message })) };
}
