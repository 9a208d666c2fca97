import { REPORT_STATUSES, type ProgressReport, type ReportStatus } from '../model-data';
import { columnOf, unguardCell, type ProjectTable } from './projects-csv';
import { calendarDate, inPeriod, type SimulatedPeriod } from './simulated-period';

/**
 * Progress reports (the every-20-days reports of the source article): one row per project and report
 * date. Columns, in template order; the template header cell is `<zh label> <column>`.
 */
export const REPORT_CSV_COLUMNS = ['project_id', 'report_date', 'status', 'invested_to_date_wan'] as const;
export type ReportCsvColumn = (typeof REPORT_CSV_COLUMNS)[number];

export const REPORT_COLUMN_LABELS: Record<ReportCsvColumn, { zh: string; en: string }> = {
  project_id: { zh: '项目编号', en: 'Project ID' },
  report_date: { zh: '报告日期', en: 'Report date' },
  status: { zh: '进度状态', en: 'Status' },
  invested_to_date_wan: { zh: '累计完成投资（万元）', en: 'Invested to date (10k yuan)' },
};

/** Chinese spellings accepted for the status (the model and export use the English values). */
const STATUS_ALIASES: Record<string, ReportStatus> = {
  未开工: 'not-started',
  未开复工: 'not-started',
  在建: 'under-construction',
  施工中: 'under-construction',
  已开工: 'under-construction',
  已复工: 'under-construction',
  竣工: 'completed',
  已竣工: 'completed',
  完工: 'completed',
  已完工: 'completed',
  建成: 'completed',
};

export type ReportIssueCode =
  | 'missing-column'
  | 'duplicate-column'
  | 'unexpected-column'
  | 'csv-syntax'
  | 'csv-quote'
  | 'missing-value'
  | 'bad-date'
  | 'bad-status'
  | 'not-number'
  | 'negative'
  | 'unknown-project'
  | 'duplicate-report'
  | 'not-calendar-date'
  | 'date-out-of-period'
  | 'exceeds-total'
  | 'investment-backwards'
  | 'status-backwards'
  | 'no-rows';

export interface ReportRowIssue {
  row: number;
  column: ReportCsvColumn | null;
  code: ReportIssueCode;
  params: Record<string, string | number>;
  /** Warnings (investment above the planned total) do not make a row bad. */
  severity: 'error' | 'warning';
}

export interface ReportValidation {
  reports: ProgressReport[];
  reportRows: number[];
  issues: ReportRowIssue[];
  badRows: Set<number>;
  rowCount: number;
  fatal: boolean;
}

export interface ReportOptions {
  /** Total investment of each project of the dataset the reports are for, 万元. */
  projects: ReadonlyMap<string, number>;
  /** The months a report may be dated in (see `simulatedPeriod`); others are refused with the range. */
  period: SimulatedPeriod;
  maxIssues?: number;
}

/**
 * `report_date` as YYYY-MM-DD: accepts 2017-08-20, 2017/8/20, 2017.8.20 and 2017年8月20日; the day
 * must exist in that month.
 * @example parseReportDate('2017/2/30') // { ok: false, code: 'not-calendar-date' }
 */
export function parseReportDate(
  text: string,
): { ok: true; date: string } | { ok: false; code: 'bad-date' | 'not-calendar-date' } {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  if (!m) return { ok: false, code: 'bad-date' };
  const date = calendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return date ? { ok: true, date } : { ok: false, code: 'not-calendar-date' };
}

/** `parseReportDate` as the date or null. */
export function normalizeReportDate(text: string): string | null {
  const parsed = parseReportDate(text);
  return parsed.ok ? parsed.date : null;
}

/** Maps a header cell to its column (same rules as the projects template). */
export function reportColumnOf(header: string): ReportCsvColumn | null {
  return columnOf(header, REPORT_CSV_COLUMNS, REPORT_COLUMN_LABELS);
}

/** Whether a header row is that of a progress-report file (it has a report-date column). */
export function isReportHeader(header: readonly string[]): boolean {
  return header.some((h) => reportColumnOf(h) === 'report_date');
}

/**
 * Validates a table of progress reports against the projects they are for. Every issue names its row
 * and column; valid rows are kept apart so a file can be applied without its bad rows.
 * @example validateReportTable({ header, rows }, { projects: new Map([['N01', 80000]]), period: simulatedPeriod(2016) })
 */
export function validateReportTable(table: ProjectTable, options: ReportOptions): ReportValidation {
  const maxIssues = options.maxIssues ?? 200;
  const out: ReportValidation = {
    reports: [],
    reportRows: [],
    issues: [],
    badRows: new Set(),
    rowCount: table.rows.length,
    fatal: false,
  };
  const push = (issue: ReportRowIssue) => {
    if (issue.severity === 'error' && issue.row > 0) out.badRows.add(issue.row);
    if (out.issues.length < maxIssues) out.issues.push(issue);
  };
  const map = table.header.map(reportColumnOf);
  for (const column of REPORT_CSV_COLUMNS) {
    const count = map.filter((c) => c === column).length;
    if (count === 0) push({ row: 0, column, code: 'missing-column', params: { column }, severity: 'error' });
    if (count > 1) push({ row: 0, column, code: 'duplicate-column', params: { column }, severity: 'error' });
  }
  table.header.forEach((h, i) => {
    if (map[i] === null && h.trim() !== '')
      push({
        row: 0,
        column: null,
        code: 'unexpected-column',
        params: { header: h.trim(), expected: REPORT_CSV_COLUMNS.join(', ') },
        severity: 'error',
      });
  });
  if (out.issues.length > 0) {
    out.fatal = true;
    return out;
  }
  for (const issue of table.readIssues ?? [])
    push({
      row: issue.row,
      column: null,
      code: issue.code === 'csv-quote' ? 'csv-quote' : 'csv-syntax',
      params: issue.params,
      severity: 'error',
    });
  if (table.rows.length === 0) {
    push({ row: 0, column: null, code: 'no-rows', params: {}, severity: 'error' });
    out.fatal = true;
    return out;
  }

  const seen = new Map<string, number>();
  const candidates: { row: number; report: ProgressReport }[] = [];
  table.rows.forEach((cells, index) => {
    const row = index + 1;
    const cell: Partial<Record<ReportCsvColumn, string>> = {};
    map.forEach((column, i) => {
      const value = cells[i];
      if (column && value !== undefined) cell[column] = unguardCell(value).trim();
    });
    let ok = true;
    const fail = (column: ReportCsvColumn, code: ReportIssueCode, params: Record<string, string | number> = {}) => {
      ok = false;
      push({ row, column, code, params, severity: 'error' });
    };
    for (const column of REPORT_CSV_COLUMNS) if (!cell[column]) fail(column, 'missing-value');
    if (!ok) return;
    const projectId = cell.project_id!;
    const total = options.projects.get(projectId);
    if (total === undefined) fail('project_id', 'unknown-project', { value: projectId });
    const parsedDate = parseReportDate(cell.report_date!);
    const date = parsedDate.ok ? parsedDate.date : null;
    if (!parsedDate.ok) fail('report_date', parsedDate.code, { value: cell.report_date! });
    else if (!inPeriod(parsedDate.date, options.period))
      fail('report_date', 'date-out-of-period', { value: parsedDate.date, ...options.period });
    const statusText = cell.status!;
    const status = (REPORT_STATUSES as readonly string[]).includes(statusText)
      ? (statusText as ReportStatus)
      : STATUS_ALIASES[statusText];
    if (!status) fail('status', 'bad-status', { value: statusText, allowed: REPORT_STATUSES.join(', ') });
    const amountText = cell.invested_to_date_wan!;
    let amount = Number.NaN;
    if (!/^-?\d+(\.\d+)?$/.test(amountText)) fail('invested_to_date_wan', 'not-number', { value: amountText });
    else if ((amount = Number(amountText)) < 0) fail('invested_to_date_wan', 'negative', { value: amountText });
    if (date && total !== undefined) {
      const key = `${projectId}@${date}`;
      const first = seen.get(key);
      if (first !== undefined) fail('report_date', 'duplicate-report', { value: projectId, date, first });
      else seen.set(key, row);
    }
    if (!ok || !date || !status || total === undefined) return;
    if (amount > total)
      push({
        row,
        column: 'invested_to_date_wan',
        code: 'exceeds-total',
        params: { value: amountText, total },
        severity: 'warning',
      });
    candidates.push({ row, report: { projectId, reportDate: date, status, investedToDateWan: amount } });
  });
  for (const { row, report } of candidates) {
    if (out.badRows.has(row)) continue;
    out.reports.push(report);
    out.reportRows.push(row);
  }
  return out;
}

/**
 * Merges newly imported reports into the ones in use: a report for the same project and date
 * replaces the old one, everything else is kept; sorted by project and date.
 * @example mergeReports(current, imported).length
 */
export function mergeReports(current: readonly ProgressReport[], incoming: readonly ProgressReport[]): ProgressReport[] {
  const byKey = new Map<string, ProgressReport>();
  for (const r of [...current, ...incoming]) byKey.set(`${r.projectId}@${r.reportDate}`, r);
  return [...byKey.values()].sort((a, b) =>
    a.projectId === b.projectId ? a.reportDate.localeCompare(b.reportDate) : a.projectId.localeCompare(b.projectId),
  );
}

const STATUS_RANK: Record<ReportStatus, number> = { 'not-started': 0, 'under-construction': 1, completed: 2 };

/** Two reports of one project, the later showing less progress than the earlier. */
export interface ReportRegression {
  kind: 'investment' | 'status';
  earlier: ProgressReport;
  later: ProgressReport;
}

/**
 * Progress that goes backwards between consecutive reports of a project: the cumulative investment
 * falls, or the status returns to an earlier stage (completed → under construction). Reports are
 * cumulative, so either is almost always a typing error or a report filed under the wrong project.
 * @example progressRegressions(reports).map((r) => `${r.later.projectId} ${r.kind}`)
 */
export function progressRegressions(reports: readonly ProgressReport[]): ReportRegression[] {
  const out: ReportRegression[] = [];
  const sorted = [...reports].sort((a, b) =>
    a.projectId === b.projectId ? a.reportDate.localeCompare(b.reportDate) : a.projectId.localeCompare(b.projectId),
  );
  for (let i = 1; i < sorted.length; i++) {
    const earlier = sorted[i - 1]!;
    const later = sorted[i]!;
    if (earlier.projectId !== later.projectId) continue;
    if (later.investedToDateWan < earlier.investedToDateWan) out.push({ kind: 'investment', earlier, later });
    if (STATUS_RANK[later.status] < STATUS_RANK[earlier.status]) out.push({ kind: 'status', earlier, later });
  }
  return out;
}

/** The example row of the progress-report template. */
export const PROGRESS_REPORT_EXAMPLE: ProgressReport = {
  projectId: 'C01',
  reportDate: '2017-05-20',
  status: 'under-construction',
  investedToDateWan: 110000,
};
