/**
 * Results as a CSV file for spreadsheets. The rows and the numbers come from the command line
 * runner's own CSV writer (workers/model/report-format.ts `toCsv`), so a download and
 * `npm run simulate -- --format csv` for the same scenario hold the same values. This module only
 * makes that text safe and convenient for Excel/WPS:
 * - a UTF-8 byte order mark, so Excel opens the Chinese header as UTF-8;
 * - a bilingual header row (Chinese and English names, see RESULTS_CSV_HEADER);
 * - CRLF line ends and RFC 4180 quoting;
 * - formula neutralisation: a TEXT cell starting with = + - @ tab or CR gets a leading apostrophe, so
 *   a spreadsheet never runs it as a formula. Numeric cells are written unchanged, negative numbers
 *   included: "-1.5" is data, and a spreadsheet reads it as the number it is.
 */
import Papa from 'papaparse';
import { toCsv } from '../../workers/model/report-format';
import type { ScenarioParams } from '../../workers/model/parameters';
import type { SimulationResult } from '../../workers/model/result-types';
import type { SensitivityResult } from '../../workers/model/sensitivity';
import { summarizeResult } from '../../workers/model/summary';

/** Columns of the command line runner's CSV, in order; the download renames them to RESULTS_CSV_HEADER. */
export const RUNNER_CSV_COLUMNS = ['series', 'key', 'period', 'mean', 'p10', 'p50', 'p90'] as const;

/** Header row of the downloaded CSV: "中文 english" per column, same order as RUNNER_CSV_COLUMNS. */
export const RESULTS_CSV_HEADER = [
  '指标 series',
  '对象 key',
  '期间 period',
  '均值 mean',
  'P10 p10',
  'P50 p50',
  'P90 p90',
] as const;

export const CSV_BOM = '\uFEFF';

/** A plain decimal number as the runner writes it (also exponent form); anything else is text. */
const NUMERIC = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell, neutralised and quoted as needed.
 * @example csvCell('=HYPERLINK("x")') // `"'=HYPERLINK(""x"")"`
 * @example csvCell('-12.5')          // '-12.5' (a number stays a number)
 */
export function csvCell(value: string): string {
  const safe = !NUMERIC.test(value) && FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface ResultsCsvInput {
  result: SimulationResult;
  params: ScenarioParams;
  /** Scenario name (carried in the runner's report; not written to the CSV). */
  name: string;
  /** Adds the sensitivity rows, as `--sensitivity OUTCOME` does on the command line. */
  sensitivity?: SensitivityResult | null;
}

/**
 * The downloadable CSV text (with BOM) of a result.
 * @example new Blob([resultsToCsv({ result, params, name: '保守' })], { type: 'text/csv;charset=utf-8' })
 */
export function resultsToCsv(input: ResultsCsvInput): string {
  const runnerCsv = toCsv({
    scenario: { file: input.name },
    params: input.params,
    summary: summarizeResult(input.result),
    result: input.result,
    sensitivity: input.sensitivity ?? null,
  });
  // Parsed rather than split on commas, so the download stays right if the runner starts quoting cells.
  const rows = Papa.parse<string[]>(runnerCsv.trimEnd(), { skipEmptyLines: true }).data;
  const header = rows[0] ?? [];
  if (header.join(',') !== RUNNER_CSV_COLUMNS.join(',')) {
    throw new Error(`the runner's CSV columns changed (${header.join(',')}); update RESULTS_CSV_HEADER and the README`);
  }
  const lines = [RESULTS_CSV_HEADER.map(csvCell).join(','), ...rows.slice(1).map((row) => row.map(csvCell).join(','))];
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
