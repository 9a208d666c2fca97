/**
 * The corpus of bad files (test/fixtures/import/bad-*): each gives its expected problem, at its place,
 * in both languages, and nothing that could be applied — the data in use stays exactly as it was.
 */
import { describe, expect, it } from 'vitest';
import { issueLocation, issueMessage, issueText } from '../../../src/import/import-issue';
import { builtin, preview } from './helpers';

interface Case {
  file: string;
  code: string;
  where: { zh: string; en: string };
  zh: string;
  en: string;
  /** "apply and skip bad rows" is possible (the other rows are valid). */
  skippable: boolean;
}

const CASES: Case[] = [
  {
    file: 'bad-wrong-encoding.csv',
    code: 'utf-16',
    where: { zh: '文件', en: 'File' },
    zh: 'UTF-16',
    en: 'Save it as “CSV UTF-8”',
    skippable: false,
  },
  {
    file: 'bad-missing-column.csv',
    code: 'missing-column',
    where: { zh: '表头，“total_investment_wan”列', en: 'Header, column “total_investment_wan”' },
    zh: '缺少“total_investment_wan”列',
    en: 'The column “total_investment_wan” is missing',
    skippable: false,
  },
  {
    file: 'bad-renamed-column.csv',
    code: 'missing-column',
    where: { zh: '表头，“total_investment_wan”列', en: 'Header, column “total_investment_wan”' },
    zh: '缺少“total_investment_wan”列',
    en: 'is missing',
    skippable: false,
  },
  {
    file: 'bad-text-in-number.csv',
    code: 'not-number',
    where: { zh: '第 2 行，“total_investment_wan”列', en: 'Row 2, column “total_investment_wan”' },
    zh: '应为数字，实际为“lots”',
    en: 'Must be a number; got “lots”',
    skippable: true,
  },
  {
    file: 'bad-negative-money.csv',
    code: 'negative',
    where: { zh: '第 3 行，“full_output_wan”列', en: 'Row 3, column “full_output_wan”' },
    zh: '不能为负数（“-500”）',
    en: 'Must not be negative (“-500”)',
    skippable: true,
  },
  {
    file: 'bad-unknown-site.csv',
    code: 'unknown-site',
    where: { zh: '第 1 行，“site_id”列', en: 'Row 1, column “site_id”' },
    zh: '未知的园区“moon-base”',
    en: 'Unknown site “moon-base”',
    skippable: true,
  },
  {
    file: 'bad-duplicate-id.csv',
    code: 'duplicate-id',
    where: { zh: '第 3 行，“id”列', en: 'Row 3, column “id”' },
    zh: '编号“T01”重复',
    en: 'The id “T01” is used twice',
    skippable: true,
  },
  {
    file: 'bad-empty.csv',
    code: 'empty-file',
    where: { zh: '文件', en: 'File' },
    zh: '文件是空的',
    en: 'The file is empty',
    skippable: false,
  },
  {
    file: 'bad-header-only.csv',
    code: 'no-rows',
    where: { zh: '表头', en: 'Header' },
    zh: '没有数据行',
    en: 'no data rows',
    skippable: false,
  },
  {
    file: 'bad-self-intersecting.geojson',
    code: 'self-intersection',
    where: { zh: '要素 chemical-park（第 2 个）', en: 'Feature chemical-park (no. 2)' },
    zh: '自相交',
    en: 'intersects itself',
    skippable: false,
  },
  {
    file: 'bad-swapped-latlon.geojson',
    code: 'swapped-coordinates',
    where: { zh: '要素 ginseng-park（第 3 个）', en: 'Feature ginseng-park (no. 3)' },
    zh: '经纬度似乎颠倒了',
    en: 'Latitude and longitude seem swapped',
    skippable: false,
  },
  {
    file: 'bad-shapefile-missing-dbf.zip',
    code: 'shp-missing-parts',
    where: { zh: '文件', en: 'File' },
    zh: '缺少必需的组成文件：.dbf',
    en: 'lacks required parts: .dbf',
    skippable: false,
  },
  {
    file: 'bad-kmz-no-kml.kmz',
    code: 'kmz-no-kml',
    where: { zh: '文件', en: 'File' },
    zh: '没有 .kml 文件',
    en: 'contains no .kml file',
    skippable: false,
  },
  {
    file: 'bad-not-geojson.geojson',
    code: 'not-json',
    where: { zh: '文件', en: 'File' },
    zh: '不是有效的 JSON',
    en: 'Not valid JSON',
    skippable: false,
  },
  {
    file: 'bad-reports.csv',
    code: 'unknown-project',
    where: { zh: '第 1 行，“project_id”列', en: 'Row 1, column “project_id”' },
    zh: '当前数据中没有项目“NOPE”',
    en: 'There is no project “NOPE”',
    skippable: false,
  },
];

describe('bad files', () => {
  for (const c of CASES) {
    it(`${c.file}: ${c.code}, located and worded in zh and en, nothing applicable`, async () => {
      const data = builtin();
      const before = JSON.stringify(data);
      const p = await preview(c.file, data);
      const issue = p.issues.find((i) => i.code === c.code && i.severity === 'error');
      expect(issue, p.issues.map((i) => issueText(i, 'en')).join('\n')).toBeDefined();
      expect(issueLocation(issue!, 'zh-CN')).toBe(c.where.zh);
      expect(issueLocation(issue!, 'en')).toBe(c.where.en);
      expect(issueMessage(issue!, 'zh-CN')).toContain(c.zh);
      expect(issueMessage(issue!, 'en')).toContain(c.en);
      // The whole file can never be applied; skipping bad rows only where the rest is valid.
      expect(p.full).toBeNull();
      expect(p.skipping !== null).toBe(c.skippable);
      if (p.skipping) expect(p.skipping.projects.length).toBe(p.goodCount);
      expect(JSON.stringify(data)).toBe(before);
    });
  }

  it('lists every problem of the progress-report file by row and column', async () => {
    const p = await preview('bad-reports.csv');
    expect(p.kind).toBe('reports');
    expect(p.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [1, 'project_id', 'unknown-project'],
      [2, 'report_date', 'not-calendar-date'],
      [3, 'status', 'bad-status'],
      [4, 'invested_to_date_wan', 'negative'],
    ]);
    expect(p.skipping).toBeNull();
  });

  it('names the renamed column as unexpected too', async () => {
    const p = await preview('bad-renamed-column.csv');
    expect(p.issues.find((i) => i.code === 'unexpected-column')?.params['header']).toBe('investment');
  });

  it('keeps the valid rows apart for "apply and skip bad rows"', async () => {
    const p = await preview('bad-text-in-number.csv');
    expect(p.badCount).toBe(1);
    expect(p.skipping?.projects.map((x) => x.id)).toEqual(['T01', 'T03']);
    expect(p.rows.map((r) => r.status)).toEqual(['ok', 'bad', 'ok']);
  });

  it('refuses an unknown file type and a file too large to read', async () => {
    const unknown = await preview('notes.docx', builtin(), {}, new Uint8Array([1, 2, 3]));
    expect(unknown.issues.map((i) => i.code)).toEqual(['unknown-kind']);
    const big = await preview('huge.csv', builtin(), {}, new Uint8Array(51 * 1024 * 1024));
    expect(big.issues.map((i) => i.code)).toEqual(['too-large']);
  });

  it('does not let a site file drop a site that projects are on', async () => {
    const data = builtin();
    const text = JSON.stringify({ type: 'FeatureCollection', features: data.sites.slice(1) });
    const p = await preview('fewer-sites.geojson', data, {}, new TextEncoder().encode(text));
    expect(p.issues.some((i) => i.code === 'sites-in-use' && i.params['site'] === data.sites[0]!.properties.id)).toBe(true);
    expect(p.full).toBeNull();
    expect(p.skipping).toBeNull();
  });
});
