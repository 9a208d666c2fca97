import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS } from '../../../workers/model/parameters';
import { runScenario } from '../../../workers/model/simulate';
import { buildRegisterRows } from '../../../src/register/register-rows';
import { EMPTY_FILTER } from '../../../src/register/register-query';
import { readRegisterFilter, withRegisterFilter } from '../../../src/register/register-url';
import { hasRegisterParams } from '../../../src/register/register-url-keys';
import { REGISTER_EXPORT_COLUMNS, registerCsv } from '../../../src/register/register-export';
import { builtinData, prepared } from '../simulator/helpers';

const known = { siteIds: new Set(['graphite-park', 'ginseng-park']), clusterIds: new Set(['food']) };

describe('register filter in the URL', () => {
  it('round-trips and keeps other parameters and the hash', () => {
    const filter = {
      ...EMPTY_FILTER,
      q: '人参 rs',
      site: ['ginseng-park'],
      type: ['new' as const],
      flag: ['red' as const],
      overdue: true,
      sort: 'total' as const,
      desc: true,
    };
    const href = withRegisterFilter('https://x/?lang=en#s=abc', filter);
    const url = new URL(href);
    expect(url.searchParams.get('lang')).toBe('en');
    expect(url.hash).toBe('#s=abc');
    expect(hasRegisterParams(url.search)).toBe(true);
    expect(readRegisterFilter(url.search, known)).toEqual(filter);
  });

  it('drops unknown or malformed values quietly and writes nothing for the default', () => {
    const read = readRegisterFilter('?rsite=graphite-park,nowhere&rtype=new,bogus&rsort=evil&rdesc=1&rflag=red,pink', known);
    expect(read).toEqual({ ...EMPTY_FILTER, site: ['graphite-park'], type: ['new'], flag: ['red'] });
    expect(withRegisterFilter('https://x/?lang=en', EMPTY_FILTER)).toBe('https://x/?lang=en');
    expect(hasRegisterParams('?lang=en')).toBe(false);
    expect(readRegisterFilter(`?rq=${'x'.repeat(500)}`, known).q.length).toBe(100);
  });
});

describe('register export', () => {
  it('writes a BOM, bilingual headers and the filtered rows in order, and reads back', () => {
    const data = builtinData();
    const result = runScenario(prepared(), 'expected', DEFAULT_PARAMS);
    if (!result.ok) throw new Error('scenario failed');
    const rows = buildRegisterRows({
      projects: data.projects,
      result: result.value,
      params: DEFAULT_PARAMS,
      reporting: { firstDate: '2017-03-01', intervalDays: 20 },
    });
    const order = [3, 1, 2];
    const csv = registerCsv(rows, order, result.value.startMonth);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1).trimEnd(), { skipEmptyLines: true }).data;
    expect(parsed[0]![0]).toBe('项目编号 id');
    expect(parsed[0]!.length).toBe(REGISTER_EXPORT_COLUMNS.length);
    expect(parsed.slice(1).map((r) => r[0])).toEqual(order.map((i) => rows[i]!.id));
    const share = parsed[0]!.indexOf('占目标年投资比重 share_target_year_investment');
    expect(Number(parsed[1]![share])).toBeCloseTo(rows[3]!.shareTargetYear, 12);
  });

  it('neutralises formula-like text', () => {
    const data = builtinData();
    const rows = buildRegisterRows({
      projects: [{ ...data.projects[0]!, name_zh: '=HYPERLINK("x")', name_en: '+cmd' }],
      result: null,
      params: DEFAULT_PARAMS,
      reporting: { firstDate: '2017-03-01', intervalDays: 20 },
    });
    const parsed = Papa.parse<string[]>(registerCsv(rows, [0], null).slice(1).trimEnd(), { skipEmptyLines: true }).data;
    expect(parsed[1]![1]).toBe(`'=HYPERLINK("x")`);
    expect(parsed[1]![2]).toBe(`'+cmd`);
  });
});
