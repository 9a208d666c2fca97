import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../workers/model/input/projects-csv';
import type { SimulatorData } from '../../../workers/model/model-data';
import { DEFAULT_PARAMS, presetParams, type ScenarioParams } from '../../../workers/model/parameters';
import { simulateExpected } from '../../../workers/model/simulate';
import { builtinData, context, prepared } from './helpers';
import { referenceExpected } from './reference-model';

function compare(data: SimulatorData, params: ScenarioParams): void {
  const ctx = context(params, prepared(data));
  const fast = simulateExpected(ctx);
  const ref = referenceExpected(data, params);
  const H = fast.months;
  const tolerance = (x: number) => 1e-6 * Math.max(1, Math.abs(x));
  data.projects.forEach((p, i) => {
    for (let m = 0; m < H; m++) {
      const want = ref.investment[i]![m]!;
      expect(Math.abs(fast.projectInvestmentMonth[i * H + m]! - want), `${p.id} investment month ${m}`).toBeLessThan(
        tolerance(want),
      );
      expect(Math.abs(fast.projectStartedProbMonth[i * H + m]! - ref.startedProb[i]![m]!)).toBeLessThan(1e-6);
    }
  });
  data.clusterIds.forEach((id, c) => {
    for (let y = 0; y < fast.years; y++) {
      const want = ref.clusterOutputYear[c]![y]!;
      expect(Math.abs(fast.outputByClusterYear[c * fast.years + y]! - want), `${id} output year ${y}`).toBeLessThan(
        tolerance(want),
      );
    }
  });
  for (let y = 0; y < fast.years; y++) {
    expect(Math.abs(fast.investmentYear[y]! - ref.investmentYear[y]!)).toBeLessThan(tolerance(ref.investmentYear[y]!));
    expect(Math.abs(fast.gdpYear[y]! - ref.gdpYear[y]!)).toBeLessThan(tolerance(ref.gdpYear[y]!));
    expect(fast.gdpGrowthYear[y]).toBeCloseTo(ref.growthPct[y]!, 8);
  }
}

describe('the model computes the equations of workers/README.md', () => {
  it('for the default data and parameters', () => compare(builtinData(), { ...DEFAULT_PARAMS }));

  it('for each preset', () => {
    for (const id of ['conservative', 'optimistic'] as const) compare(builtinData(), presetParams(id));
  });

  it('with site delays, cluster overrides and a wrapped season', () => {
    compare(builtinData(), {
      ...DEFAULT_PARAMS,
      seasonStartMonth: 10,
      seasonEndMonth: 2,
      durationOverrunPct: 33,
      rampUpFactor: 0.7,
      siteDelayMonths: { 'graphite-park': 5, 'service-center': 2 },
      clusterOverrides: { food: { organicGrowthPct: -3, valueAddedRatePct: 30 }, minerals: { baselineOutputWan: 1000 } },
    });
  });

  it('for random projects and parameters', () => {
    const base = builtinData();
    const project = fc.record({
      type: fc.constantFrom('continuing', 'new', 'reserve'),
      site: fc.integer({ min: 0, max: base.siteIds.length - 1 }),
      cluster: fc.integer({ min: 0, max: base.clusterIds.length - 1 }),
      total: fc.integer({ min: 100, max: 200000 }),
      before: fc.double({ min: 0, max: 0.9, noNaN: true }),
      start: fc.integer({ min: 0, max: 30 }),
      months: fc.integer({ min: 1, max: 30 }),
      output: fc.integer({ min: 0, max: 300000 }),
      ramp: fc.integer({ min: 0, max: 24 }),
    });
    fc.assert(
      fc.property(
        fc.array(project, { minLength: 1, maxLength: 8 }),
        fc.record({
          resumedByMayPct: fc.integer({ min: 0, max: 100 }),
          startedByAugustPct: fc.integer({ min: 0, max: 100 }),
          durationOverrunPct: fc.integer({ min: 0, max: 100 }),
          rampUpFactor: fc.double({ min: 0.5, max: 3, noNaN: true }),
          reserveSignedPct: fc.integer({ min: 0, max: 100 }),
          reserveLagMonths: fc.integer({ min: 0, max: 36 }),
          seasonStartMonth: fc.integer({ min: 1, max: 12 }),
          seasonEndMonth: fc.integer({ min: 1, max: 12 }),
        }),
        (rows, changes) => {
          const projects: Project[] = rows.map((r, i) => {
            const month = 2017 * 12 + r.start;
            return {
              id: `P${i}`,
              name_zh: '项目',
              name_en: 'Project',
              site_id: base.siteIds[r.site]!,
              cluster_id: base.clusterIds[r.cluster]!,
              type: r.type as Project['type'],
              category: 'industry',
              total_investment_wan: r.total,
              invested_before_wan: r.type === 'continuing' ? Math.round(r.total * r.before) : 0,
              planned_start: `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`,
              construction_months: r.months,
              full_output_wan: r.output,
              rampup_months: r.ramp,
              provenance: 'illustrative',
            };
          });
          compare({ ...base, projects }, { ...DEFAULT_PARAMS, ...changes });
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('internal consistency of a result', () => {
  const r = simulateExpected(context({ durationOverrunPct: 20, resumedByMayPct: 80 }));
  const Y = r.years;

  it("splits each year's GDP growth exactly into organic, project output and investment parts", () => {
    for (let y = 0; y < Y; y++) {
      const parts = r.growthDecompositionYear[y]! + r.growthDecompositionYear[Y + y]! + r.growthDecompositionYear[2 * Y + y]!;
      expect(parts).toBeCloseTo(r.gdpGrowthYear[y]!, 9);
    }
  });

  it('adds sites and clusters up to the county total', () => {
    const sum = (a: Float64Array, from: number, to: number) => a.subarray(from, to).reduce((s, v) => s + v, 0);
    for (let y = 0; y < Y; y++) {
      let bySite = 0;
      let byCluster = 0;
      for (let s = 0; s < r.siteIds.length; s++) bySite += r.investmentBySiteYear[s * Y + y]!;
      for (let c = 0; c < r.clusterIds.length; c++) byCluster += r.investmentByClusterYear[c * Y + y]!;
      expect(bySite).toBeCloseTo(r.investmentYear[y]!, 4);
      expect(byCluster).toBeCloseTo(r.investmentYear[y]!, 4);
    }
    expect(sum(r.cumulativeInvestmentMonth, r.months - 1, r.months)).toBeCloseTo(sum(r.investmentYear, 0, Y), 4);
  });
});
