import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, PARAMETER_TABLE } from '../../../workers/model/parameters';
import { sensitivity } from '../../../workers/model/sensitivity';
import { simulateExpected, simulateMonteCarlo } from '../../../workers/model/simulate';
import { summarizeResult } from '../../../workers/model/summary';
import { context, prepared } from './helpers';

describe('sensitivity', () => {
  const s = sensitivity(prepared(), { ...DEFAULT_PARAMS }, 'gdpGrowthTargetYear');

  it('moves each analysed parameter by its documented step, clamped to its range', () => {
    const analysed = PARAMETER_TABLE.filter((p) => p.sensitivityStep !== null);
    expect(s.rows.map((r) => r.parameter).sort()).toEqual(analysed.map((p) => p.id).sort());
    const resumed = s.rows.find((r) => r.parameter === 'resumedByMayPct')!;
    expect([resumed.low, resumed.high]).toEqual([90, 100]);
    expect(resumed.outcomeHigh).toBe(s.base);
    expect(resumed.swing).toBeGreaterThan(0);
  });

  it('sorts rows by the size of their effect', () => {
    const swings = s.rows.map((r) => Math.abs(r.swing));
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    expect(s.base).toBeCloseTo(simulateExpected(context()).gdpGrowthYear[0]!, 10);
  });
});

describe('summarizeResult', () => {
  it('reads the headline figures of the target year', () => {
    const r = simulateExpected(context());
    const sum = summarizeResult(r);
    expect(sum).toMatchObject({
      targetYear: 2017,
      targetGrowthPct: 8,
      probabilityReachTarget: null,
      resumedShareAtMilestone: 1,
      startedShareAtMilestone: 1,
    });
    expect(sum.investmentTargetYearWan).toBe(r.investmentYear[0]);
    expect(sum.gapToTargetPp).toBeCloseTo(r.gdpGrowthYear[0]! - 8, 12);
  });

  it('adds bands and the probability of reaching 8% in Monte Carlo mode', () => {
    const sum = summarizeResult(simulateMonteCarlo(context({ runs: 400 })));
    expect(sum.probabilityReachTarget).not.toBeNull();
    expect(sum.gdpGrowthBand!.p10).toBeLessThan(sum.gdpGrowthBand!.p90);
  });
});
