/**
 * A small synthetic SimulationResult whose numbers are easy to check by hand:
 * 2 sites, 3 clusters, 24 months from 2017-01 (years 2017 and 2018), target year 2017.
 * - investment: 1,000万元 per site in each construction month (April–November), so 2,000万元 a month
 *   county-wide, 16,000万元 a year; cumulative 16,000万元 at 2017-12.
 * - output: cluster c produces (c + 1) × 10,000万元 in 2017 and twice that in 2018.
 * - growth: 8.5% in 2017 (5 + 2 + 1.5 pp), 7% in 2018.
 * `monteCarlo: true` adds P10 = 0.8 × mean and P90 = 1.2 × mean bands and a 0.6 probability.
 */
import type { Cluster } from '../../../src/data/cluster-schema';
import type { ChartContext } from '../../../src/charts/chart-context';
import { QUANTILE_METRICS, type QuantileBand, type SimulationResult } from '../../../workers/model/result-types';

export const FIXTURE_CLUSTERS: Cluster[] = [
  { id: 'pharma-health', group: 'pillar', name: { 'zh-CN': '医药健康', en: 'Pharma & health' }, color: '#882255' },
  { id: 'minerals', group: 'pillar', name: { 'zh-CN': '矿产', en: 'Minerals' }, color: '#999933' },
  { id: 'food', group: 'pillar', name: { 'zh-CN': '食品', en: 'Food' }, color: '#DDCC77' },
];

export const FIXTURE_SITES = [
  { id: 'chemical-park', name: { 'zh-CN': '化工园区', en: 'Chemical Park' } },
  { id: 'ginseng-park', name: { 'zh-CN': '人参园区', en: 'Ginseng Park' } },
];

const H = 24;
const Y = 2;
const S = 2;
const C = 3;

const col = (n: number, f: (i: number) => number) => Float64Array.from({ length: n }, (_, i) => f(i));
const inSeason = (m: number) => m % 12 >= 3 && m % 12 <= 10;

export function fixtureResult(options: { monteCarlo?: boolean; scale?: number } = {}): SimulationResult {
  const k = options.scale ?? 1;
  const investmentBySiteMonth = col(S * H, (i) => (inSeason(i % H) ? 1000 * k : 0));
  const investmentMonth = col(H, (m) => at(investmentBySiteMonth, m) + at(investmentBySiteMonth, H + m));
  const cumulativeInvestmentMonth = new Float64Array(H);
  let total = 0;
  for (let m = 0; m < H; m++) cumulativeInvestmentMonth[m] = total += at(investmentMonth, m);
  const investmentYear = col(Y, () => 16_000 * k);
  const outputByClusterYear = col(C * Y, (i) => (Math.floor(i / Y) + 1) * 10_000 * (1 + (i % Y)) * k);
  const grossOutputYear = col(Y, (y) => (10_000 + 20_000 + 30_000) * (1 + y) * k);
  const gdpGrowthYear = Float64Array.from([8.5, 7]);
  const growthDecompositionYear = Float64Array.from([5, 5, 2, 1.5, 1.5, 0.5]);

  // Progress-report actuals: none. Spread in, so the fixture compiles whether or not the result type
  // carries these fields yet (excess-property checks skip spreads).
  const reportedActuals = { actualInvestmentMonth: col(H, () => 0), actualUntilMonth: -1 };
  const result: SimulationResult = {
    ...reportedActuals,
    mode: options.monteCarlo ? 'montecarlo' : 'expected',
    runs: options.monteCarlo ? 1000 : 1,
    seed: 2017,
    startMonth: '2017-01',
    months: H,
    firstYear: 2017,
    years: Y,
    siteIds: FIXTURE_SITES.map((s) => s.id),
    clusterIds: FIXTURE_CLUSTERS.map((c) => c.id),
    projectIds: ['p1'],
    targetYearIndex: 0,
    targetGrowthPct: 8,
    resumeMilestoneMonth: 4,
    startMilestoneMonth: 7,
    investmentBySiteMonth,
    investmentByClusterMonth: col(C * H, () => 0),
    investmentMonth,
    cumulativeInvestmentMonth,
    projectOutputBySiteMonth: col(S * H, () => 100 * k),
    projectOutputByClusterMonth: col(C * H, () => 0),
    // Site 0 takes 6,000 of the 16,000 a year (37.5%), site 1 the rest.
    investmentBySiteYear: Float64Array.from([6_000 * k, 6_000 * k, 10_000 * k, 10_000 * k]),
    investmentByClusterYear: col(C * Y, () => 0),
    investmentYear,
    projectOutputBySiteYear: Float64Array.from([1_200 * k, 2_400 * k, 3_000 * k, 5_000 * k]),
    projectOutputByClusterYear: col(C * Y, () => 0),
    outputByClusterYear,
    valueAddedByClusterYear: col(C * Y, () => 0),
    grossOutputYear,
    gdpYear: Float64Array.from([1_627_500, 1_741_425]),
    gdpGrowthYear,
    growthDecompositionYear,
    startedCountMonth: col(H, () => 0),
    completedCountMonth: col(H, () => 0),
    producingCountMonth: col(H, () => 0),
    // Resumed: half by April, all by May; started: a sixth a month from April, all by September.
    resumedShareMonth: col(H, (m) => (m < 3 ? 0 : m === 3 ? 0.5 : 1)),
    newStartedShareMonth: col(H, (m) => Math.min(1, Math.max(0, (m - 2) / 6))),
    projectInvestmentMonth: col(H, () => 0),
    projectStartedProbMonth: new Float32Array(H),
    projectCompletedProbMonth: new Float32Array(H),
    probabilityReachTarget: null,
    quantiles: null,
  };
  if (options.monteCarlo) {
    const band = (mean: Float64Array): QuantileBand => ({
      p10: mean.map((v) => v * 0.8),
      p50: mean.slice(),
      p90: mean.map((v) => v * 1.2),
    });
    const bands = {} as Record<(typeof QUANTILE_METRICS)[number], QuantileBand>;
    for (const metric of QUANTILE_METRICS) {
      if (metric === 'resumedShareAtMilestone')
        bands[metric] = { p10: Float64Array.of(0.9), p50: Float64Array.of(1), p90: Float64Array.of(1) };
      else if (metric === 'startedShareAtMilestone')
        bands[metric] = { p10: Float64Array.of(0.7), p50: Float64Array.of(0.9), p90: Float64Array.of(1) };
      else bands[metric] = band(result[metric]);
    }
    result.quantiles = bands;
    result.probabilityReachTarget = 0.6;
  }
  return result;
}

function at(a: Float64Array, i: number): number {
  return a[i] ?? Number.NaN;
}

export function fixtureContext(changes: Partial<ChartContext> = {}): ChartContext {
  return { lang: 'zh-CN', clusters: FIXTURE_CLUSTERS, sites: FIXTURE_SITES, monthIndex: 11, selectedSiteId: null, ...changes };
}

/** The series array of an option, typed loosely enough for assertions. */
export function seriesOf(option: unknown): Array<Record<string, unknown> & { id?: string; type?: string; data?: unknown[] }> {
  const series = (option as { series?: unknown }).series;
  return (Array.isArray(series) ? series : [series]) as Array<Record<string, unknown> & { id?: string; data?: unknown[] }>;
}

export function seriesById(option: unknown, id: string) {
  const s = seriesOf(option).find((x) => x.id === id);
  if (!s) throw new Error(`no series ${id}`);
  return s;
}
