import { describe, expect, it } from 'vitest';
import { presetParams } from '../../../workers/model/parameters';
import { sameParams } from '../../../workers/model/same-params';

describe('sameParams', () => {
  it('ignores the order of keys, also in site delays and cluster overrides', () => {
    const a = {
      ...presetParams('on-plan'),
      siteDelayMonths: { x: 1, y: 2 },
      clusterOverrides: { c: { organicGrowthPct: 3, valueAddedRatePct: 30 } },
    };
    const b = { ...presetParams('on-plan') };
    b.siteDelayMonths = { y: 2, x: 1 };
    b.clusterOverrides = { c: { valueAddedRatePct: 30, organicGrowthPct: 3 } };
    expect(sameParams(a, b)).toBe(true);
    expect(sameParams(a, Object.fromEntries(Object.entries(a).reverse()) as typeof a)).toBe(true);
  });

  it('tells any different value apart', () => {
    const base = presetParams('on-plan');
    expect(sameParams(base, presetParams('conservative'))).toBe(false);
    expect(sameParams(base, { ...base, seed: base.seed + 1 })).toBe(false);
    expect(sameParams(base, { ...base, siteDelayMonths: { x: 1 } })).toBe(false);
    expect(sameParams({ ...base, siteDelayMonths: { x: 1 } }, { ...base, siteDelayMonths: { x: 2 } })).toBe(false);
  });
});
