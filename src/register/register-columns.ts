/**
 * How each register column is shown: header, width, alignment, cell text and tooltip. The cell
 * texts are also what the screen reader hears; the export has its own machine-readable columns.
 */
import { lang, type Lang } from '../i18n/i18n';
import { monthAt as monthLabel } from '../../workers/model/calendar';
import type { RegisterColumn } from './register-query';
import type { RegisterRow } from './register-rows';
import { registerTranslate, type RegisterMessageKey } from './register-messages';

export interface ColumnContext {
  lang: Lang;
  startMonth: string | null;
  siteName: (id: string) => string;
  clusterName: (id: string) => string;
  year: number;
}

export interface ColumnView {
  id: RegisterColumn;
  label: (c: ColumnContext) => string;
  tip?: (c: ColumnContext) => string;
  width: number;
  numeric: boolean;
  text: (row: RegisterRow, c: ColumnContext) => string;
}

const formats = new Map<string, Intl.NumberFormat>();
function fmt(language: Lang, digits: number, style: 'decimal' | 'percent' = 'decimal'): Intl.NumberFormat {
  const key = `${language}|${digits}|${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, {
      style,
      maximumFractionDigits: digits,
      minimumFractionDigits: style === 'percent' ? 0 : 0,
    });
    formats.set(key, format);
  }
  return format;
}

const DASH = '—';
const money = (v: number, c: ColumnContext) => (Number.isNaN(v) ? DASH : fmt(c.lang, 0).format(v));
const pct = (v: number, c: ColumnContext) => (Number.isNaN(v) ? DASH : fmt(c.lang, 0, 'percent').format(v));
const month = (m: number, c: ColumnContext) => (Number.isNaN(m) || c.startMonth === null ? DASH : monthLabel(c.startMonth, m));
const shortMonth = (m: number, c: ColumnContext) =>
  Number.isNaN(m) || c.startMonth === null ? '…' : monthLabel(c.startMonth, m).slice(2);
const range = (median: number, p10: number, p90: number, c: ColumnContext) =>
  Number.isNaN(median) ? month(median, c) : `${month(median, c)} (${shortMonth(p10, c)}–${shortMonth(p90, c)})`;

const tr = (key: RegisterMessageKey) => (c: ColumnContext) => registerTranslate(c.lang, key, { year: c.year });

export const COLUMN_VIEWS: readonly ColumnView[] = [
  {
    id: 'name',
    label: tr('register.col.name'),
    width: 230,
    numeric: false,
    text: (r, c) => (c.lang === 'en' ? r.nameEn : r.nameZh),
  },
  {
    id: 'type',
    label: tr('register.col.type'),
    width: 72,
    numeric: false,
    text: (r, c) => registerTranslate(c.lang, `register.type.${r.type}`),
  },
  { id: 'site', label: tr('register.col.site'), width: 130, numeric: false, text: (r, c) => c.siteName(r.siteId) },
  { id: 'cluster', label: tr('register.col.cluster'), width: 110, numeric: false, text: (r, c) => c.clusterName(r.clusterId) },
  { id: 'total', label: tr('register.col.total'), width: 100, numeric: true, text: (r, c) => money(r.totalWan, c) },
  { id: 'remaining', label: tr('register.col.remaining'), width: 100, numeric: true, text: (r, c) => money(r.remainingWan, c) },
  { id: 'planned', label: tr('register.col.planned'), width: 86, numeric: false, text: (r) => r.plannedStart },
  {
    id: 'construction',
    label: tr('register.col.construction'),
    width: 70,
    numeric: true,
    text: (r, c) => money(r.constructionMonths, c),
  },
  { id: 'output', label: tr('register.col.output'), width: 100, numeric: true, text: (r, c) => money(r.fullOutputWan, c) },
  {
    id: 'start',
    label: tr('register.col.start'),
    tip: tr('register.tip.start'),
    width: 136,
    numeric: false,
    text: (r, c) => range(r.startMedian, r.startP10, r.startP90, c),
  },
  {
    id: 'completion',
    label: tr('register.col.completion'),
    tip: tr('register.tip.completion'),
    width: 136,
    numeric: false,
    text: (r, c) => range(r.completionMedian, r.completionP10, r.completionP90, c),
  },
  {
    id: 'pMilestone',
    label: tr('register.col.pMilestone'),
    tip: tr('register.tip.pMilestone'),
    width: 90,
    numeric: true,
    text: (r, c) => pct(r.pMilestone, c),
  },
  {
    id: 'pCompleted',
    label: tr('register.col.pCompleted'),
    tip: tr('register.tip.pCompleted'),
    width: 90,
    numeric: true,
    text: (r, c) => pct(r.pCompletedTargetYear, c),
  },
  {
    id: 'share',
    label: tr('register.col.share'),
    tip: tr('register.tip.share'),
    width: 90,
    numeric: true,
    text: (r, c) => (Number.isNaN(r.shareTargetYear) ? DASH : fmt(c.lang, 1, 'percent').format(r.shareTargetYear)),
  },
  {
    id: 'growth',
    label: tr('register.col.growth'),
    tip: tr('register.tip.growth'),
    width: 120,
    numeric: true,
    text: (r, c) => (Number.isNaN(r.growthInvestmentPp) ? DASH : fmt(c.lang, 3).format(r.growthInvestmentPp)),
  },
  { id: 'reportDate', label: tr('register.col.reportDate'), width: 100, numeric: false, text: (r) => r.reportDate || DASH },
  {
    id: 'status',
    label: tr('register.col.status'),
    width: 96,
    numeric: false,
    text: (r, c) => registerTranslate(c.lang, `register.status.${r.reportStatus}`),
  },
  {
    id: 'invested',
    label: tr('register.col.invested'),
    width: 110,
    numeric: true,
    text: (r, c) => money(r.reportInvestedWan, c),
  },
  {
    id: 'flag',
    label: tr('register.col.flag'),
    tip: tr('register.tip.flag'),
    width: 96,
    numeric: false,
    text: (r, c) =>
      registerTranslate(c.lang, `register.flag.${r.flag}`) +
      (r.overdue ? ` · ${registerTranslate(c.lang, 'register.overdue')}` : ''),
  },
];

export const currentLang = (): Lang => lang.value;
