import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inSeason, monthAt, monthLabels, parseMonth, startMonthOf } from '../../../workers/model/calendar';
import type { SimulationResult } from '../../../workers/model/result-types';
import { simulateExpected, simulateMonteCarlo } from '../../../workers/model/simulate';
import { context } from './helpers';

function offSeasonInvestment(result: SimulationResult, seasonStart: number, seasonEnd: number): number {
  const start = Number(result.startMonth.slice(5, 7)) - 1;
  let total = 0;
  const rows: [Float64Array, number][] = [
    [result.investmentBySiteMonth, result.siteIds.length],
    [result.investmentByClusterMonth, result.clusterIds.length],
    [result.projectInvestmentMonth, result.projectIds.length],
  ];
  for (const [array, count] of rows) {
    for (let r = 0; r < count; r++) {
      for (let m = 0; m < result.months; m++) {
        if (!inSeason(((start + m) % 12) + 1, seasonStart, seasonEnd)) total += Math.abs(array[r * result.months + m]!);
      }
    }
  }
  return total;
}

describe('construction season', () => {
  it('allows no investment outside April–November by default (expected mode)', () => {
    const r = simulateExpected(context({ durationOverrunPct: 37, resumedByMayPct: 55 }));
    expect(offSeasonInvestment(r, 4, 11)).toBe(0);
    expect(r.investmentMonth[4]).toBeGreaterThan(0);
  });

  it('allows no investment outside the season in Monte Carlo mode', () => {
    const r = simulateMonteCarlo(context({ durationOverrunPct: 30, startedByAugustPct: 60, runs: 200 }));
    expect(offSeasonInvestment(r, 4, 11)).toBe(0);
  });

  it('holds for any season, including one that wraps over the new year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 60 }),
        (s, e, overrun) => {
          const r = simulateExpected(context({ seasonStartMonth: s, seasonEndMonth: e, durationOverrunPct: overrun }));
          return offSeasonInvestment(r, s, e) === 0;
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('calendar: the start rule and month labels (one implementation)', () => {
  it('starts in January after the base year and counts months across years', () => {
    expect(startMonthOf(2016)).toBe('2017-01');
    expect(monthAt('2017-01', 13)).toBe('2018-02');
    expect(monthAt('2017-11', 2)).toBe('2018-01');
    expect(monthLabels('2017-11', 3)).toEqual(['2017-11', '2017-12', '2018-01']);
    expect(parseMonth(monthAt('2017-05', 40)) - parseMonth('2017-05')).toBe(40);
  });
});
