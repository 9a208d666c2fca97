/**
 * Templates and exports in the import formats: CSV (UTF-8 with a BOM, so Excel opens Chinese text
 * correctly) and XLSX with bilingual headers (`<zh label> <column>`), and the sites as GeoJSON.
 * Exporting the data in use and importing the file again gives the identical data (tested).
 */
import Papa from 'papaparse';
import type { BuiltinData } from '../data/builtin-data';
import {
  PROGRESS_REPORT_EXAMPLE,
  REPORT_COLUMN_LABELS,
  REPORT_CSV_COLUMNS,
} from '../../workers/model/input/progress-reports-csv';
import { PROJECT_COLUMN_LABELS, PROJECT_CSV_COLUMNS, templateHeader, type Project } from '../../workers/model/input/projects-csv';
import type { SiteFeature } from '../data/site-schema';
import type { ProgressReport } from '../../workers/model/model-data';
import { monthAt, startMonthOf } from '../../workers/model/calendar';

/** A cell that a spreadsheet would run as a formula gets an apostrophe; import strips exactly one. */
export function guardCell(text: string): string {
  return /^'*[=+\-@]/.test(text) ? `'${text}` : text;
}

const NUMERIC = new Set<string>([
  'total_investment_wan',
  'invested_before_wan',
  'construction_months',
  'full_output_wan',
  'rampup_months',
  'invested_to_date_wan',
]);

export const projectHeader = (): string[] => PROJECT_CSV_COLUMNS.map((c) => templateHeader(c, PROJECT_COLUMN_LABELS));
export const reportHeader = (): string[] => REPORT_CSV_COLUMNS.map((c) => templateHeader(c, REPORT_COLUMN_LABELS));

function projectCells(p: Project): (string | number)[] {
  return PROJECT_CSV_COLUMNS.map((c) => p[c]);
}

function reportCells(r: ProgressReport): (string | number)[] {
  return [r.projectId, r.reportDate, r.status, r.investedToDateWan];
}

/** CSV text with a BOM and CRLF line ends (what Excel writes), formula-like text guarded. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const data = [header, ...rows].map((row) => row.map((cell) => (typeof cell === 'number' ? String(cell) : guardCell(cell))));
  return `\uFEFF${Papa.unparse(data, { newline: '\r\n' })}\r\n`;
}

/** One example row for the projects template, on a site and cluster of the data in use. */
export function exampleProject(data: BuiltinData): Project {
  return {
    id: 'X001',
    name_zh: '示例项目（请替换）',
    name_en: 'Example project (replace)',
    site_id: data.sites[0]?.properties.id ?? 'development-zone',
    cluster_id: data.clusters[0]?.id ?? 'pharma-health',
    type: 'new',
    category: 'industry',
    total_investment_wan: 20000,
    invested_before_wan: 0,
    planned_start: monthAt(startMonthOf(data.baseline.base_year.value), 5),
    construction_months: 12,
    full_output_wan: 30000,
    rampup_months: 6,
    provenance: 'imported',
  };
}

export function projectsCsv(projects: readonly Project[]): string {
  return toCsv(projectHeader(), projects.map(projectCells));
}

export function reportsCsv(reports: readonly ProgressReport[]): string {
  return toCsv(reportHeader(), reports.map(reportCells));
}

/** XLSX bytes of a header and rows (numbers stay numbers; text is stored as text, never as a formula). */
export async function toXlsx(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  sheet: string,
): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const cells = [
    header.map((h) => ({ value: h, type: String, fontWeight: 'bold' as const })),
    ...rows.map((row) =>
      row.map((cell) => (typeof cell === 'number' ? { value: cell, type: Number } : { value: cell, type: String })),
    ),
  ];
  return writeXlsxFile(cells, {
    sheet,
    columns: header.map((h) => ({ width: Math.min(40, Math.max(12, h.length + 4)) })),
  }).toBlob();
}

export function projectsXlsx(projects: readonly Project[]): Promise<Blob> {
  return toXlsx(projectHeader(), projects.map(projectCells), 'projects');
}

export function reportsXlsx(reports: readonly ProgressReport[]): Promise<Blob> {
  return toXlsx(reportHeader(), reports.map(reportCells), 'progress-reports');
}

/** The example rows of the two templates. */
export function templateRows(data: BuiltinData): { projects: Project[]; reports: ProgressReport[] } {
  return {
    projects: [exampleProject(data)],
    reports: [{ ...PROGRESS_REPORT_EXAMPLE, projectId: data.projects[0]?.id ?? PROGRESS_REPORT_EXAMPLE.projectId }],
  };
}

export function sitesGeoJson(sites: readonly SiteFeature[]): string {
  return `${JSON.stringify({ type: 'FeatureCollection', features: sites }, null, 1)}\n`;
}

export const isNumericColumn = (column: string): boolean => NUMERIC.has(column);
