/**
 * Every header spelling that data/README.md documents imports, in CSV and XLSX, for projects and
 * progress reports: the column, the Chinese label, the English label, two of them together (either
 * order, with or without brackets), in any case and with full-width brackets, and files that mix these
 * forms column by column. The labels are read from the README's own tables, so the documentation and
 * the parser cannot drift apart.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROJECT_COLUMN_LABELS, PROJECT_CSV_COLUMNS, projectColumnOf } from '../../../workers/model/input/projects-csv';
import { REPORT_COLUMN_LABELS, REPORT_CSV_COLUMNS, reportColumnOf } from '../../../workers/model/input/progress-reports-csv';
import { projectsCsv, reportsCsv, templateRows, toCsv, toXlsx } from '../../../src/import/dataset-export';
import { builtin, preview } from './helpers';

const readme = readFileSync(fileURLToPath(new URL('../../../data/README.md', import.meta.url)), 'utf8');

/** The `| `column` | 中文 | English |` rows of the README table that follows `marker`. */
function readmeLabels(marker: string): Map<string, { zh: string; en: string }> {
  const start = readme.indexOf(marker);
  expect(start).toBeGreaterThan(-1);
  const out = new Map<string, { zh: string; en: string }>();
  const lines = readme.slice(start).split('\n');
  let inTable = false;
  for (const line of lines) {
    const m = /^\| `([a-z_]+)` \| ([^|]+?) \| ([^|]+?) \|/.exec(line);
    if (m) {
      inTable = true;
      out.set(m[1]!, { zh: m[2]!, en: m[3]! });
    } else if (inTable && !line.startsWith('|')) break;
  }
  return out;
}

/** Spellings of one header cell, written the way people type them (not taken from the parser). */
function spellings(column: string, zh: string, en: string): string[] {
  const fullWidth = (s: string) => s.replace(/\(/g, '（').replace(/\)/g, '）');
  return [
    column,
    zh,
    en,
    en.toUpperCase(),
    `${zh} ${column}`,
    `${zh}(${column})`,
    `${zh}（${column}）`,
    `${zh} ${en}`,
    `${zh}\n${en}`,
    `${en} (${column})`,
    `${en} ${zh}`,
    `${column} ${zh}`,
    fullWidth(`${en}`),
    `  ${zh}  `,
  ];
}

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());
const utf8 = (text: string) => new TextEncoder().encode(text);

/** The template's example rows as cells, taken from the CSV export (header row dropped). */
function bodyOf(csv: string): string[][] {
  return csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .slice(1)
    .map((line) => line.split(','));
}

describe('documented header forms', () => {
  const data = builtin();
  const rows = templateRows(data);
  const tables = [
    {
      kind: 'projects' as const,
      columns: PROJECT_CSV_COLUMNS as readonly string[],
      labels: readmeLabels('**Project columns**'),
      code: PROJECT_COLUMN_LABELS as Record<string, { zh: string; en: string }>,
      body: bodyOf(projectsCsv(rows.projects)),
      columnOf: projectColumnOf as (h: string) => string | null,
    },
    {
      kind: 'reports' as const,
      columns: REPORT_CSV_COLUMNS as readonly string[],
      labels: readmeLabels('**Progress reports**'),
      code: REPORT_COLUMN_LABELS as Record<string, { zh: string; en: string }>,
      body: bodyOf(reportsCsv(rows.reports)),
      columnOf: reportColumnOf as (h: string) => string | null,
    },
  ];

  for (const table of tables) {
    it(`${table.kind}: the README lists every column with the labels the parser knows`, () => {
      expect([...table.labels.keys()]).toEqual([...table.columns]);
      for (const column of table.columns) expect(table.labels.get(column)).toEqual(table.code[column]);
    });

    const forms = (column: string) => {
      const label = table.labels.get(column)!;
      return spellings(column, label.zh, label.en);
    };
    const count = forms(table.columns[0]!).length;

    it(`${table.kind}: every spelling of every column maps to that column`, () => {
      for (const column of table.columns)
        for (const form of forms(column)) expect({ form, column: table.columnOf(form) }).toEqual({ form, column });
    });

    // shift 0: every column in form k; shift s: column i in form (k + i * s), i.e. mixed forms in one file.
    for (const shift of [0, 1, 5]) {
      for (const format of ['csv', 'xlsx'] as const) {
        it(`${table.kind}: imports from ${format.toUpperCase()} with ${shift === 0 ? 'one form' : `mixed forms (step ${shift})`} in the header`, async () => {
          for (let k = 0; k < count; k++) {
            const header = table.columns.map((c, i) => forms(c)[(k + i * shift) % count]!);
            const bytes =
              format === 'csv' ? utf8(toCsv(header, table.body)) : await bytesOf(await toXlsx(header, table.body, table.kind));
            const p = await preview(`h.${format}`, data, {}, bytes);
            expect({ header, kind: p.kind, issues: p.issues }).toEqual({ header, kind: table.kind, issues: [] });
            expect(p.full).not.toBeNull();
          }
        });
      }
    }
  }

  it('refuses a label that is not documented instead of guessing from its last word', () => {
    expect(projectColumnOf('Park ID')).toBeNull();
    expect(projectColumnOf('Total site_id')).toBeNull();
    expect(projectColumnOf('投资总额 total_investment_wan')).toBe('total_investment_wan');
  });
});
