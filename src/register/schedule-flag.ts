/**
 * The red / amber / green flag of a project against its own planned schedule, from its latest
 * progress report. The rule (shown in the register's legend and in README.md):
 *
 * Planned progress at the report month r: f = min(1, a / D), where D is the construction months and
 * a the construction-season months (season of the scenario) from the planned (re)start month P to r,
 * both included (0 when r < P). Planned investment to date = B + (I − B) · f.
 * - completed: green.
 * - not due yet (f = 0): green.
 * - not started although due: amber in the planned month and the month after it, red from the
 *   second month after it.
 * - under construction: progress ratio = (V − B) / ((I − B) · f) of the reported investment to date
 *   V; green ≥ 80 %, amber ≥ 50 %, red below.
 * - no report: no flag ('none').
 */
import type { ReportStatus } from '../../workers/model/model-data';
import { inSeason, parseMonth } from '../../workers/model/calendar';

export const SCHEDULE_FLAGS = ['red', 'amber', 'green', 'none'] as const;
export type ScheduleFlag = (typeof SCHEDULE_FLAGS)[number];

export const GREEN_RATIO = 0.8;
export const AMBER_RATIO = 0.5;

/** 'YYYY-MM' → months since year 0 (the model's calendar), for differences. */
export const absoluteMonth = parseMonth;

export interface FlagInput {
  plannedStart: string;
  constructionMonths: number;
  totalWan: number;
  investedBeforeWan: number;
  /** Latest report, or null. */
  report: { reportDate: string; status: ReportStatus; investedToDateWan: number } | null;
  seasonStartMonth: number;
  seasonEndMonth: number;
}

/** Share of the planned work due by the end of the report month (0–1). */
export function plannedFraction(input: FlagInput, reportMonth: string): number {
  const p = absoluteMonth(input.plannedStart);
  const r = absoluteMonth(reportMonth);
  let active = 0;
  for (let m = p; m <= r; m++) if (inSeason((((m % 12) + 12) % 12) + 1, input.seasonStartMonth, input.seasonEndMonth)) active++;
  return Math.min(1, active / Math.max(1, input.constructionMonths));
}

/**
 * @example scheduleFlag({ plannedStart: '2017-05', constructionMonths: 10, totalWan: 100, investedBeforeWan: 0,
 *   report: { reportDate: '2017-08-20', status: 'not-started', investedToDateWan: 0 }, seasonStartMonth: 4, seasonEndMonth: 11 }) // 'red'
 */
export function scheduleFlag(input: FlagInput): ScheduleFlag {
  const { report } = input;
  if (!report) return 'none';
  if (report.status === 'completed') return 'green';
  const reportMonth = report.reportDate.slice(0, 7);
  const f = plannedFraction(input, reportMonth);
  if (f === 0) return 'green';
  if (report.status === 'not-started') {
    return absoluteMonth(reportMonth) - absoluteMonth(input.plannedStart) >= 2 ? 'red' : 'amber';
  }
  const due = (input.totalWan - input.investedBeforeWan) * f;
  if (due <= 0) return 'green';
  const ratio = (report.investedToDateWan - input.investedBeforeWan) / due;
  return ratio >= GREEN_RATIO ? 'green' : ratio >= AMBER_RATIO ? 'amber' : 'red';
}
