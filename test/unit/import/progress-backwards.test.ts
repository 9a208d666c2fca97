/**
 * Progress that goes backwards — cumulative investment falling, or a status returning to an earlier
 * stage — is a warning naming both reports, whether the two reports are in the imported file or one of
 * them is already in use. Forward progress gets no warning, and a warning never blocks applying.
 */
import { describe, expect, it } from 'vitest';
import type { ProgressReport } from '../../../workers/model/model-data';
import { reportsCsv } from '../../../src/import/dataset-export';
import { issueMessage } from '../../../src/import/import-issue';
import { builtin, preview } from './helpers';

const utf8 = (text: string) => new TextEncoder().encode(text);
const data = builtin();
const id = data.projects.find((p) => p.type === 'new')!.id;
const report = (reportDate: string, status: ProgressReport['status'], investedToDateWan: number): ProgressReport => ({
  projectId: id,
  reportDate,
  status,
  investedToDateWan,
});

const codes = (issues: { code: string; row?: number; severity: string }[]) => issues.map((i) => [i.severity, i.code, i.row]);

describe('progress going backwards', () => {
  it('warns when the investment to date falls within one file, naming both reports', async () => {
    const p = await preview(
      'r.csv',
      data,
      {},
      utf8(reportsCsv([report('2017-05-20', 'under-construction', 5000), report('2017-06-09', 'under-construction', 3000)])),
    );
    expect(codes(p.issues)).toEqual([['warning', 'investment-backwards', 2]]);
    const en = issueMessage(p.issues[0]!, 'en');
    for (const part of ['2017-05-20', '2017-06-09', '5000', '3000', id]) expect(en).toContain(part);
    expect(issueMessage(p.issues[0]!, 'zh-CN')).toContain('2017-05-20');
    expect(p.full).not.toBeNull();
  });

  it('warns when the status goes from completed back to under construction, in the reader’s language', async () => {
    const p = await preview(
      'r.csv',
      data,
      {},
      utf8(reportsCsv([report('2017-05-20', 'completed', 5000), report('2017-06-09', 'under-construction', 5000)])),
    );
    expect(codes(p.issues)).toEqual([['warning', 'status-backwards', 2]]);
    expect(issueMessage(p.issues[0]!, 'en')).toContain('“completed” (report of 2017-05-20) to “under construction”');
    expect(issueMessage(p.issues[0]!, 'zh-CN')).toContain('从“已竣工”');
  });

  it('compares with the reports in use, regardless of the order of rows', async () => {
    const current = { ...data, progressReports: [report('2017-08-20', 'completed', 9000)] };
    const p = await preview(
      'r.csv',
      current,
      {},
      utf8(reportsCsv([report('2017-09-09', 'not-started', 8000), report('2017-06-01', 'not-started', 100)])),
    );
    expect(codes(p.issues).sort()).toEqual([
      ['warning', 'investment-backwards', 1],
      ['warning', 'status-backwards', 1],
    ]);
    expect(issueMessage(p.issues[0]!, 'en')).toContain('2017-08-20');
  });

  it('says nothing about progress that goes forwards or stands still', async () => {
    const p = await preview(
      'r.csv',
      data,
      {},
      utf8(
        reportsCsv([
          report('2017-06-09', 'under-construction', 3000),
          report('2017-05-20', 'not-started', 0),
          report('2017-06-29', 'under-construction', 3000),
          report('2017-07-19', 'completed', 7000),
        ]),
      ),
    );
    expect(p.issues).toEqual([]);
  });
});
