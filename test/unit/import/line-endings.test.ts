/**
 * Line ends: CRLF (Excel, Windows), LF (Unix editors) and CR (old Mac) in any mix within one file read
 * as the same rows, for projects and progress reports; a line end inside a quoted cell stays in the cell.
 */
import { describe, expect, it } from 'vitest';
import { readProjectsCsvTable } from '../../../workers/model/input/projects-csv';
import { projectsCsv, reportsCsv } from '../../../src/import/dataset-export';
import { builtin, preview } from './helpers';

const utf8 = (text: string) => new TextEncoder().encode(text);
const ENDS = ['\r\n', '\n', '\r'];

/** Re-joins the lines of a CRLF export with line ends chosen by `pick(lineIndex)`. */
function relined(csv: string, pick: (i: number) => string): string {
  return csv
    .split('\r\n')
    .map((line, i, all) => (i === all.length - 1 ? line : line + pick(i)))
    .join('');
}

describe('mixed line endings', () => {
  const data = builtin();
  const patterns: Record<string, (i: number) => string> = {
    'LF first, then CRLF': (i) => (i === 0 ? '\n' : '\r\n'),
    'CRLF first, then LF': (i) => (i === 0 ? '\r\n' : '\n'),
    alternating: (i) => ENDS[i % 2]!,
    'all three': (i) => ENDS[i % 3]!,
  };

  for (const [name, pick] of Object.entries(patterns)) {
    it(`reads every project row (${name})`, async () => {
      const csv = projectsCsv(data.projects);
      const p = await preview('p.csv', data, {}, utf8(relined(csv, pick)));
      expect(p.issues).toEqual([]);
      expect(p.rowCount).toBe(data.projects.length);
      expect(p.full?.projects).toEqual(data.projects);
    });

    it(`reads every progress report (${name})`, async () => {
      const reports = data.projects.slice(0, 24).map((x, i) => ({
        projectId: x.id,
        reportDate: `2017-0${5 + (i % 4)}-20`,
        status: 'not-started' as const,
        investedToDateWan: x.invested_before_wan,
      }));
      const p = await preview('r.csv', data, {}, utf8(relined(reportsCsv(reports), pick)));
      expect(p.issues).toEqual([]);
      expect(p.rowCount).toBe(24);
    });
  }

  it('keeps a line end inside a quoted cell in the cell', () => {
    const table = readProjectsCsvTable('a,b\n"x\r\ny",2\r\n3,4\n');
    expect(table.rows).toEqual([
      ['x\ny', '2'],
      ['3', '4'],
    ]);
  });
});
