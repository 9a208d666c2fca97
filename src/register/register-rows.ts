/**
 * The rows of the project register: the projects of the dataset in use, joined with the current
 * scenario result and the latest progress report of each project. Pure: no UI, no signals.
 *
 * Definitions (also in README.md and the column tooltips):
 * - expected start / completion month: the first month in which the probability of having started /
 *   completed reaches 50 % (the median month over branches in expected mode, over runs in Monte
 *   Carlo); P10 / P90: the first month the probability reaches 10 % / 90 %. NaN when it never does
 *   inside the horizon (e.g. a reserve project that is probably not signed).
 * - P(started by milestone): P(started by the end of May) for continuing projects, of August for new
 *   ones (the article's milestones); none for reserve projects.
 * - P(completed in the target year): probability of completion by December of the target year.
 * - share of target-year investment: the project's investment in the target year / county total.
 * - contribution to target-year growth (pp), investment part: κ · Inv_p,y / GDP₀ · 100 — exactly what
 *   the target-year growth loses if the project's target-year investment is removed (workers/README.md,
 *   GDP equation; GDP_{y−1} = GDP₀ for the target year). The output part needs per-project output,
 *   which the result does not carry.
 */
import type { Project, ProjectType } from '../../workers/model/input/projects-csv';
import type { ProgressReport, ReportStatus } from '../../workers/model/model-data';
import type { ScenarioParams } from '../../workers/model/parameters';
import type { SimulationResult } from '../../workers/model/result-types';
import { isReportOverdue } from './reporting-calendar';
import { scheduleFlag, type ScheduleFlag } from './schedule-flag';

export type ReportState = ReportStatus | 'none';

export interface RegisterRow {
  /** Position of the project in the dataset (and in the result's project arrays when they match). */
  index: number;
  id: string;
  nameZh: string;
  nameEn: string;
  type: ProjectType;
  siteId: string;
  clusterId: string;
  totalWan: number;
  remainingWan: number;
  investedBeforeWan: number;
  plannedStart: string;
  constructionMonths: number;
  fullOutputWan: number;
  rampupMonths: number;
  /** Month indices from the result's start month; NaN = not reached inside the horizon / no result. */
  startMedian: number;
  startP10: number;
  startP90: number;
  completionMedian: number;
  completionP10: number;
  completionP90: number;
  /** NaN for reserve projects or without a result. */
  pMilestone: number;
  pCompletedTargetYear: number;
  investmentTargetYearWan: number;
  shareTargetYear: number;
  growthInvestmentPp: number;
  reportDate: string;
  reportStatus: ReportState;
  reportInvestedWan: number;
  flag: ScheduleFlag;
  overdue: boolean;
}

/** First month index at which `curve[p*H + m]` reaches `level`, NaN if never. */
export function firstMonthReaching(curve: ArrayLike<number>, p: number, H: number, level: number): number {
  // Float32 curves: 0.5 stored as 0.49999997 would be missed, so allow a tiny tolerance.
  for (let m = 0; m < H; m++) if ((curve[p * H + m] ?? 0) >= level - 1e-6) return m;
  return Number.NaN;
}

/** The latest report of each project (by date; the later row wins a tie, as in the model). */
export function latestReports(reports: readonly ProgressReport[] | undefined): Map<string, ProgressReport> {
  const latest = new Map<string, ProgressReport>();
  for (const report of reports ?? []) {
    const previous = latest.get(report.projectId);
    if (!previous || report.reportDate >= previous.reportDate) latest.set(report.projectId, report);
  }
  return latest;
}

export interface RegisterInput {
  projects: readonly Project[];
  progressReports?: readonly ProgressReport[] | undefined;
  result: SimulationResult | null;
  params: ScenarioParams;
  /** Reporting cycle of data/targets.json. */
  reporting: { firstDate: string; intervalDays: number };
}

/**
 * One row per project. The result is used only when its project ids are those of the dataset (a
 * result of another dataset is never joined by position).
 * @example buildRegisterRows({ projects, result, params, reporting: { firstDate: '2017-03-01', intervalDays: 20 } })
 */
export function buildRegisterRows(input: RegisterInput): RegisterRow[] {
  const { projects, result, params } = input;
  const resultIndex = new Map<string, number>();
  if (result) result.projectIds.forEach((id, p) => resultIndex.set(id, p));
  const H = result?.months ?? 0;
  const y = result?.targetYearIndex ?? 0;
  const yearStart = y * 12;
  const december = yearStart + 11;
  const totalTargetYear = result ? (result.investmentYear[y] ?? 0) : 0;
  const kappa = params.constructionValueAddedPct / 100;
  const latest = latestReports(input.progressReports);
  // The dataset's "today": its newest report. Without reports nothing is overdue.
  let asOf: string | null = null;
  for (const report of latest.values()) if (asOf === null || report.reportDate > asOf) asOf = report.reportDate;

  return projects.map((project, index) => {
    const p = resultIndex.get(project.id);
    const report = latest.get(project.id) ?? null;
    let startMedian = Number.NaN;
    let startP10 = Number.NaN;
    let startP90 = Number.NaN;
    let completionMedian = Number.NaN;
    let completionP10 = Number.NaN;
    let completionP90 = Number.NaN;
    let pMilestone = Number.NaN;
    let pCompleted = Number.NaN;
    let investment = Number.NaN;
    if (result && p !== undefined) {
      const started = result.projectStartedProbMonth;
      const completed = result.projectCompletedProbMonth;
      startMedian = firstMonthReaching(started, p, H, 0.5);
      startP10 = firstMonthReaching(started, p, H, 0.1);
      startP90 = firstMonthReaching(started, p, H, 0.9);
      completionMedian = firstMonthReaching(completed, p, H, 0.5);
      completionP10 = firstMonthReaching(completed, p, H, 0.1);
      completionP90 = firstMonthReaching(completed, p, H, 0.9);
      const milestone =
        project.type === 'continuing' ? result.resumeMilestoneMonth : project.type === 'new' ? result.startMilestoneMonth : -1;
      if (milestone >= 0) pMilestone = started[p * H + milestone] ?? Number.NaN;
      pCompleted = completed[p * H + december] ?? Number.NaN;
      investment = 0;
      for (let m = yearStart; m < yearStart + 12 && m < H; m++) investment += result.projectInvestmentMonth[p * H + m] ?? 0;
    }
    return {
      index,
      id: project.id,
      nameZh: project.name_zh,
      nameEn: project.name_en,
      type: project.type,
      siteId: project.site_id,
      clusterId: project.cluster_id,
      totalWan: project.total_investment_wan,
      remainingWan: project.total_investment_wan - Math.max(project.invested_before_wan, report?.investedToDateWan ?? 0),
      investedBeforeWan: project.invested_before_wan,
      plannedStart: project.planned_start,
      constructionMonths: project.construction_months,
      fullOutputWan: project.full_output_wan,
      rampupMonths: project.rampup_months,
      startMedian,
      startP10,
      startP90,
      completionMedian,
      completionP10,
      completionP90,
      pMilestone,
      pCompletedTargetYear: pCompleted,
      investmentTargetYearWan: investment,
      shareTargetYear: totalTargetYear > 0 ? investment / totalTargetYear : Number.NaN,
      growthInvestmentPp: Number.isNaN(investment) ? Number.NaN : ((kappa * investment) / params.baselineGdpWan) * 100,
      reportDate: report?.reportDate ?? '',
      reportStatus: report?.status ?? 'none',
      reportInvestedWan: report?.investedToDateWan ?? Number.NaN,
      flag: scheduleFlag({
        plannedStart: project.planned_start,
        constructionMonths: project.construction_months,
        totalWan: project.total_investment_wan,
        investedBeforeWan: project.invested_before_wan,
        report,
        seasonStartMonth: params.seasonStartMonth,
        seasonEndMonth: params.seasonEndMonth,
      }),
      overdue:
        asOf !== null &&
        (report !== null || project.type !== 'reserve') &&
        isReportOverdue(report?.reportDate ?? null, asOf, input.reporting.intervalDays, input.reporting.firstDate),
    };
  });
}
