/**
 * Month arithmetic and the construction-season calendar. Months are counted as integers
 * (year × 12 + month − 1) so that differences are plain subtractions.
 */

/** @example parseMonth('2017-05') === 2017 * 12 + 4 */
export function parseMonth(text: string): number {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
  if (!match) throw new Error(`not a month YYYY-MM: "${text}"`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

/** @example formatMonth(parseMonth('2017-05')) === '2017-05' */
export function formatMonth(absolute: number): string {
  const year = Math.floor(absolute / 12);
  const month = absolute - year * 12 + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/**
 * The start rule: the simulation starts in January of the year after the base year
 * (data/baseline.json `base_year`), month index 0. Every part of the app and the model asks here.
 * @example startMonthOf(2016) === '2017-01'
 */
export function startMonthOf(baseYear: number): string {
  return formatMonth(startAbsoluteOf(baseYear));
}

/** The start month as an absolute month number. @example startAbsoluteOf(2016) === parseMonth('2017-01') */
export function startAbsoluteOf(baseYear: number): number {
  return (baseYear + 1) * 12;
}

/**
 * 'YYYY-MM' of month index `m` counted from `start` ('YYYY-MM').
 * @example monthAt('2017-01', 13) === '2018-02'
 */
export function monthAt(start: string, m: number): string {
  return formatMonth(parseMonth(start) + m);
}

/** 'YYYY-MM' of every month index 0 … months − 1. @example monthLabels('2017-01', 2) // ['2017-01', '2017-02'] */
export function monthLabels(start: string, months: number): string[] {
  const first = parseMonth(start);
  return Array.from({ length: months }, (_, m) => formatMonth(first + m));
}

/**
 * Whether a calendar month (1–12) lies in the season; a season whose start is after its end wraps
 * over the new year (e.g. 11 → 2).
 * @example inSeason(4, 4, 11) === true; inSeason(12, 4, 11) === false
 */
export function inSeason(calendarMonth: number, start: number, end: number): boolean {
  return start <= end ? calendarMonth >= start && calendarMonth <= end : calendarMonth >= start || calendarMonth <= end;
}

/** The simulation calendar: which months allow construction, and their ordinals. */
export interface Calendar {
  /** Absolute month of index 0. */
  startAbsolute: number;
  months: number;
  /** 1 where construction may progress. */
  active: Uint8Array;
  /** Number of active months before month m (length months + 1). */
  activeBefore: Int32Array;
  /** Month index of the k-th active month (length = number of active months in the horizon). */
  activeMonth: Int32Array;
  /** First active month ≥ m, or `months` if none (length months + 1). */
  nextActive: Int32Array;
}

/**
 * Builds the calendar of a horizon.
 * @example buildCalendar(parseMonth('2017-01'), 12, 4, 11).activeMonth // [3, 4, …, 10]
 */
export function buildCalendar(startAbsolute: number, months: number, seasonStart: number, seasonEnd: number): Calendar {
  const active = new Uint8Array(months);
  const activeBefore = new Int32Array(months + 1);
  const list: number[] = [];
  for (let m = 0; m < months; m++) {
    const calendarMonth = ((startAbsolute + m) % 12) + 1;
    const on = inSeason(calendarMonth, seasonStart, seasonEnd);
    active[m] = on ? 1 : 0;
    activeBefore[m + 1] = activeBefore[m]! + (on ? 1 : 0);
    if (on) list.push(m);
  }
  const nextActive = new Int32Array(months + 1);
  nextActive[months] = months;
  for (let m = months - 1; m >= 0; m--) nextActive[m] = active[m] ? m : nextActive[m + 1]!;
  return { startAbsolute, months, active, activeBefore, activeMonth: Int32Array.from(list), nextActive };
}
