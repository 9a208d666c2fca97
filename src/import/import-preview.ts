/**
 * From a dropped file to a preview: what kind of file it is, its rows or features, every problem with
 * its place, and the dataset it would produce — with all rows (only when there is no error) and
 * without the bad rows (only when the user explicitly chooses that). Nothing here changes the data in
 * use; `src/import/dataset-state.ts` applies a preview.
 */
import type { FeatureCollection } from 'geojson';
import type { BuiltinData } from '../data/builtin-data';
import {
  isReportHeader,
  mergeReports,
  progressRegressions,
  REPORT_CSV_COLUMNS,
  validateReportTable,
} from '../../workers/model/input/progress-reports-csv';
import {
  PROJECT_CSV_COLUMNS,
  readProjectsCsvTable,
  validateProjectTableAsync,
  type ProjectTable,
} from '../../workers/model/input/projects-csv';
import { simulatedPeriod } from '../../workers/model/input/simulated-period';
import { simulatorDataOf } from '../state/data-state';
import { prepareData } from '../../workers/model/model-data';
import { decodeText, type TextEncodingName } from './decode-text';
import type { ImportIssue } from './import-issue';
import { checkSiteFeatures, projectedExample, readSiteFile, type Crs, type SiteFileKind, type XmlParser } from './site-files';
import { checkZipExpansion, MAX_EXPANDED_BYTES } from './zip-guard';
import { datasetIds } from '../data/dataset-ids';

export type ImportKind = 'sites' | 'projects' | 'reports';

/** Files above this size are refused before reading (the county's data is far smaller). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Data rows of a projects or reports table; more are refused before any row is checked. */
export const MAX_ROWS = 500_000;
/** Features of a site file; more are refused before any feature is checked (the county has nine sites). */
export const MAX_FEATURES = 10_000;
/** Rows shown in the preview table; the problem list covers every row. */
export const PREVIEW_ROWS = 200;
/** Problems listed; the count of the rest is shown. */
export const MAX_ISSUES = 500;

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export interface PreviewRow {
  row: number;
  cells: string[];
  status: 'ok' | 'bad' | 'warn';
}

export interface ImportPreview {
  fileName: string;
  kind: ImportKind | null;
  encoding: TextEncodingName | null;
  columns: string[];
  rows: PreviewRow[];
  rowCount: number;
  /** Rows (or features) with at least one error. */
  badCount: number;
  issues: ImportIssue[];
  /** Problems not listed beyond MAX_ISSUES. */
  moreIssues: number;
  /** The dataset with every row; null when the file has any error. */
  full: BuiltinData | null;
  /** The dataset without the bad rows; null when nothing can be applied (file-level error, no good row). */
  skipping: BuiltinData | null;
  /** Rows that "apply and skip" would import. */
  goodCount: number;
}

export interface ImportOptions {
  crs: Crs;
  /** County outline in WGS-84, for the outside-the-county warning (null: no check). */
  county: FeatureCollection | null;
  /** Awaited between batches of rows, so a page can show progress and stay responsive. */
  onProgress?: (done: number, total: number) => void | Promise<void>;
  parseXml?: XmlParser;
}

type Detected = { kind: 'table'; format: 'csv' | 'xlsx' } | { kind: 'sites'; format: SiteFileKind } | null;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** What the file is, from its extension and, for a zip, its first bytes. */
export function detectFormat(name: string, bytes: Uint8Array): Detected {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const zip = ZIP_MAGIC.every((b, i) => bytes[i] === b);
  switch (ext) {
    case 'csv':
    case 'txt':
      return { kind: 'table', format: 'csv' };
    case 'xlsx':
      return { kind: 'table', format: 'xlsx' };
    case 'geojson':
    case 'json':
      return { kind: 'sites', format: 'geojson' };
    case 'kml':
      return { kind: 'sites', format: 'kml' };
    case 'kmz':
      return { kind: 'sites', format: 'kmz' };
    case 'zip':
      return { kind: 'sites', format: 'shp' };
    default: {
      if (zip) return null;
      const head = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart();
      if (head.startsWith('{')) return { kind: 'sites', format: 'geojson' };
      if (head.startsWith('<')) return { kind: 'sites', format: 'kml' };
      return null;
    }
  }
}

const fileError = (code: ImportIssue['code'], params: ImportIssue['params'] = {}): ImportIssue => ({
  severity: 'error',
  code,
  params,
});

function emptyPreview(file: ImportFile, issues: ImportIssue[], kind: ImportKind | null = null): ImportPreview {
  return {
    fileName: file.name,
    kind,
    encoding: null,
    columns: [],
    rows: [],
    rowCount: 0,
    badCount: 0,
    issues,
    moreIssues: 0,
    full: null,
    skipping: null,
    goodCount: 0,
  };
}

/** Spreadsheet cells as text: numbers in their shortest exact form, dates as YYYY-MM-DD. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date)
    return `${value.getUTCFullYear()}-${String(value.getUTCMonth() + 1).padStart(2, '0')}-${String(value.getUTCDate()).padStart(2, '0')}`;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** The first sheet of an XLSX file as a table of text cells. */
export async function readXlsxTable(
  bytes: Uint8Array,
): Promise<{ ok: true; table: ProjectTable } | { ok: false; issue: ImportIssue }> {
  // The workbook is a zip: its unpacked size is checked before the reader unpacks it.
  const expansion = await checkZipExpansion(bytes);
  if (expansion === 'too-large')
    return { ok: false, issue: fileError('zip-too-large', { kind: 'XLSX', max: MAX_EXPANDED_BYTES / 1048576 }) };
  if (expansion === 'not-zip') return { ok: false, issue: fileError('xlsx-invalid') };
  try {
    const { readSheet } = await import('read-excel-file/universal');
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const data = await readSheet(buffer);
    const [header = [], ...rows] = data.map((row) => row.map(cellText));
    // Trailing empty cells and rows are how spreadsheets pad; they are not data.
    const trimmed = rows.map((r) => {
      let end = r.length;
      while (end > 0 && r[end - 1] === '') end--;
      return r.slice(0, end);
    });
    return { ok: true, table: { header: header.map((h) => h.trim()), rows: trimmed.filter((r) => r.length > 0) } };
  } catch {
    // The reader's own text is engine wording; the message says what to do instead.
    return { ok: false, issue: fileError('xlsx-invalid') };
  }
}

function finish(preview: ImportPreview): ImportPreview {
  if (preview.issues.length > MAX_ISSUES) {
    preview.moreIssues = preview.issues.length - MAX_ISSUES;
    preview.issues = preview.issues.slice(0, MAX_ISSUES);
  }
  return preview;
}

/** The simulator's own check of a candidate dataset: the last door before anything is applied. */
function simulatorIssues(data: BuiltinData): ImportIssue[] {
  const r = prepareData(simulatorDataOf(data));
  return r.ok ? [] : [fileError('simulator-rejects')];
}

/** Drops reports of projects that are not in `projects`, with a warning naming them. */
function keepReportsOf(data: BuiltinData, issues: ImportIssue[]): BuiltinData {
  const reports = data.progressReports ?? [];
  const ids = new Set(data.projects.map((p) => p.id));
  const dropped = reports.filter((r) => !ids.has(r.projectId));
  if (dropped.length === 0) return data;
  const names = [...new Set(dropped.map((r) => r.projectId))];
  issues.push({
    severity: 'warning',
    code: 'reports-dropped',
    params: { count: dropped.length, projects: names.slice(0, 10).join(', ') + (names.length > 10 ? ' …' : '') },
  });
  return { ...data, progressReports: reports.filter((r) => ids.has(r.projectId)) };
}

async function previewTable(
  file: ImportFile,
  table: ProjectTable,
  encoding: TextEncodingName | null,
  current: BuiltinData,
  options: ImportOptions,
): Promise<ImportPreview> {
  if (table.rows.length > MAX_ROWS)
    return emptyPreview(file, [fileError('too-many-rows', { count: table.rows.length, max: MAX_ROWS })]);
  const reports = isReportHeader(table.header);
  const kind: ImportKind = reports ? 'reports' : 'projects';
  const preview: ImportPreview = {
    ...emptyPreview(file, [], kind),
    encoding,
    columns: [...table.header],
    rowCount: table.rows.length,
  };
  const status = new Map<number, 'bad' | 'warn'>();

  if (reports) {
    const v = validateReportTable(table, {
      projects: new Map(current.projects.map((p) => [p.id, p.total_investment_wan])),
      period: simulatedPeriod(current.baseline.base_year.value),
      maxIssues: MAX_ISSUES + 1,
    });
    preview.issues = v.issues.map((i) => ({
      severity: i.severity,
      code: i.code,
      row: i.row,
      ...(i.column ? { column: i.column } : {}),
      params: i.params,
    }));
    for (const i of v.issues) if (i.severity === 'warning' && i.row > 0) status.set(i.row, 'warn');
    for (const row of v.badRows) status.set(row, 'bad');
    preview.badCount = v.badRows.size;
    preview.goodCount = v.reports.length;
    const candidate = (list: typeof v.reports): BuiltinData => ({
      ...current,
      progressReports: mergeReports(current.progressReports ?? [], list),
    });
    if (!v.fatal && v.reports.length > 0) {
      const skipping = candidate(v.reports);
      // Progress going backwards, within the file or against the reports in use: a warning on the row
      // of the file's report, naming both reports.
      const rowOf = new Map(v.reports.map((r, i) => [r, v.reportRows[i]!]));
      const byKey = new Map(v.reports.map((r) => [`${r.projectId}@${r.reportDate}`, r]));
      const fromFile = (r: (typeof v.reports)[number]) => byKey.get(`${r.projectId}@${r.reportDate}`);
      for (const { kind, earlier, later } of progressRegressions(skipping.progressReports ?? [])) {
        const mine = fromFile(later) ?? fromFile(earlier);
        if (!mine) continue;
        const row = rowOf.get(mine)!;
        preview.issues.push({
          severity: 'warning',
          code: kind === 'investment' ? 'investment-backwards' : 'status-backwards',
          row,
          column: kind === 'investment' ? 'invested_to_date_wan' : 'status',
          params: {
            project: later.projectId,
            earlierDate: earlier.reportDate,
            laterDate: later.reportDate,
            earlier: kind === 'investment' ? earlier.investedToDateWan : earlier.status,
            later: kind === 'investment' ? later.investedToDateWan : later.status,
          },
        });
        if (status.get(row) !== 'bad') status.set(row, 'warn');
      }
      const blocking = simulatorIssues(skipping);
      preview.issues.push(...blocking);
      if (blocking.length === 0) {
        preview.skipping = skipping;
        if (v.badRows.size === 0 && !v.issues.some((i) => i.severity === 'error')) preview.full = skipping;
      }
    }
  } else {
    const v = await validateProjectTableAsync(table, {
      ...datasetIds(current),
      maxIssues: MAX_ISSUES + 1,
      period: simulatedPeriod(current.baseline.base_year.value),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    preview.issues = v.issues.map((i) => ({
      severity: 'error' as const,
      code: i.code,
      row: i.row,
      ...(i.column ? { column: i.column } : {}),
      params: i.params,
    }));
    for (const row of v.badRows) status.set(row, 'bad');
    preview.badCount = v.badRows.size;
    preview.goodCount = v.projects.length;
    if (!v.fatal && v.projects.length > 0) {
      const extra: ImportIssue[] = [];
      const skipping = keepReportsOf({ ...current, projects: v.projects }, extra);
      const blocking = simulatorIssues(skipping);
      preview.issues.push(...extra, ...blocking);
      if (blocking.length === 0) {
        preview.skipping = skipping;
        if (v.issues.length === 0) preview.full = skipping;
      }
    }
  }
  preview.rows = table.rows
    .slice(0, PREVIEW_ROWS)
    .map((cells, i) => ({ row: i + 1, cells: [...cells], status: status.get(i + 1) ?? 'ok' }));
  return finish(preview);
}

async function previewSites(
  file: ImportFile,
  format: SiteFileKind,
  current: BuiltinData,
  options: ImportOptions,
): Promise<ImportPreview> {
  let text: string | null = null;
  let encoding: TextEncodingName | null = null;
  if (format === 'geojson' || format === 'kml') {
    const decoded = decodeText(file.bytes);
    if (!decoded.ok) return emptyPreview(file, [fileError(decoded.reason)], 'sites');
    text = decoded.text;
    encoding = decoded.encoding;
  }
  const read = await readSiteFile(format, file.bytes, text, options.parseXml);
  if (!read.ok) return emptyPreview(file, read.issues, 'sites');
  if (read.features.length === 0) return emptyPreview(file, [fileError('no-features')], 'sites');
  if (read.features.length > MAX_FEATURES)
    return emptyPreview(file, [fileError('too-many-features', { count: read.features.length, max: MAX_FEATURES })], 'sites');
  // Metres instead of degrees: one message for the file, not one per coordinate of every feature.
  const projected = projectedExample(read.features);
  if (projected)
    return emptyPreview(
      file,
      [fileError(read.noPrj ? 'projected-no-prj' : 'projected-coordinates', { example: projected })],
      'sites',
    );
  await options.onProgress?.(0, read.features.length);
  const checked = await checkSiteFeatures(read.features, {
    crs: options.crs,
    clusterIds: current.clusters.map((c) => c.id),
    county: options.county,
    fileName: file.name,
  });
  await options.onProgress?.(read.features.length, read.features.length);
  const preview: ImportPreview = {
    ...emptyPreview(file, checked.issues, 'sites'),
    encoding,
    columns: ['id', 'name_zh', 'kind', 'clusters', 'vertices'],
    rowCount: checked.count,
    badCount: checked.badRows.size,
    goodCount: checked.sites.length,
  };
  const warned = new Set(checked.issues.filter((i) => i.severity === 'warning').map((i) => i.row));
  preview.rows = checked.preview.slice(0, PREVIEW_ROWS).map((p) => ({
    row: p.row,
    cells: [p.id, p.name, p.kind, p.clusters, String(p.vertices)],
    status: checked.badRows.has(p.row) ? 'bad' : warned.has(p.row) ? 'warn' : 'ok',
  }));
  if (checked.sites.length > 0) {
    // Projects in use must keep their site: a site file cannot drop a site that projects are on.
    const ids = new Set(checked.sites.map((s) => s.properties.id));
    const orphans = new Map<string, string[]>();
    for (const p of current.projects) if (!ids.has(p.site_id)) orphans.set(p.site_id, [...(orphans.get(p.site_id) ?? []), p.id]);
    const blocking: ImportIssue[] = [...orphans].map(([site, projects]) =>
      fileError('sites-in-use', {
        site,
        projects: projects.slice(0, 8).join(', ') + (projects.length > 8 ? ` … (${projects.length})` : ''),
      }),
    );
    const skipping: BuiltinData = { ...current, sites: checked.sites };
    if (blocking.length === 0) blocking.push(...simulatorIssues(skipping));
    preview.issues.push(...blocking);
    if (blocking.length === 0) {
      preview.skipping = skipping;
      if (checked.badRows.size === 0) preview.full = skipping;
    }
  }
  return finish(preview);
}

/**
 * Reads, checks and previews one file against the data in use. Never throws for a bad file: every
 * problem becomes an issue.
 * @example const p = await previewImport({ name: 'projects.csv', bytes }, dataset.value, { crs: 'wgs84', county: null });
 */
export async function previewImport(file: ImportFile, current: BuiltinData, options: ImportOptions): Promise<ImportPreview> {
  if (file.bytes.length === 0) return emptyPreview(file, [fileError('empty-file')]);
  if (file.bytes.length > MAX_FILE_BYTES) {
    return emptyPreview(file, [
      fileError('too-large', { size: (file.bytes.length / 1048576).toFixed(1), max: MAX_FILE_BYTES / 1048576 }),
    ]);
  }
  const detected = detectFormat(file.name, file.bytes);
  if (!detected) return emptyPreview(file, [fileError('unknown-kind', { name: file.name })]);
  try {
    if (detected.kind === 'sites') return await previewSites(file, detected.format, current, options);
    if (detected.format === 'xlsx') {
      const read = await readXlsxTable(file.bytes);
      if (!read.ok) return emptyPreview(file, [read.issue]);
      if (read.table.header.length === 0) return emptyPreview(file, [fileError('empty-file')]);
      return await previewTable(file, read.table, null, current, options);
    }
    const decoded = decodeText(file.bytes);
    if (!decoded.ok) return emptyPreview(file, [fileError(decoded.reason)]);
    if (decoded.text.replace(/^\uFEFF/, '').trim() === '') return emptyPreview(file, [fileError('empty-file')]);
    return await previewTable(file, readProjectsCsvTable(decoded.text), decoded.encoding, current, options);
  } catch {
    // A parser failing on malformed input is still the file's problem, not a crash of the app.
    return emptyPreview(file, [fileError('read-failed')]);
  }
}

/** The columns a table of each kind must have, for help texts. */
export const REQUIRED_COLUMNS: Record<Exclude<ImportKind, 'sites'>, readonly string[]> = {
  projects: PROJECT_CSV_COLUMNS,
  reports: REPORT_CSV_COLUMNS,
};
