import { describe, expect, it } from 'vitest';
import { parseMonth } from '../../../workers/model/calendar';
import { simulateExpected, simulateMonteCarlo } from '../../../workers/model/simulate';
import { FULL_PLAN, builtinData, context } from './helpers';

const data = builtinData();
const start = (data.baseline.base_year.value + 1) * 12;
const MAY = parseMonth('2017-05') - start;
const AUGUST = parseMonth('2017-08') - start;

describe('everything to plan (100% resumed and started, no delay or overrun, full realisation)', () => {
  const result = simulateExpected(context({ ...FULL_PLAN, horizonMonths: 120 }));
  const H = result.months;

  it('starts every major project in its planned month', () => {
    data.projects.forEach((p, i) => {
      if (p.type === 'reserve') return;
      const planned = parseMonth(p.planned_start) - start;
      const row = result.projectStartedProbMonth.subarray(i * H, (i + 1) * H);
      expect(row[planned - 1] ?? 0, `${p.id} before ${p.planned_start}`).toBe(0);
      expect(row[planned], `${p.id} in ${p.planned_start}`).toBe(1);
    });
  });

  it('reaches 100% of continuing projects resumed by May', () => {
    expect(result.resumedShareMonth[MAY]).toBe(1);
    expect(result.resumedShareMonth[MAY - 2]).toBeLessThan(1);
  });

  it('reaches 100% of new projects started by August', () => {
    expect(result.newStartedShareMonth[AUGUST]).toBe(1);
    expect(result.newStartedShareMonth[AUGUST - 1]).toBeLessThan(1);
  });

  it('invests exactly the planned remaining investment over a long horizon', () => {
    const planned = data.projects.reduce((s, p) => s + p.total_investment_wan - p.invested_before_wan, 0);
    expect(result.cumulativeInvestmentMonth[H - 1]).toBeCloseTo(planned, 3);
    data.projects.forEach((p, i) => {
      const spent = result.projectInvestmentMonth.subarray(i * H, (i + 1) * H).reduce((s, v) => s + v, 0);
      expect(spent, p.id).toBeCloseTo(p.total_investment_wan - p.invested_before_wan, 4);
    });
  });

  it('gives the same milestones and totals in Monte Carlo mode (no randomness left)', () => {
    const mc = simulateMonteCarlo(context({ ...FULL_PLAN, horizonMonths: 120, runs: 20 }));
    expect(mc.resumedShareMonth[MAY]).toBe(1);
    expect(mc.newStartedShareMonth[AUGUST]).toBe(1);
    expect(mc.cumulativeInvestmentMonth[H - 1]).toBeCloseTo(result.cumulativeInvestmentMonth[H - 1]!, 3);
  });
});

describe('missed milestones', () => {
  it('show as the resumed share at the May milestone', () => {
    const r = simulateExpected(context({ resumedByMayPct: 70, startedByAugustPct: 40 }));
    expect(r.resumedShareMonth[MAY]).toBeCloseTo(0.7, 12);
    expect(r.newStartedShareMonth[AUGUST]).toBeCloseTo(0.4, 12);
    // Late projects start missDelayMonths (3) after the milestone month.
    expect(r.resumedShareMonth[MAY + 3]).toBeCloseTo(1, 12);
  });
});
