import type { Baseline } from './input/baseline-json';
import type { Project } from './input/projects-csv';
import type { Targets } from './input/targets-json';
import { buildCalendar, inSeason, parseMonth, type Calendar } from './calendar';
import type { ScenarioParams } from './parameters';
import type { ParamIssue } from './validate-params';
import { startAbsoluteOf } from './calendar';

/** Everything the model needs besides the scenario parameters (already parsed and schema-checked). */
export interface SimulatorData {
  projects: readonly Project[];
  baseline: Baseline;
  targets: Targets;
  /** Site ids in display order (from data/parks.geojson or an imported sites file). */
  siteIds: readonly string[];
  /** Cluster ids in display order (from data/clusters.json). */
  clusterIds: readonly string[];
  /**
   * Progress reports (the every-20-days reports); the latest one per project is taken as actuals up
   * to its report month and the rest is projected from there (workers/README.md, "Progress reports").
   */
  progressReports?: readonly ProgressReport[];
}

export const REPORT_STATUSES = ['not-started', 'under-construction', 'completed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** One progress report of one project. */
export interface ProgressReport {
  projectId: string;
  /** 'YYYY-MM-DD'; the report counts for the month that contains it. */
  reportDate: string;
  status: ReportStatus;
  /** Cumulative investment of the project since it began (including invested_before_wan), 万元. */
  investedToDateWan: number;
}

/** `reportStatus` values; NO_REPORT for projects without a report. */
export const NO_REPORT = 0;
export const REPORT_NOT_STARTED = 1;
export const REPORT_UNDER_CONSTRUCTION = 2;
export const REPORT_COMPLETED = 3;

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
  /** NO_REPORT | REPORT_NOT_STARTED | REPORT_UNDER_CONSTRUCTION | REPORT_COMPLETED (latest report). */
  reportStatus: Uint8Array;
  /** Absolute month of the latest report (meaningful where reportStatus ≠ NO_REPORT). */
  reportAbsolute: Int32Array;
  /** Actual investment inside the horizon up to the report, A = max(0, V − B), 万元. */
  reportActualWan: Float64Array;
  /** Investment still to come after the report, R' = max(0, I − max(V, B)), 万元. */
  reportRemainingWan: Float64Array;
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
    reportStatus: new Uint8Array(n),
    reportAbsolute: new Int32Array(n),
    reportActualWan: new Float64Array(n),
    reportRemainingWan: new Float64Array(n),
    startAbsolute: startAbsoluteOf(data.baseline.base_year.value),
    resumeMilestoneAbsolute: parseMonth(data.targets.milestones.continuing_resumed.month),
    startMilestoneAbsolute: parseMonth(data.targets.milestones.new_started.month),
    gdpTargetPct: data.targets.growth_targets.find((t) => t.id === 'gdp')?.growth_pct ?? Number.NaN,
  };
  if (data.targets.base_year !== data.baseline.base_year.value) {
    issues.push({
      path: 'targets.base_year',
      message: `targets base_year ${data.targets.base_year} differs from baseline base_year ${data.baseline.base_year.value}`,
    });
  }
  const baselineClusters = new Set(data.baseline.clusters.map((c) => c.cluster_id));
  for (const id of data.clusterIds) {
    if (!baselineClusters.has(id))
      issues.push({ path: `baseline.clusters.${id}`, message: `baseline has no values for cluster "${id}"` });
  }
  data.projects.forEach((p, i) => {
    const site = siteOf.get(p.site_id);
    const cluster = clusterOf.get(p.cluster_id);
    if (site === undefined)
      issues.push({ path: `projects.${p.id}.site_id`, message: `project ${p.id}: unknown site "${p.site_id}"` });
    if (cluster === undefined)
      issues.push({ path: `projects.${p.id}.cluster_id`, message: `project ${p.id}: unknown cluster "${p.cluster_id}"` });
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
  prepareReports(data, prepared, issues);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: prepared };
}

const REPORT_STATUS_CODE: Record<ReportStatus, number> = {
  'not-started': REPORT_NOT_STARTED,
  'under-construction': REPORT_UNDER_CONSTRUCTION,
  completed: REPORT_COMPLETED,
};

/** Keeps the latest report of each project (checked: known project, date, status, amount, not before the start). */
function prepareReports(data: SimulatorData, prepared: PreparedData, issues: ParamIssue[]): void {
  const reports = data.progressReports ?? [];
  const indexOf = new Map(prepared.projectIds.map((id, i) => [id, i]));
  const latest = new Map<number, { date: string; report: ProgressReport }>();
  const seen = new Set<string>();
  reports.forEach((report, k) => {
    const path = `progressReports.${k}`;
    const p = indexOf.get(report.projectId);
    if (p === undefined)
      return void issues.push({
        path: `${path}.projectId`,
        message: `progress report ${k + 1}: unknown project "${report.projectId}"`,
      });
    if (!/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(report.reportDate)) {
      return void issues.push({
        path: `${path}.reportDate`,
        message: `progress report ${k + 1}: report date must be YYYY-MM-DD (got "${report.reportDate}")`,
      });
    }
    if (!(REPORT_STATUSES as readonly string[]).includes(report.status)) {
      return void issues.push({
        path: `${path}.status`,
        message: `progress report ${k + 1}: status must be one of ${REPORT_STATUSES.join(', ')}`,
      });
    }
    if (!Number.isFinite(report.investedToDateWan) || report.investedToDateWan < 0) {
      return void issues.push({
        path: `${path}.investedToDateWan`,
        message: `progress report ${k + 1}: investment to date must be a number ≥ 0`,
      });
    }
    if (parseMonth(report.reportDate.slice(0, 7)) < prepared.startAbsolute) {
      return void issues.push({
        path: `${path}.reportDate`,
        message: `progress report ${k + 1}: ${report.reportDate} is before the simulation start`,
      });
    }
    const key = `${report.projectId}@${report.reportDate}`;
    if (seen.has(key))
      return void issues.push({
        path,
        message: `progress report ${k + 1}: a second report for ${report.projectId} on ${report.reportDate}`,
      });
    seen.add(key);
    const previous = latest.get(p);
    if (!previous || report.reportDate > previous.date) latest.set(p, { date: report.reportDate, report });
  });
  for (const [p, { report }] of latest) {
    const project = data.projects[p]!;
    prepared.reportStatus[p] = REPORT_STATUS_CODE[report.status];
    prepared.reportAbsolute[p] = parseMonth(report.reportDate.slice(0, 7));
    prepared.reportActualWan[p] = Math.max(0, report.investedToDateWan - project.invested_before_wan);
    prepared.reportRemainingWan[p] = Math.max(
      0,
      project.total_investment_wan - Math.max(report.investedToDateWan, project.invested_before_wan),
    );
  }
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
  /** Remaining investment each schedule spends (R_p, or R'_p after a progress report), 万元. */
  remainingWan: Float64Array;
  /** Per project: month index of its latest progress report, −1 without one. */
  reportMonth: Int32Array;
  /** Per project: month its construction counts as started when a report says it has (see README). */
  reportStartMonth: Int32Array;
  /** Reported actual investment spread over months; null when there are no reports. */
  actuals: Actuals | null;
}

/** Actual (reported) investment, by month; constant across Monte Carlo runs. */
export interface Actuals {
  /** Last report month (index), clipped to the horizon: months ≤ it contain reported actuals. */
  untilMonth: number;
  projectMonth: Float64Array;
  siteMonth: Float64Array;
  clusterMonth: Float64Array;
  month: Float64Array;
  siteYear: Float64Array;
  clusterYear: Float64Array;
}

/**
 * Spreads each reported project's actual investment A evenly over the construction-season months from
 * its planned (re)start (clamped to [0, r]) to its report month r; with no season month in between, all
 * of A falls in month r. Also fixes the month a reported start counts from.
 */
function buildActuals(
  data: PreparedData,
  params: ScenarioParams,
  months: number,
  years: number,
  siteCount: number,
  clusterCount: number,
  reportMonth: Int32Array,
  reportStartMonth: Int32Array,
): Actuals | null {
  const n = data.projectCount;
  let any = false;
  const H = months;
  const actuals: Actuals = {
    untilMonth: -1,
    projectMonth: new Float64Array(n * H),
    siteMonth: new Float64Array(siteCount * H),
    clusterMonth: new Float64Array(clusterCount * H),
    month: new Float64Array(H),
    siteYear: new Float64Array(siteCount * years),
    clusterYear: new Float64Array(clusterCount * years),
  };
  const active = (m: number) => inSeason(((data.startAbsolute + m) % 12) + 1, params.seasonStartMonth, params.seasonEndMonth);
  for (let p = 0; p < n; p++) {
    if (data.reportStatus[p] === NO_REPORT) continue;
    any = true;
    const r = reportMonth[p]!;
    actuals.untilMonth = Math.max(actuals.untilMonth, Math.min(r, H - 1));
    const from = Math.min(r, Math.max(0, data.plannedAbsolute[p]! - data.startAbsolute));
    let count = 0;
    let first = -1;
    for (let m = from; m <= r; m++) {
      if (!active(m)) continue;
      count++;
      if (first < 0) first = m;
    }
    reportStartMonth[p] = first < 0 ? r : first;
    const amount = data.reportActualWan[p]!;
    if (amount === 0) continue;
    const s = data.siteIndex[p]!;
    const c = data.clusterIndex[p]!;
    const put = (m: number, value: number) => {
      if (m >= H) return;
      actuals.projectMonth[p * H + m]! += value;
      actuals.siteMonth[s * H + m]! += value;
      actuals.clusterMonth[c * H + m]! += value;
      actuals.month[m]! += value;
      actuals.siteYear[s * years + Math.floor(m / 12)]! += value;
      actuals.clusterYear[c * years + Math.floor(m / 12)]! += value;
    };
    if (count === 0) put(r, amount);
    else for (let m = from; m <= r; m++) if (active(m)) put(m, amount / count);
  }
  return any ? actuals : null;
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
  const reportMonth = new Int32Array(n).fill(-1);
  const reportStartMonth = new Int32Array(n).fill(-1);
  let remainingWan = data.remainingWan;
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
    if (data.reportStatus[p] !== NO_REPORT) {
      // A report fixes the past: nothing of the project is projected before the month after it.
      const r = data.reportAbsolute[p]! - data.startAbsolute;
      reportMonth[p] = r;
      onPlanStart[p] = Math.max(onPlanStart[p]!, r + 1);
      lateStart[p] = Math.max(lateStart[p]!, r + 1);
      if (remainingWan === data.remainingWan) remainingWan = Float64Array.from(data.remainingWan);
      remainingWan[p] = data.reportRemainingWan[p]!;
    }
  }
  const actuals = buildActuals(data, params, months, years, siteIds.length, clusterIds.length, reportMonth, reportStartMonth);

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
      issues: [
        {
          path: 'baselineGdpWan',
          message: `baselineGdpWan (${params.baselineGdpWan} 万元) must be at least the base-year value added of the clusters (${Math.ceil(clusterValueAddedTotal)} 万元)`,
        },
      ],
    };
  }
  return {
    ok: true,
    value: {
      data,
      params,
      calendar,
      months,
      years,
      firstYear: data.startAbsolute / 12,
      siteCount: siteIds.length,
      clusterCount,
      projectCount: n,
      yearActiveStart,
      onPlanStart,
      lateStart,
      resumeMilestoneIndex,
      startMilestoneIndex,
      clusterBaseOutput,
      clusterGrowth,
      clusterValueAdded,
      otherGdpBase,
      otherGrowth: baseline.other_gdp_growth_pct.value / 100 + shift,
      baselineGdp: params.baselineGdpWan,
      referenceInvestment: baseline.reference_investment_wan.value,
      constructionValueAdded: params.constructionValueAddedPct / 100,
      numbersOfKind,
      remainingWan,
      reportMonth,
      reportStartMonth,
      actuals,
    },
  };
}
