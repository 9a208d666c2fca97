/**
 * The months an imported date may name: from the simulation's first month (January after the base
 * year) to the last month of the longest horizon the simulator offers. A date outside cannot affect
 * any result, so it is almost always a typing error (2071 for 2017) and is refused with this range.
 */
import { formatMonth, parseMonth, startMonthOf } from '../calendar';
import { parameterSpec } from '../parameters';

export interface SimulatedPeriod {
  /** First month, YYYY-MM. */
  first: string;
  /** Last month, YYYY-MM. */
  last: string;
}

/** @example simulatedPeriod(2016) // { first: '2017-01', last: '2026-12' } with a 120-month maximum horizon */
export function simulatedPeriod(baseYear: number): SimulatedPeriod {
  const first = startMonthOf(baseYear);
  return { first, last: formatMonth(parseMonth(first) + parameterSpec('horizonMonths').max - 1) };
}

/** Whether a month (YYYY-MM) or a date (YYYY-MM-DD) lies in the period. */
export function inPeriod(text: string, period: SimulatedPeriod): boolean {
  const month = text.slice(0, 7);
  return month >= period.first && month <= period.last;
}

/**
 * A calendar date from its parts, or null when the day does not exist in that month (2017-02-30).
 * @example calendarDate(2016, 2, 29) === '2016-02-29'; calendarDate(2017, 2, 29) === null
 */
export function calendarDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || day < 1 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
