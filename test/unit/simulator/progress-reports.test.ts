import { describe, expect, it } from 'vitest';
import { prepareData, type ProgressReport, type SimulatorData } from '../../../workers/model/model-data';
import type { SimulationResult } from '../../../workers/model/result-types';
import { simulateExpected, simulateMonteCarlo } from '../../../workers/model/simulate';
import { builtinData, context, prepared } from './helpers';

function withReports(reports: ProgressReport[]): SimulatorData {
  return { ...builtinData(), progressReports: reports };
}

function projectRow(result: SimulationResult, id: string): Float64Array {
  const p = result.projectIds.indexOf(id);
  return result.projectInvestmentMonth.slice(p * result.months, (p + 1) * result.months);
}

const sum = (a: ArrayLike<number>, from = 0, to = a.length) => {
  let s = 0;
  for (let i = from; i < to; i++) s += a[i]!;
  return s;
};

// C01: continuing, total 150,000, invested before 101,900, planned resumption 2017-05, 10 months.
// N03: new, total 20,000, planned start 2017-04, 11 months. Month index 7 = 2017-08.
describe('progress reports as actuals', () => {
  it('leaves results unchanged without reports (an empty list equals no list)', () => {
    const none = simulateExpected(context());
    const empty = simulateExpected(context({}, prepared(withReports([]))));
    expect(Array.from(empty.investmentMonth)).toEqual(Array.from(none.investmentMonth));
    expect(Array.from(empty.gdpGrowthYear)).toEqual(Array.from(none.gdpGrowthYear));
    expect(none.actualUntilMonth).toBe(-1);
    expect(sum(none.actualInvestmentMonth)).toBe(0);
  });

  it('projects no more investment after a report with the full investment to date', () => {
    const data = prepared(
      withReports([{ projectId: 'C01', reportDate: '2017-07-20', status: 'under-construction', investedToDateWan: 150_000 }]),
    );
    const r = simulateExpected(context({ durationOverrunPct: 30, resumedByMayPct: 60 }, data));
    const row = projectRow(r, 'C01');
    expect(sum(row, 7)).toBe(0);
    // The actual part is the investment since the start: 150,000 − 101,900.
    expect(sum(row)).toBeCloseTo(48_100, 6);
    expect(sum(r.actualInvestmentMonth)).toBeCloseTo(48_100, 6);
    expect(r.actualUntilMonth).toBe(6);
  });

  it('puts no investment before the month after a "not-started" report in August', () => {
    const data = prepared(
      withReports([{ projectId: 'N03', reportDate: '2017-08-15', status: 'not-started', investedToDateWan: 0 }]),
    );
    const r = simulateExpected(context({}, data));
    const row = projectRow(r, 'N03');
    expect(sum(row, 0, 8)).toBe(0);
    expect(row[8]).toBeGreaterThan(0);
    // Still the whole investment, only later.
    expect(sum(row)).toBeCloseTo(20_000, 6);
    const p = r.projectIds.indexOf('N03');
    expect(r.projectStartedProbMonth[p * r.months + 7]).toBe(0);
  });

  it('without the report the same project does spend before August (the test above can fail)', () => {
    const row = projectRow(simulateExpected(context()), 'N03');
    expect(sum(row, 0, 8)).toBeGreaterThan(0);
  });

  it('spends the remaining investment after an under-construction report and counts the start as certain', () => {
    const data = prepared(
      withReports([{ projectId: 'N03', reportDate: '2017-06-30', status: 'under-construction', investedToDateWan: 5_000 }]),
    );
    const r = simulateExpected(context({ startedByAugustPct: 40 }, data));
    const row = projectRow(r, 'N03');
    // 5,000 actual over the season months April–June, 15,000 projected from July on.
    expect(sum(row, 0, 6)).toBeCloseTo(5_000, 6);
    expect(row[3]).toBeCloseTo(5_000 / 3, 6);
    expect(sum(row, 6)).toBeCloseTo(15_000, 6);
    const p = r.projectIds.indexOf('N03');
    expect(r.projectStartedProbMonth[p * r.months + 5]).toBe(1);
  });

  it('counts a completed project as completed in its report month, producing from the next', () => {
    const data = prepared(
      withReports([{ projectId: 'N03', reportDate: '2017-09-01', status: 'completed', investedToDateWan: 19_000 }]),
    );
    const r = simulateExpected(context({}, data));
    const p = r.projectIds.indexOf('N03');
    expect(r.projectCompletedProbMonth[p * r.months + 7]).toBe(0);
    expect(r.projectCompletedProbMonth[p * r.months + 8]).toBe(1);
    expect(sum(projectRow(r, 'N03'))).toBeCloseTo(19_000, 6);
  });

  it('uses only the latest report of a project', () => {
    const data = prepared(
      withReports([
        { projectId: 'N03', reportDate: '2017-09-20', status: 'under-construction', investedToDateWan: 12_000 },
        { projectId: 'N03', reportDate: '2017-06-10', status: 'under-construction', investedToDateWan: 4_000 },
      ]),
    );
    const r = simulateExpected(context({}, data));
    expect(r.actualUntilMonth).toBe(8);
    expect(sum(r.actualInvestmentMonth)).toBeCloseTo(12_000, 6);
  });

  it('keeps actuals identical in every Monte Carlo run, so they carry no band', () => {
    const data = prepared(
      withReports([{ projectId: 'C01', reportDate: '2017-07-20', status: 'under-construction', investedToDateWan: 150_000 }]),
    );
    const r = simulateMonteCarlo(context({ runs: 50, durationOverrunPct: 40 }, data));
    expect(sum(projectRow(r, 'C01'), 7)).toBe(0);
    expect(sum(projectRow(r, 'C01'))).toBeCloseTo(48_100, 6);
  });

  it('rejects reports of unknown projects, bad dates, negative amounts and dates before the start', () => {
    const r = prepareData(
      withReports([
        { projectId: 'nope', reportDate: '2017-06-01', status: 'completed', investedToDateWan: 1 },
        { projectId: 'N03', reportDate: '2017-13-01', status: 'completed', investedToDateWan: 1 },
        { projectId: 'N03', reportDate: '2017-06-01', status: 'completed', investedToDateWan: -5 },
        { projectId: 'N03', reportDate: '2016-12-31', status: 'completed', investedToDateWan: 1 },
      ]),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path)).toEqual([
      'progressReports.0.projectId',
      'progressReports.1.reportDate',
      'progressReports.2.investedToDateWan',
      'progressReports.3.reportDate',
    ]);
  });
});
