import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS } from '../../../workers/model/parameters';
import { runScenario } from '../../../workers/model/simulate';
import type { ProgressReport } from '../../../workers/model/model-data';
import { buildRegisterRows, firstMonthReaching, latestReports } from '../../../src/register/register-rows';
import { builtinData, prepared } from '../simulator/helpers';

const reporting = { firstDate: '2017-03-01', intervalDays: 20 };

function expectedRows(params = DEFAULT_PARAMS, reports?: ProgressReport[]) {
  const data = builtinData();
  const result = runScenario(prepared(reports ? { ...data, progressReports: reports } : data), 'expected', params);
  if (!result.ok) throw new Error('scenario failed');
  return {
    data,
    result: result.value,
    rows: buildRegisterRows({ projects: data.projects, progressReports: reports, result: result.value, params, reporting }),
  };
}

describe('register rows', () => {
  it('has one row per project of the dataset, in dataset order', () => {
    const { data, rows } = expectedRows();
    expect(rows.map((r) => r.id)).toEqual(data.projects.map((p) => p.id));
  });

  it('shares of target-year investment add up to 1 and the growth contributions to κ·Inv/GDP₀', () => {
    const { result, rows } = expectedRows();
    const shares = rows.reduce((s, r) => s + r.shareTargetYear, 0);
    expect(shares).toBeCloseTo(1, 9);
    const pp = rows.reduce((s, r) => s + r.growthInvestmentPp, 0);
    const expected =
      (((DEFAULT_PARAMS.constructionValueAddedPct / 100) * result.investmentYear[0]!) / DEFAULT_PARAMS.baselineGdpWan) * 100;
    expect(pp).toBeCloseTo(expected, 9);
  });

  it('P(started by milestone) reads May for continuing, August for new projects and nothing for reserve', () => {
    const { result, rows } = expectedRows();
    const H = result.months;
    for (const row of rows) {
      const p = result.projectIds.indexOf(row.id);
      if (row.type === 'continuing')
        expect(row.pMilestone).toBe(result.projectStartedProbMonth[p * H + result.resumeMilestoneMonth]);
      else if (row.type === 'new')
        expect(row.pMilestone).toBe(result.projectStartedProbMonth[p * H + result.startMilestoneMonth]);
      else expect(row.pMilestone).toBeNaN();
    }
  });

  it('expected start is the first month with P ≥ 50 %, between P10 and P90', () => {
    const curve = new Float32Array([0, 0.05, 0.3, 0.5, 0.95, 1]);
    expect(firstMonthReaching(curve, 0, 6, 0.5)).toBe(3);
    expect(firstMonthReaching(curve, 0, 6, 0.1)).toBe(2);
    expect(firstMonthReaching(curve, 0, 6, 0.9)).toBe(4);
    expect(firstMonthReaching(new Float32Array([0, 0.2]), 0, 2, 0.5)).toBeNaN();
    const { rows } = expectedRows();
    for (const row of rows.filter((r) => !Number.isNaN(r.startMedian) && !Number.isNaN(r.startP90))) {
      expect(row.startP10).toBeLessThanOrEqual(row.startMedian);
      expect(row.startMedian).toBeLessThanOrEqual(row.startP90);
    }
  });

  it('on plan every continuing and new project is certain to start by its milestone when planned before it', () => {
    const { data, rows } = expectedRows({ ...DEFAULT_PARAMS, resumedByMayPct: 100, startedByAugustPct: 100 });
    for (const row of rows) {
      const project = data.projects.find((p) => p.id === row.id)!;
      if (row.type === 'continuing' && project.planned_start <= '2017-05') expect(row.pMilestone).toBeCloseTo(1, 6);
    }
  });

  it('takes the latest report per project and flags overdue reports against the newest one', () => {
    const { data } = expectedRows();
    const [a, b] = data.projects.filter((p) => p.type === 'continuing');
    const reports: ProgressReport[] = [
      { projectId: a!.id, reportDate: '2017-05-10', status: 'under-construction', investedToDateWan: a!.invested_before_wan },
      { projectId: a!.id, reportDate: '2017-06-20', status: 'under-construction', investedToDateWan: a!.invested_before_wan + 1 },
      { projectId: b!.id, reportDate: '2017-05-25', status: 'under-construction', investedToDateWan: b!.invested_before_wan },
    ];
    expect(latestReports(reports).get(a!.id)?.reportDate).toBe('2017-06-20');
    const { rows } = expectedRows(DEFAULT_PARAMS, reports);
    const rowA = rows.find((r) => r.id === a!.id)!;
    const rowB = rows.find((r) => r.id === b!.id)!;
    expect(rowA.reportDate).toBe('2017-06-20');
    expect(rowA.overdue).toBe(false);
    expect(rowB.overdue).toBe(true); // 26 days before 2017-06-20
    const reserve = rows.find((r) => r.type === 'reserve')!;
    expect(reserve.overdue).toBe(false);
    const silentNew = rows.find((r) => r.type === 'new')!;
    expect(silentNew.overdue).toBe(true);
  });

  it('without a result the scenario columns are empty, not zero', () => {
    const data = builtinData();
    const rows = buildRegisterRows({ projects: data.projects, result: null, params: DEFAULT_PARAMS, reporting });
    expect(rows[0]!.pCompletedTargetYear).toBeNaN();
    expect(rows[0]!.shareTargetYear).toBeNaN();
  });
});
