/**
 * A direct, month-by-month transcription of the equations in workers/README.md (expected mode),
 * written for clarity, not speed. Tests compare the fast model against it.
 */
import { inSeason, parseMonth } from '../../../workers/model/calendar';
import type { SimulatorData } from '../../../workers/model/model-data';
import type { ScenarioParams } from '../../../workers/model/parameters';

export interface ReferenceResult {
  investment: number[][]; // [project][month]
  output: number[][]; // [project][month]
  startedProb: number[][]; // [project][month] probability started by end of month
  investmentYear: number[];
  clusterOutputYear: number[][]; // [cluster][year], including the baseline economy
  gdpYear: number[];
  growthPct: number[];
}

const snap = (x: number) => (Math.abs(x - Math.round(x)) < 1e-9 ? Math.round(x) : x);

export function referenceExpected(data: SimulatorData, params: ScenarioParams): ReferenceResult {
  const base = data.baseline.base_year.value;
  const start = (base + 1) * 12;
  const H = params.horizonMonths;
  const Y = H / 12;
  const active = (m: number) => inSeason(((start + m) % 12) + 1, params.seasonStartMonth, params.seasonEndMonth);
  const mMay = parseMonth(data.targets.milestones.continuing_resumed.month) - start;
  const mAug = parseMonth(data.targets.milestones.new_started.month) - start;
  const rho = params.realisationPct / 100;
  const u = params.utilisationPct / 100;
  const o = params.durationOverrunPct / 100;

  const investment = data.projects.map(() => new Array<number>(H).fill(0));
  const output = data.projects.map(() => new Array<number>(H).fill(0));
  const startedProb = data.projects.map(() => new Array<number>(H).fill(0));

  data.projects.forEach((p, i) => {
    const P = Math.max(0, parseMonth(p.planned_start) - start);
    const delta = params.siteDelayMonths[p.site_id] ?? 0;
    const branches: [number, number][] = [];
    if (p.type === 'reserve') {
      branches.push([params.reserveSignedPct / 100, P + params.reserveLagMonths + delta]);
    } else {
      const s = (p.type === 'continuing' ? params.resumedByMayPct : params.startedByAugustPct) / 100;
      const milestone = p.type === 'continuing' ? mMay : mAug;
      branches.push([s, P + delta], [1 - s, Math.max(P, milestone) + params.missDelayMonths + delta]);
    }
    const R = p.total_investment_wan - p.invested_before_wan;
    const W = snap(p.construction_months * (1 + o));
    const ramp = snap(p.rampup_months * params.rampUpFactor);
    for (const [w, nominal] of branches) {
      if (w <= 0) continue;
      let t0 = -1;
      for (let m = Math.max(0, nominal); m < H; m++)
        if (active(m)) {
          t0 = m;
          break;
        }
      if (t0 < 0) continue;
      for (let m = t0; m < H; m++) startedProb[i]![m]! += w;
      let k = 0;
      let tc = -1;
      for (let m = t0; m < H; m++) {
        if (!active(m)) continue;
        k++;
        investment[i]![m]! += (w * rho * R * (Math.min(k, W) - Math.min(k - 1, W))) / W;
        if (k >= W) {
          tc = m;
          break;
        }
      }
      if (tc < 0) continue;
      for (let m = tc + 1; m < H; m++) {
        const j = m - tc;
        const r = ramp > 0 ? Math.min(1, j / ramp) : 1;
        output[i]![m]! += (w * p.full_output_wan * u * r) / 12;
      }
    }
  });

  const investmentYear = new Array<number>(Y).fill(0);
  investment.forEach((row) => row.forEach((v, m) => (investmentYear[Math.floor(m / 12)]! += v)));
  const shift = params.organicGrowthShiftPp / 100;
  const clusters = data.clusterIds.map((id) => {
    const b = data.baseline.clusters.find((c) => c.cluster_id === id)!;
    const ov = params.clusterOverrides[id] ?? {};
    return {
      id,
      O: ov.baselineOutputWan ?? b.output_wan.value,
      g: (ov.organicGrowthPct ?? b.organic_growth_pct.value) / 100 + shift,
      v: (ov.valueAddedRatePct ?? b.value_added_rate_pct.value) / 100,
    };
  });
  const X = params.baselineGdpWan - clusters.reduce((s, c) => s + c.v * c.O, 0);
  const gx = data.baseline.other_gdp_growth_pct.value / 100 + shift;
  const kappa = params.constructionValueAddedPct / 100;
  const Iref = data.baseline.reference_investment_wan.value;
  const clusterOutputYear = clusters.map((c) =>
    Array.from({ length: Y }, (_, y) => {
      let q = 0;
      data.projects.forEach((p, i) => {
        if (p.cluster_id === c.id) for (let m = y * 12; m < y * 12 + 12; m++) q += output[i]![m]!;
      });
      return c.O * (1 + c.g) ** (y + 1) + q;
    }),
  );
  const gdpYear = Array.from({ length: Y }, (_, y) => {
    const va = clusters.reduce((s, c, ci) => s + c.v * clusterOutputYear[ci]![y]!, 0);
    return X * (1 + gx) ** (y + 1) + va + kappa * (investmentYear[y]! - Iref);
  });
  const growthPct = gdpYear.map((g, y) => (g / (y === 0 ? params.baselineGdpWan : gdpYear[y - 1]!) - 1) * 100);
  return { investment, output, startedProb, investmentYear, clusterOutputYear, gdpYear, growthPct };
}
