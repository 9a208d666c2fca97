import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS } from '../../../workers/model/parameters';
import { buildRegisterRows } from '../../../src/register/register-rows';
import {
  codePointOrder,
  codePointRanks,
  EMPTY_FILTER,
  queryRegister,
  searchHaystacks,
  sortOrder,
  type SortLabels,
} from '../../../src/register/register-query';
import { namePinyin } from '../../../src/register/pinyin-names';
import { builtinData } from '../simulator/helpers';

const data = builtinData();
const rows = buildRegisterRows({
  projects: data.projects,
  result: null,
  params: DEFAULT_PARAMS,
  reporting: { firstDate: '2017-03-01', intervalDays: 20 },
});
const labels: SortLabels = {
  name: (r) => r.nameZh,
  site: (r) => r.siteId,
  cluster: (r) => r.clusterId,
  collator: new Intl.Collator('zh-u-co-pinyin'),
};
const haystacks = searchHaystacks(rows, namePinyin);
const ids = (order: ArrayLike<number>) => Array.from(order, (i) => rows[i]!.id);

describe('register query', () => {
  it('sorts numbers both ways with ties in dataset order', () => {
    const asc = sortOrder(rows, 'total', false, labels);
    const totals = Array.from(asc, (i) => rows[i]!.totalWan);
    expect(totals).toEqual([...totals].sort((a, b) => a - b));
    const desc = Array.from(sortOrder(rows, 'total', true, labels), (i) => rows[i]!.totalWan);
    expect(desc).toEqual([...totals].sort((a, b) => b - a));
    for (let k = 1; k < asc.length; k++) if (totals[k] === totals[k - 1]) expect(asc[k]!).toBeGreaterThan(asc[k - 1]!);
  });

  it('sorts Chinese names in pinyin order', () => {
    const order = sortOrder(rows, 'name', false, labels);
    const first = rows[order[0]!]!.nameZh;
    const last = rows[order[order.length - 1]!]!.nameZh;
    expect(namePinyin(first).full <= namePinyin(last).full).toBe(true);
  });

  it('puts missing values last in either direction', () => {
    const withGaps = rows.map((r, i) => ({ ...r, pMilestone: i % 2 ? Number.NaN : i }));
    for (const desc of [false, true]) {
      const order = sortOrder(withGaps, 'pMilestone', desc, labels);
      const tail = Array.from(order.slice(order.length / 2 + 1), (i) => withGaps[i]!.pMilestone);
      expect(tail.every(Number.isNaN)).toBe(true);
    }
  });

  it('filters by site, cluster, type, status and flag together', () => {
    const site = rows[0]!.siteId;
    const shown = queryRegister({ rows, haystacks, order: null }, { ...EMPTY_FILTER, site: [site], type: ['continuing'] });
    expect(shown.length).toBeGreaterThan(0);
    expect(ids(shown)).toEqual(rows.filter((r) => r.siteId === site && r.type === 'continuing').map((r) => r.id));
    const none = queryRegister({ rows, haystacks, order: null }, { ...EMPTY_FILTER, status: ['completed'] });
    expect(none.length).toBe(0);
    const noFlag = queryRegister(
      { rows, haystacks, order: null },
      { ...EMPTY_FILTER, flag: ['none'], cluster: [rows[0]!.clusterId] },
    );
    expect(noFlag.length).toBe(rows.filter((r) => r.clusterId === rows[0]!.clusterId).length);
  });

  it('finds 人参 projects by pinyin initials, full pinyin, Chinese and English', () => {
    const ginseng = rows.filter((r) => r.nameZh.includes('人参')).map((r) => r.id);
    expect(ginseng.length).toBeGreaterThan(0);
    for (const q of ['rs', 'RS', 'renshen', 'ren shen', '人参']) {
      const found = ids(queryRegister({ rows, haystacks, order: null }, { ...EMPTY_FILTER, q }));
      for (const id of ginseng) expect(found).toContain(id);
    }
    const english = ids(queryRegister({ rows, haystacks, order: null }, { ...EMPTY_FILTER, q: 'ginseng' }));
    expect(english.length).toBeGreaterThan(0);
  });

  it('keeps the sort order under a filter', () => {
    const order = sortOrder(rows, 'total', true, labels);
    const shown = queryRegister({ rows, haystacks, order }, { ...EMPTY_FILTER, type: ['new'] });
    const totals = Array.from(shown, (i) => rows[i]!.totalWan);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
  });

  it('resolves polyphonic characters from context', () => {
    expect(namePinyin('长白山').initials).toBe('cbs');
    expect(namePinyin('人参交易市场')).toEqual({ full: 'renshenjiaoyishichang', initials: 'rsjysc' });
  });
});

describe('code-point order of pinyin keys', () => {
  it('gives the same order as the collator on the built-in names', () => {
    const keys = rows.map((r) => `${namePinyin(r.nameZh).full}\u0000${r.nameZh}`);
    const fast = sortOrder(rows, 'name', false, { ...labels, name: (r) => keys[r.index]!, collator: codePointOrder });
    const byCollator = sortOrder(rows, 'name', false, labels);
    const pinyinOf = (order: Uint32Array) => Array.from(order, (i) => namePinyin(rows[i]!.nameZh).full);
    // Both orders are pinyin orders (ties between different characters with equal pinyin may differ).
    expect(pinyinOf(fast)).toEqual([...pinyinOf(fast)].sort());
    expect(pinyinOf(byCollator).slice(0, 3)).toEqual(pinyinOf(fast).slice(0, 3));
    const desc = sortOrder(rows, 'name', true, { ...labels, name: (r) => keys[r.index]!, collator: codePointOrder });
    expect(Array.from(desc)).toEqual(Array.from(fast).reverse());
  });
});

describe('precomputed name ranks', () => {
  it('sort exactly like comparing the keys', () => {
    const keys = rows.map((r) => `${namePinyin(r.nameZh).full}\u0000${r.nameZh}`);
    const byKeys = sortOrder(rows, 'name', true, { ...labels, name: (r) => keys[r.index]!, collator: codePointOrder });
    const byRank = sortOrder(rows, 'name', true, { ...labels, nameRank: codePointRanks(keys) });
    expect(Array.from(byRank)).toEqual(Array.from(byKeys));
  });
});
