import Papa from 'papaparse';
import { z } from 'zod';

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
  .regex(/^(19|20)\d\d-(0[1-9]|1[0-2])$/, { error: (iss) => `must be a month YYYY-MM (got "${String(iss.input)}")` });

/** Schema of one CSV row (all cells as text), producing a typed project. */
export const projectRowSchema = z
  .object({
    id: z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, { error: 'must be letters, digits, "-", "_" or "." (no spaces)' }),
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
        message: `must not exceed total_investment_wan (${row.invested_before_wan} > ${row.total_investment_wan})`,
      });
    }
    if (row.type !== 'continuing' && row.invested_before_wan !== 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['invested_before_wan'],
        message: `must be 0 for a ${row.type} project (only continuing projects have investment before the start)`,
      });
    }
  });

/** One project of the pipeline; field names are the CSV column names, money in 万元. */
export type Project = z.infer<typeof projectRowSchema>;

/** A problem in a projects file: `row` is the 1-based data row (file line = row + 1), 0 for the header. */
export interface ProjectCsvIssue {
  row: number;
  column: ProjectCsvColumn | null;
  message: string;
}

export type ProjectsCsvResult =
  | { ok: true; projects: Project[] }
  | { ok: false; issues: ProjectCsvIssue[] };

export interface ProjectsCsvOptions {
  /** Known site ids (from data/parks.geojson); when given, other site_id values are rejected. */
  siteIds?: readonly string[];
  /** Known cluster ids (from data/clusters.json); when given, other cluster_id values are rejected. */
  clusterIds?: readonly string[];
  /** Stop collecting after this many issues (default 50), so a wrong file does not flood the UI. */
  maxIssues?: number;
}

/** Formats an issue as one line, e.g. `row 3, column site_id: unknown site "x"`. */
export function formatProjectCsvIssue(issue: ProjectCsvIssue): string {
  const where = issue.row === 0 ? 'header' : `row ${issue.row}`;
  return issue.column ? `${where}, column ${issue.column}: ${issue.message}` : `${where}: ${issue.message}`;
}

/**
 * Parses and validates the text of a projects CSV (UTF-8, optional BOM, header row required).
 * Every issue names its row and column; nothing is returned unless the whole file is valid.
 * @example
 *   const r = parseProjectsCsv(text, { siteIds: SITE_IDS, clusterIds });
 *   if (!r.ok) console.error(r.issues.map(formatProjectCsvIssue).join('\n'));
 */
export function parseProjectsCsv(text: string, options: ProjectsCsvOptions = {}): ProjectsCsvResult {
  const maxIssues = options.maxIssues ?? 50;
  const issues: ProjectCsvIssue[] = [];
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const parsed = Papa.parse<Record<string, string>>(source, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
  });
  const fields = parsed.meta.fields ?? [];
  for (const column of PROJECT_CSV_COLUMNS) {
    if (!fields.includes(column)) issues.push({ row: 0, column, message: `missing column "${column}"` });
  }
  for (const field of fields) {
    if (!(PROJECT_CSV_COLUMNS as readonly string[]).includes(field)) {
      issues.push({ row: 0, column: null, message: `unexpected column "${field}" (expected: ${PROJECT_CSV_COLUMNS.join(', ')})` });
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  for (const error of parsed.errors) {
    // papaparse counts data rows from 0.
    issues.push({ row: (error.row ?? -1) + 1, column: null, message: `CSV syntax: ${error.message}` });
  }

  const sites = options.siteIds ? new Set(options.siteIds) : null;
  const clusters = options.clusterIds ? new Set(options.clusterIds) : null;
  const seen = new Map<string, number>();
  const projects: Project[] = [];
  parsed.data.forEach((raw, index) => {
    if (issues.length >= maxIssues) return;
    const row = index + 1;
    const result = projectRowSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const column = (issue.path[0] as ProjectCsvColumn | undefined) ?? null;
        const message = issue.code === 'invalid_type' && raw[column ?? ''] === undefined ? 'missing value' : issue.message;
        issues.push({ row, column, message });
      }
      return;
    }
    const project = result.data;
    if (sites && !sites.has(project.site_id)) {
      issues.push({ row, column: 'site_id', message: `unknown site "${project.site_id}" (known: ${[...sites].join(', ')})` });
    }
    if (clusters && !clusters.has(project.cluster_id)) {
      issues.push({ row, column: 'cluster_id', message: `unknown cluster "${project.cluster_id}" (known: ${[...clusters].join(', ')})` });
    }
    const previous = seen.get(project.id);
    if (previous !== undefined) {
      issues.push({ row, column: 'id', message: `duplicate id "${project.id}" (first used in row ${previous})` });
    }
    seen.set(project.id, row);
    projects.push(project);
  });
  if (projects.length === 0 && issues.length === 0) issues.push({ row: 0, column: null, message: 'the file has no projects' });
  return issues.length > 0 ? { ok: false, issues: issues.slice(0, maxIssues) } : { ok: true, projects };
}
