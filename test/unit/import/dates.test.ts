/**
 * Dates at every door that takes one: a planned start month (CSV and XLSX, any accepted spelling) and a
 * progress report date must exist in the calendar and lie in the simulated period; a range error names
 * the range, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { readProjectsCsvTable } from '../../../workers/model/input/projects-csv';
import { simulatedPeriod } from '../../../workers/model/input/simulated-period';
import { projectsCsv, reportsCsv, toXlsx, projectHeader } from '../../../src/import/dataset-export';
import { issueMessage } from '../../../src/import/import-issue';
import type { ImportPreview } from '../../../src/import/import-preview';
import { builtin, preview } from './helpers';

const utf8 = (text: string) => new TextEncoder().encode(text);
const data = builtin();
const period = simulatedPeriod(data.baseline.base_year.value);

/** The built-in projects with the first one's planned_start cell replaced by `cell`. */
function projectsWith(cell: string): string {
  const csv = projectsCsv(data.projects);
  const lines = csv.split('\r\n');
  const cells = lines[1]!.split(',');
  cells[9] = cell;
  lines[1] = cells.join(',');
  return lines.join('\r\n');
}

const issuesOf = (p: ImportPreview) => p.issues.map((i) => [i.row, i.column, i.code]);

describe('the simulated period', () => {
  it('runs from January after the base year over the longest horizon', () => {
    expect(period).toEqual({ first: '2017-01', last: '2026-12' });
  });
});

describe('planned start month', () => {
  const notInCalendar = ['2017/2/30', '2017-02-29', '2017年4月31日', '2017.6.31', '2018-11-31'];
  const outside = ['2035-06', '1899-05', '2016-12', '2027-01', '2016/12/31', '2099年1月'];
  const inside = ['2017-01', '2026-12', '2020/2/29', '2017年6月', '2017-6', '2017-06-30'];

  for (const cell of notInCalendar)
    it(`refuses ${cell} as not a calendar date`, async () => {
      const p = await preview('p.csv', data, {}, utf8(projectsWith(cell)));
      expect(issuesOf(p)).toEqual([[1, 'planned_start', 'not-calendar-date']]);
      expect(issueMessage(p.issues[0]!, 'en')).toContain(cell);
    });

  for (const cell of outside)
    it(`refuses ${cell} with the range of the simulated period`, async () => {
      const p = await preview('p.csv', data, {}, utf8(projectsWith(cell)));
      expect(issuesOf(p)).toEqual([[1, 'planned_start', 'month-out-of-period']]);
      expect(issueMessage(p.issues[0]!, 'en')).toContain('2017-01 to 2026-12');
      expect(issueMessage(p.issues[0]!, 'zh-CN')).toContain('2017-01 至 2026-12');
    });

  for (const cell of inside)
    it(`accepts ${cell}`, async () => {
      const p = await preview('p.csv', data, {}, utf8(projectsWith(cell)));
      expect(p.issues).toEqual([]);
    });

  it('checks XLSX cells the same way', async () => {
    const body = readProjectsCsvTable(projectsWith('2017/2/30')).rows.map((r) => [...r]);
    const bytes = new Uint8Array(await (await toXlsx(projectHeader(), body, 'p')).arrayBuffer());
    const p = await preview('p.xlsx', data, {}, bytes);
    expect(issuesOf(p)).toEqual([[1, 'planned_start', 'not-calendar-date']]);
  });
});

describe('progress report date', () => {
  const project = data.projects[0]!;
  const file = (date: string) =>
    reportsCsv([{ projectId: project.id, reportDate: '2017-05-20', status: 'not-started', investedToDateWan: 0 }]).replace(
      '2017-05-20',
      date,
    );
  for (const date of ['2017-02-30', '2017/4/31', '2019年2月29日'])
    it(`refuses ${date} as not a calendar date`, async () => {
      const p = await preview('r.csv', data, {}, utf8(file(date)));
      expect(issuesOf(p)).toEqual([[1, 'report_date', 'not-calendar-date']]);
    });
  for (const date of ['2099-01-01', '2016-12-31', '1899-05-01', '2027-01-01'])
    it(`refuses ${date} with the range of the simulated period`, async () => {
      const p = await preview('r.csv', data, {}, utf8(file(date)));
      expect(issuesOf(p)).toEqual([[1, 'report_date', 'date-out-of-period']]);
      expect(issueMessage(p.issues[0]!, 'en')).toContain('2017-01 to 2026-12');
    });
  for (const date of ['2017-01-01', '2026-12-31', '2020/2/29'])
    it(`accepts ${date}`, async () => {
      const p = await preview('r.csv', data, {}, utf8(file(date)));
      expect(p.issues).toEqual([]);
    });
});
