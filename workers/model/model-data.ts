import type { Baseline } from '../../src/data/baseline-json';
import type { Project } from '../../src/data/projects-csv';
import type { Targets } from '../../src/data/targets-json';
import { buildCalendar, parseMonth, type Calendar } from './calendar';
import type { ScenarioParams } from './parameters';
import type { ParamIssue } from './validate-params';

/** Everything the model needs besides the scenario parameters (already parsed and schema-checked). */
export interface SimulatorData {
  projects: readonly Project[];
  baseline: Baseline;
  targets: Targets;
  /** Site ids in display order (from data/parks.geojson, or SITE_IDS). */
  siteIds: readonly string[];
  /** Cluster ids in display order (from data/clusters.json). */
  clusterIds: readonly string[];
}

export const KIND_CONTINUING = 0;
export const KIND_NEW = 1;
export const KIND_RESERVE = 2;

/** The dataset as columns: one typed array per field, one entry per project. */
export interface PreparedData {
  source: SimulatorData;
  projectCount: number;
  projectIds: string[];
  siteIndex: Int32Array;
  clusterIndex: Int32Array;
  /** KIND_CONTINUING | KIND_NEW | KIND_RESERVE */
  kind: Uint8Array;
  /** Planned remaining investment R = total − invested before, 万元. */
  remainingWan: Float64Array;
  /** Planned (re)start or, for reserve projects, signing month, as an absolute month number. */
  plannedAbsolute: Int32Array;
  constructionMonths: Float64Array;
  fullOutputWan: Float64Array;
  rampupMonths: Float64Array;
  /** Start month of the simulation: January of the year after the base year. */
  startAbsolute: number;
  /** Absolute months of the two milestones of targets.json. */
  resumeMilestoneAbsolute: number;
  startMilestoneAbsolute: number;
  gdpTargetPct: number;
}

export type Prepared<T> = { ok: true; value: T } | { ok: false; issues: ParamIssue[] };

/**
 * Checks that projects, baseline and targets fit together and turns the projects into columns.
 * @example const r = prepareData(data); if (r.ok) simulateExpected(r.value, DEFAULT_PARAMS);
 */
export function prepareData(data: SimulatorData): Prepared<PreparedData> {
  const issues: ParamIssue[] = [];
  const siteOf = new Map(data.siteIds.map((id, i) => [id, i]));
  const clusterOf = new Map(data.clusterIds.map((id, i) => [id, i]));
  const n = data.projects.length;
  const prepared: PreparedData = {
    source: data,
    projectCount: n,
    projectIds: data.projects.map((p) => p.id),
    siteIndex: new Int32Array(n),
    clusterIndex: new Int32Array(n),
    kind: new Uint8Array(n),
    remainingWan: new Float64Array(n),
    plannedAbsolute: new Int32Array(n),
    constructionMonths: new Float64Array(n),
    fullOutputWan: new Float64Array(n),
    rampupMonths: new Float64Array(n),
    startAbsolute: (data.baseline.base_year.value + 1) * 12,
    resumeMilestoneAbsolute: parseMonth(data.targets.milestones.continuing_resumed.month),
    startMilestoneAbsolute: parseMonth(data.targets.milestones.new_started.month),
    gdpTargetPct: data.targets.growth_targets.find((t) => t.id === 'gdp')?.growth_pct ?? Number.NaN,
  };
  if (data.targets.base_year !== data.baseline.base_year.value) {
    issues.push({ path: 'targets.base_year', message: `targets base_year ${data.targets.base_year} differs from baseline base_year ${data.baseline.base_year.value}` });
  }
  const baselineClusters = new Set(data.baseline.clusters.map((c) => c.cluster_id));
  for (const id of data.clusterIds) {
    if (!baselineClusters.has(id)) issues.push({ path: `baseline.clusters.${id}`, message: `baseline has no values for cluster "${id}"` });
  }
  data.projects.forEach((p, i) => {
    const site = siteOf.get(p.site_id);
    const cluster = clusterOf.get(p.cluster_id);
    if (site === undefined) issues.push({ path: `projects.${p.id}.site_id`, message: `project ${p.id}: unknown site "${p.site_id}"` });
    if (cluster === undefined) issues.push({ path: `projects.${p.id}.cluster_id`, message: `project ${p.id}: unknown cluster "${p.cluster_id}"` });
    prepared.siteIndex[i] = site ?? 0;
    prepared.clusterIndex[i] = cluster ?? 0;
    prepared.kind[i] = p.type === 'continuing' ? KIND_CONTINUING : p.type === 'new' ? KIND_NEW : KIND_RESERVE;
    prepared.remainingWan[i] = p.total_investment_wan - p.invested_before_wan;
    prepared.plannedAbsolute[i] = parseMonth(p.planned_start);
    prepared.constructionMonths[i] = p.construction_months;
    prepared.fullOutputWan[i] = p.full_output_wan;
    prepared.rampupMonths[i] = p.rampup_months;
  });
  if (new Set(prepared.projectIds).size !== n) issues.push({ path: 'projects', message: 'project ids are not unique' });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: prepared };
}

/** A dataset combined with one scenario: everything the accumulation loops read, precomputed. */
export interface ModelContext {
  data: PreparedData;
  params: ScenarioParams;
  calendar: Calendar;
  months: number;
  years: number;
  firstYear: number;
  siteCount: number;
  clusterCount: number;
  projectCount: number;
  /** Active-month ordinal at the start of each year (length years + 1). */
  yearActiveStart: Int32Array;
  /** Nominal on-plan start month index per project (planned start + site delay; reserve: + lag). */
  onPlanStart: Int32Array;
  /** Nominal start month index after a missed milestone (continuing and new projects). */
  lateStart: Int32Array;
  resumeMilestoneIndex: number;
  startMilestoneIndex: number;
  /** Per cluster: base-year output (万元), organic growth and value-added rate (fractions). */
  clusterBaseOutput: Float64Array;
  clusterGrowth: Float64Array;
  clusterValueAdded: Float64Array;
  /** GDP outside the clusters in the base year (X) and its growth rate. */
  otherGdpBase: number;
  otherGrowth: number;
  baselineGdp: number;
  referenceInvestment: number;
  constructionValueAdded: number;
  numbersOfKind: [number, number, number];
}

/**
 * Combines prepared data with validated parameters; fails when cluster value added would exceed GDP.
 * @example const ctx = buildContext(prepared, DEFAULT_PARAMS); if (ctx.ok) ctx.value.months === 60
 */
export function buildContext(data: PreparedData, params: ScenarioParams): Prepared<ModelContext> {
  const months = params.horizonMonths;
  const calendar = buildCalendar(data.startAbsolute, months, params.seasonStartMonth, params.seasonEndMonth);
  const years = Math.ceil(months / 12);
  const yearActiveStart = new Int32Array(years + 1);
  for (let y = 0; y <= years; y++) yearActiveStart[y] = calendar.activeBefore[Math.min(months, y * 12)]!;

  const { siteIds, clusterIds, baseline } = data.source;
  const siteDelay = new Int32Array(siteIds.length);
  siteIds.forEach((id, i) => (siteDelay[i] = params.siteDelayMonths[id] ?? 0));

  const n = data.projectCount;
  const onPlanStart = new Int32Array(n);
  const lateStart = new Int32Array(n);
  const resumeMilestoneIndex = data.resumeMilestoneAbsolute - data.startAbsolute;
  const startMilestoneIndex = data.startMilestoneAbsolute - data.startAbsolute;
  const numbersOfKind: [number, number, number] = [0, 0, 0];
  for (let p = 0; p < n; p++) {
    const kind = data.kind[p]!;
    numbersOfKind[kind as 0 | 1 | 2]++;
    const planned = Math.max(0, data.plannedAbsolute[p]! - data.startAbsolute);
    const delay = siteDelay[data.siteIndex[p]!]!;
    if (kind === KIND_RESERVE) {
      onPlanStart[p] = planned + params.reserveLagMonths + delay;
      lateStart[p] = onPlanStart[p]!;
    } else {
      const milestone = kind === KIND_CONTINUING ? resumeMilestoneIndex : startMilestoneIndex;
      onPlanStart[p] = planned + delay;
      lateStart[p] = Math.max(planned, milestone) + params.missDelayMonths + delay;
    }
  }

  const clusterCount = clusterIds.length;
  const clusterBaseOutput = new Float64Array(clusterCount);
  const clusterGrowth = new Float64Array(clusterCount);
  const clusterValueAdded = new Float64Array(clusterCount);
  const shift = params.organicGrowthShiftPp / 100;
  let clusterValueAddedTotal = 0;
  clusterIds.forEach((id, c) => {
    const b = baseline.clusters.find((x) => x.cluster_id === id);
    const o = params.clusterOverrides[id] ?? {};
    clusterBaseOutput[c] = o.baselineOutputWan ?? b?.output_wan.value ?? 0;
    clusterGrowth[c] = (o.organicGrowthPct ?? b?.organic_growth_pct.value ?? 0) / 100 + shift;
    clusterValueAdded[c] = (o.valueAddedRatePct ?? b?.value_added_rate_pct.value ?? 0) / 100;
    clusterValueAddedTotal += clusterBaseOutput[c]! * clusterValueAdded[c]!;
  });
  const otherGdpBase = params.baselineGdpWan - clusterValueAddedTotal;
  if (otherGdpBase < 0) {
    return {
      ok: false,
      issues: [{
        path: 'baselineGdpWan',
        message: `baselineGdpWan (${params.baselineGdpWan} 万元) must be at least the base-year value added of the clusters (${Math.ceil(clusterValueAddedTotal)} 万元)`,
      }],
    };
  }
  return {
    ok: true,
    value: {
      data, params, calendar, months, years,
      firstYear: data.startAbsolute / 12,
      siteCount: siteIds.length,
      clusterCount,
      projectCount: n,
      yearActiveStart, onPlanStart, lateStart, resumeMilestoneIndex, startMilestoneIndex,
      clusterBaseOutput, clusterGrowth, clusterValueAdded,
      otherGdpBase,
      otherGrowth: baseline.other_gdp_growth_pct.value / 100 + shift,
      baselineGdp: params.baselineGdpWan,
      referenceInvestment: baseline.reference_investment_wan.value,
      constructionValueAdded: params.constructionValueAddedPct / 100,
      numbersOfKind,
    },
  };
}
