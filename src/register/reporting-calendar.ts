/**
 * The 20-day progress-reporting calendar of the source article: the first reporting date is the
 * first day of `progress_reporting.first_month` in data/targets.json (2017-03-01), then one every
 * `interval_days` (20) days. Kept free of UI code so the time bar can import it cheaply.
 */

const DAY_MS = 86_400_000;

const utc = (date: string): number => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
};
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/**
 * Reporting dates 'YYYY-MM-DD' from the first day of `firstMonth` ('YYYY-MM') every `intervalDays`
 * days, up to and including `until` ('YYYY-MM-DD').
 * @example reportingDates('2017-03', 20, '2017-04-30') // ['2017-03-01', '2017-03-21', '2017-04-10', '2017-04-30']
 */
export function reportingDates(firstMonth: string, intervalDays: number, until: string): string[] {
  const dates: string[] = [];
  const end = utc(until);
  if (!(intervalDays > 0)) return dates;
  for (let t = utc(`${firstMonth}-01`); t <= end; t += intervalDays * DAY_MS) dates.push(iso(t));
  return dates;
}

/**
 * Position of a date on a month axis that starts at `startMonth` ('YYYY-MM'): month index plus the
 * fraction of the month elapsed before the date (day 1 → whole number).
 * @example monthPosition('2017-01', '2017-03-21') // 2 + 20/31
 */
export function monthPosition(startMonth: string, date: string): number {
  const [sy, sm] = startMonth.split('-').map(Number) as [number, number];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return (y - sy) * 12 + (m - sm) + (d - 1) / daysInMonth;
}

/** Whole days from `from` to `to` (both 'YYYY-MM-DD'); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

/**
 * Whether a project's latest report is overdue at `asOf`: older than one reporting cycle
 * (`intervalDays`), or missing while reports are due (`asOf` on or after the first reporting date).
 * @example isReportOverdue('2017-05-01', '2017-05-25', 20) // true (24 days)
 */
export function isReportOverdue(latest: string | null, asOf: string, intervalDays: number, firstDate?: string): boolean {
  if (latest === null) return firstDate !== undefined && daysBetween(firstDate, asOf) >= 0;
  return daysBetween(latest, asOf) > intervalDays;
}
