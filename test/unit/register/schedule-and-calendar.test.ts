import { describe, expect, it } from 'vitest';
import { daysBetween, isReportOverdue, monthPosition, reportingDates } from '../../../src/register/reporting-calendar';
import { plannedFraction, scheduleFlag, type FlagInput } from '../../../src/register/schedule-flag';
import { milestoneRisks } from '../../../src/register/milestone-risk';
import type { RegisterRow } from '../../../src/register/register-rows';

const base: FlagInput = {
  plannedStart: '2017-05',
  constructionMonths: 10,
  totalWan: 1000,
  investedBeforeWan: 0,
  report: null,
  seasonStartMonth: 4,
  seasonEndMonth: 11,
};
const report = (reportDate: string, status: 'not-started' | 'under-construction' | 'completed', investedToDateWan: number) => ({
  ...base,
  report: { reportDate, status, investedToDateWan },
});

describe('schedule flag', () => {
  it('counts only construction-season months of the plan', () => {
    expect(plannedFraction(base, '2017-04')).toBe(0);
    expect(plannedFraction(base, '2017-06')).toBeCloseTo(0.2);
    expect(plannedFraction(base, '2018-01')).toBeCloseTo(0.7); // May–Nov = 7 season months
    expect(plannedFraction(base, '2019-01')).toBe(1);
  });

  it('follows the documented rule', () => {
    expect(scheduleFlag(base)).toBe('none');
    expect(scheduleFlag(report('2017-04-20', 'not-started', 0))).toBe('green');
    expect(scheduleFlag(report('2017-05-20', 'not-started', 0))).toBe('amber');
    expect(scheduleFlag(report('2017-06-20', 'not-started', 0))).toBe('amber');
    expect(scheduleFlag(report('2017-07-10', 'not-started', 0))).toBe('red');
    // Plan by end of June: 2/10 of 1000 = 200.
    expect(scheduleFlag(report('2017-06-20', 'under-construction', 160))).toBe('green');
    expect(scheduleFlag(report('2017-06-20', 'under-construction', 159))).toBe('amber');
    expect(scheduleFlag(report('2017-06-20', 'under-construction', 100))).toBe('amber');
    expect(scheduleFlag(report('2017-06-20', 'under-construction', 99))).toBe('red');
    expect(scheduleFlag(report('2017-06-20', 'completed', 0))).toBe('green');
  });
});

describe('20-day reporting calendar', () => {
  it('starts on the first of the month and steps 20 days', () => {
    expect(reportingDates('2017-03', 20, '2017-04-30')).toEqual(['2017-03-01', '2017-03-21', '2017-04-10', '2017-04-30']);
    const year = reportingDates('2017-03', 20, '2017-12-31');
    expect(year.length).toBe(16);
    expect(year.at(-1)).toBe('2017-12-26'); // 2017-03-01 + 15 × 20 days
  });

  it('places dates on the month axis', () => {
    expect(monthPosition('2017-01', '2017-03-01')).toBe(2);
    expect(monthPosition('2017-01', '2017-03-21')).toBeCloseTo(2 + 20 / 31);
  });

  it('flags a report older than one cycle as overdue', () => {
    expect(daysBetween('2017-05-01', '2017-05-21')).toBe(20);
    expect(isReportOverdue('2017-05-01', '2017-05-21', 20)).toBe(false);
    expect(isReportOverdue('2017-05-01', '2017-05-22', 20)).toBe(true);
    expect(isReportOverdue(null, '2017-02-28', 20, '2017-03-01')).toBe(false);
    expect(isReportOverdue(null, '2017-03-01', 20, '2017-03-01')).toBe(true);
  });
});

describe('milestone risk', () => {
  it('lists projects below the threshold, largest contribution first', () => {
    const row = (id: string, type: RegisterRow['type'], pMilestone: number, growthInvestmentPp: number) =>
      ({ id, type, pMilestone, growthInvestmentPp }) as RegisterRow;
    const rows = [
      row('a', 'continuing', 0.5, 0.1),
      row('b', 'continuing', 0.9, 0.5),
      row('c', 'continuing', 0.2, 0.3),
      row('d', 'new', 0.7, 0),
      row('e', 'reserve', Number.NaN, 1),
    ];
    const risks = milestoneRisks(rows, 0.8);
    expect(risks.continuing.map((r) => r.id)).toEqual(['c', 'a']);
    expect(risks.new.map((r) => r.id)).toEqual(['d']);
  });
});
