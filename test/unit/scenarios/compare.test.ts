import { describe, expect, it } from 'vitest';
import { presetParams } from '../../../workers/model/parameters';
import type { SimulationResult } from '../../../workers/model/result-types';
import { runScenario } from '../../../workers/model/simulate';
import { compareResults } from '../../../src/scenarios/compare';
import { prepared } from '../simulator/helpers';

function result(mode: 'expected' | 'montecarlo', params = presetParams('on-plan')): SimulationResult {
  const r = runScenario(prepared(), mode, params);
  if (!r.ok) throw new Error('simulation failed');
  return r.value;
}

describe('compare', () => {
  it('gives b − a and the relative change for money, in the documented order', () => {
    const a = result('expected');
    const b = result('expected', presetParams('conservative'));
    const rows = compareResults(a, b);
    expect(rows.map((r) => r.id)).toEqual([
      'investmentTargetYear',
      'grossOutputTargetYear',
      'gdpGrowthTargetYear',
      'probabilityReachTarget',
      'cumulativeInvestmentHorizon',
    ]);
    const y = a.targetYearIndex;
    const investment = rows[0]!;
    expect(investment.a).toBe(a.investmentYear[y]);
    expect(investment.b).toBe(b.investmentYear[y]);
    expect(investment.delta).toBeCloseTo(b.investmentYear[y]! - a.investmentYear[y]!, 6);
    expect(investment.deltaPct).toBeCloseTo(((b.investmentYear[y]! - a.investmentYear[y]!) / a.investmentYear[y]!) * 100, 6);
    expect(investment.delta!).toBeLessThan(0);
    const cumulative = rows[4]!;
    expect(cumulative.a).toBe(a.cumulativeInvestmentMonth[a.months - 1]);
  });

  it('gives rates an absolute difference only', () => {
    const a = result('expected');
    const b = result('expected', presetParams('optimistic'));
    const growth = compareResults(a, b)[2]!;
    expect(growth.delta).toBeCloseTo(b.gdpGrowthYear[b.targetYearIndex]! - a.gdpGrowthYear[a.targetYearIndex]!, 9);
    expect(growth.deltaPct).toBeNull();
  });

  it('compares the probability of reaching the target only when both results have it', () => {
    const expected = result('expected');
    const mc = result('montecarlo', { ...presetParams('on-plan'), runs: 100 });
    expect(compareResults(expected, mc)[3]).toMatchObject({ a: null, delta: null });
    expect(compareResults(mc, mc)[3]).toMatchObject({ a: mc.probabilityReachTarget, delta: 0 });
  });

  it('is zero against itself', () => {
    const a = result('expected');
    for (const row of compareResults(a, a)) expect(row.delta === null || row.delta === 0).toBe(true);
  });
});
