import { describe, expect, it } from 'vitest';
import { QUANTILE_METRICS, type SimulationResult } from '../../../workers/model/result-types';
import {
  combinePartials,
  simulateExpected,
  simulateMonteCarlo,
  simulateMonteCarloPartial,
} from '../../../workers/model/simulate';
import { context } from './helpers';

const UNCERTAIN = { resumedByMayPct: 80, startedByAugustPct: 70, durationOverrunPct: 20, reserveSignedPct: 50 };

const mc = (changes: Parameters<typeof context>[0]) => simulateMonteCarlo(context({ ...UNCERTAIN, ...changes }));

function arraysOf(r: SimulationResult): Float64Array[] {
  const out: Float64Array[] = [r.investmentBySiteMonth, r.projectOutputByClusterMonth, r.gdpGrowthYear, r.outputByClusterYear];
  for (const metric of QUANTILE_METRICS) out.push(r.quantiles![metric].p10, r.quantiles![metric].p50, r.quantiles![metric].p90);
  return out;
}

describe('Monte Carlo mode', () => {
  it('gives identical results for the same seed', () => {
    const a = mc({ runs: 300, seed: 7 });
    const b = mc({ runs: 300, seed: 7 });
    arraysOf(a).forEach((x, i) => expect(Array.from(x)).toEqual(Array.from(arraysOf(b)[i]!)));
    expect(a.probabilityReachTarget).toBe(b.probabilityReachTarget);
  });

  it('gives different results for another seed', () => {
    const a = mc({ runs: 300, seed: 7 });
    const b = mc({ runs: 300, seed: 8 });
    expect(Array.from(a.gdpGrowthYear)).not.toEqual(Array.from(b.gdpGrowthYear));
    expect(Array.from(a.investmentBySiteMonth)).not.toEqual(Array.from(b.investmentBySiteMonth));
  });

  it('orders P10 ≤ P50 ≤ P90 in every cell of every band', () => {
    const r = mc({ runs: 501, seed: 3 });
    for (const metric of QUANTILE_METRICS) {
      const band = r.quantiles![metric];
      for (let i = 0; i < band.p50.length; i++) {
        expect(band.p10[i]!, `${metric}[${i}]`).toBeLessThanOrEqual(band.p50[i]!);
        expect(band.p50[i]!, `${metric}[${i}]`).toBeLessThanOrEqual(band.p90[i]!);
      }
    }
    expect(r.quantiles!.gdpGrowthYear.p10[0]).toBeLessThan(r.quantiles!.gdpGrowthYear.p90[0]!);
  });

  it('splits into partial runs (worker pool) with exactly the single-thread result', () => {
    const ctx = context({ ...UNCERTAIN, runs: 240, seed: 11 });
    const whole = simulateMonteCarlo(ctx);
    const parts = [
      simulateMonteCarloPartial(ctx, 160, 240),
      simulateMonteCarloPartial(ctx, 0, 90),
      simulateMonteCarloPartial(ctx, 90, 160),
    ];
    const pooled = combinePartials(ctx, parts);
    expect(Array.from(pooled.quantiles!.gdpGrowthYear.p50)).toEqual(Array.from(whole.quantiles!.gdpGrowthYear.p50));
    expect(Array.from(pooled.quantiles!.investmentBySiteYear.p90)).toEqual(Array.from(whole.quantiles!.investmentBySiteYear.p90));
    pooled.investmentYear.forEach((v, y) => expect(v).toBeCloseTo(whole.investmentYear[y]!, 6));
    expect(pooled.probabilityReachTarget).toBe(whole.probabilityReachTarget);
  });

  // Total investment over a horizon long enough for every project to finish is linear in the random
  // quantities (Bernoulli starts and signings, the realisation factor), so its Monte Carlo mean must
  // approach the expected mode. With a 10% realisation spread and 4,000 runs the standard error is
  // about 0.2%; the stated tolerance is 1% (about five standard errors).
  it('has a mean of a linear output (horizon investment) within 1% of the expected mode', () => {
    const changes = { ...UNCERTAIN, durationOverrunPct: 0, horizonMonths: 120, reserveLagMonths: 0 };
    const expected = simulateExpected(context(changes));
    const r = simulateMonteCarlo(context({ ...changes, runs: 4000, seed: 2017 }));
    const total = (x: SimulationResult) => x.cumulativeInvestmentMonth[x.months - 1]!;
    expect(Math.abs(total(r) / total(expected) - 1)).toBeLessThan(0.01);
  });

  // Target-year GDP growth is linear in the run-level shocks (mean 0) when there is no overrun, so its
  // mean must approach the expected mode; stated tolerance 0.1 percentage point at 4,000 runs.
  it('has a mean target-year GDP growth within 0.1 pp of the expected mode', () => {
    const changes = { ...UNCERTAIN, durationOverrunPct: 0 };
    const expected = simulateExpected(context(changes)).gdpGrowthYear[0]!;
    const mean = simulateMonteCarlo(context({ ...changes, runs: 4000, seed: 99 })).gdpGrowthYear[0]!;
    expect(Math.abs(mean - expected)).toBeLessThan(0.1);
  });

  it('reports the probability of reaching the GDP target as a share of runs', () => {
    const r = mc({ runs: 1000, seed: 5 });
    expect(r.probabilityReachTarget).toBeGreaterThan(0);
    expect(r.probabilityReachTarget).toBeLessThan(1);
    expect(simulateExpected(context(UNCERTAIN)).probabilityReachTarget).toBeNull();
  });
});
