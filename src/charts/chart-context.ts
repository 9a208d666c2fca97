/**
 * What every chart option builder receives besides the result, and the small pieces they share
 * (month and year labels, the month marker, common styling). Builders are pure: no DOM, no signals
 * read, so a test can call them with any language, month or comparison.
 */
import type { Cluster } from '../data/cluster-schema';
import { translate, type Lang, type MessageKey } from '../i18n/i18n';
import type { SimulationResult } from '../../workers/model/result-types';
import type { ChartOption } from './echarts-setup';
import { monthAt, monthLabels as calendarMonthLabels } from '../../workers/model/calendar';
import { localize, type LocalizedText } from '../../workers/model/localized-text';

/** A site's id and names: all the per-site chart needs of a site record. */
export interface ChartSite {
  id: string;
  name: LocalizedText;
}

/** A second result drawn over the first ("curves overlaid"), with the name the legend gives it. */
export interface ChartComparison {
  name: string;
  result: SimulationResult;
}

export interface ChartContext {
  lang: Lang;
  /** In the order of data/clusters.json; colours are the map's, so chart and legend agree. */
  clusters: readonly Cluster[];
  /** Site names for the per-site chart; a site missing here is shown by its id. */
  sites?: readonly ChartSite[];
  /** The month the map shows, as an index from the result's start month. */
  monthIndex: number;
  selectedSiteId: string | null;
  comparison?: ChartComparison | null;
  /** Legend name of the main result when a comparison is drawn (e.g. the scenario's name). */
  resultName?: string;
}

/** What a builder returns: the ECharts option and a short text of the same content for screen readers. */
export interface ChartBuild {
  option: ChartOption;
  summary: string;
}

export function tr(ctx: Pick<ChartContext, 'lang'>, key: MessageKey, params?: Record<string, string | number>): string {
  return translate(ctx.lang, key, params);
}

/**
 * 'YYYY-MM' of month index m after the start month.
 * @example monthLabel('2017-01', 13) // "2018-02"
 */
export function monthLabel(startMonth: string, m: number): string {
  return monthAt(startMonth, m);
}

export function monthLabels(result: SimulationResult): string[] {
  return calendarMonthLabels(result.startMonth, result.months);
}

export function yearLabels(result: SimulationResult): string[] {
  return Array.from({ length: result.years }, (_, y) => String(result.firstYear + y));
}

/** Month index clamped to the result, so a slider ahead of a shorter horizon never marks nothing. */
export function clampMonth(result: SimulationResult, m: number): number {
  return Math.min(Math.max(0, Math.round(m)), result.months - 1);
}

/** Index in the year arrays of the year containing month m (−1 if outside the simulated years). */
export function yearIndexOfMonth(result: SimulationResult, m: number): number {
  const calendarYear = Number(monthLabel(result.startMonth, clampMonth(result, m)).slice(0, 4));
  const y = calendarYear - result.firstYear;
  return y >= 0 && y < result.years ? y : -1;
}

export function siteName(ctx: ChartContext, siteId: string): string {
  const site = ctx.sites?.find((s) => s.id === siteId);
  if (!site) return siteId;
  return localize(site.name, ctx.lang);
}

/** Colours not taken by the cluster palette (Paul Tol's "muted" is used by the clusters). */
export const CHART_COLORS = {
  main: '#0b5cad',
  band: 'rgba(11, 92, 173, 0.16)',
  comparison: '#b3541e',
  target: '#c0392b',
  marker: '#4a5563',
  ink: '#1d2733',
  inkSoft: '#4a5563',
  grid: '#e3e7ec',
  low: '#4477aa',
  high: '#ee7733',
} as const;

/** Single quotes inside: ECharts' SVG output puts the family into a double-quoted attribute. */
export const TEXT_STYLE = {
  fontFamily: "system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
  color: CHART_COLORS.ink,
};

/** The vertical "current month" line of monthly charts, labelled with the month. */
export function monthMarkLine(label: string) {
  return {
    silent: true,
    symbol: 'none',
    animation: false,
    lineStyle: { color: CHART_COLORS.marker, type: 'dashed' as const, width: 1.5 },
    label: { formatter: label, position: 'end' as const, color: CHART_COLORS.inkSoft, fontSize: 11 },
    data: [{ xAxis: label }],
  };
}

/** The shaded column of the current month's year on annual charts. */
export function yearMarkArea(yearLabel: string) {
  return {
    silent: true,
    itemStyle: { color: 'rgba(74, 85, 99, 0.08)' },
    label: { show: false },
    data: [[{ xAxis: yearLabel }, { xAxis: yearLabel }]] as [{ xAxis: string }, { xAxis: string }][],
  };
}

/**
 * Vertical P10–P90 whiskers at each category, drawn as mark-line segments from (x, low) to (x, high).
 * @example whiskers(['2017'], [4.8], [7.2]) // one segment at 2017 from 4.8 to 7.2
 */
export function whiskers(categories: readonly string[], low: readonly number[], high: readonly number[], color: string) {
  return {
    silent: true,
    symbol: 'none',
    animation: false,
    lineStyle: { color, width: 1.5, type: 'solid' as const },
    label: { show: false },
    data: categories.map((x, i) => [
      { coord: [x, low[i] ?? 0] as [string, number] },
      { coord: [x, high[i] ?? 0] as [string, number] },
    ]) as [{ coord: [string, number] }, { coord: [string, number] }][],
  };
}

/** Grid margins shared by the charts: room on the left for tick labels and the rotated axis title. */
export const BASE_GRID = { left: 72, right: 24, top: 40, bottom: 40, containLabel: false };

export function axisName(text: string) {
  return { name: text, nameTextStyle: { color: CHART_COLORS.inkSoft, fontSize: 11 } };
}

/**
 * A value axis' title along the axis, rotated, so the space above the plot belongs to the legend
 * (which wraps to two or three lines in a narrow chart) and the two can never overlap.
 */
export function valueAxisName(text: string) {
  return { ...axisName(text), nameLocation: 'middle' as const, nameRotate: 90, nameGap: 48 };
}

/** Joins sentences: Chinese sentences carry their own full stop, English ones need a space. */
export function sentences(ctx: Pick<ChartContext, 'lang'>, parts: readonly string[]): string {
  return parts.join(ctx.lang === 'en' ? ' ' : '');
}

/** Reads `a[i]` where the index is known to be in range (the result's own dimensions). */
export function at(a: ArrayLike<number>, i: number): number {
  return a[i] ?? Number.NaN;
}
