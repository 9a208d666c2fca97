/**
 * Money as county planners write it. Every amount in the simulator is in 万元 (10,000 yuan).
 *
 * Chinese: below 1亿元 (10,000万元) in 万元 with thousands separators ("8,500万元"); from 1亿元 up in
 * 亿元 with two decimals below 100亿元 and one above ("12.35亿元", "150.2亿元").
 * English: the same amounts in millions and billions of yuan, the units English-language reports on
 * China use ("CNY 85.0 m", "CNY 1.24 bn"): 万元 and 亿元 have no English words, and "10k yuan" reads
 * badly in running text. Millions below 1 bn (100 m yuan = 1亿元), billions from there.
 */
import type { Lang } from '../i18n/i18n';

const WAN_PER_YI = 10_000;
/** 1 million yuan = 100万元; 1 billion yuan = 100,000万元. */
const WAN_PER_MILLION = 100;
const WAN_PER_BILLION = 100_000;

function fixed(value: number, digits: number, locale: string): string {
  return value.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Digits that keep about three significant figures without trailing noise. */
function digitsFor(magnitude: number): number {
  if (magnitude < 10) return 2;
  if (magnitude < 100) return 1;
  return 0;
}

/**
 * Formats an amount given in 万元.
 * @example formatMoney(8500, 'zh-CN') // "8,500万元"
 * @example formatMoney(123456, 'zh-CN') // "12.35亿元"
 * @example formatMoney(123456, 'en') // "CNY 1.23 bn"
 */
export function formatMoney(wan: number, lang: Lang): string {
  if (!Number.isFinite(wan)) return '—';
  const sign = wan < 0 ? '−' : '';
  const abs = Math.abs(wan);
  if (abs === 0) return lang === 'en' ? 'CNY 0' : '0万元';
  if (lang === 'en') {
    if (abs >= WAN_PER_BILLION) return `${sign}CNY ${fixed(abs / WAN_PER_BILLION, abs >= 10 * WAN_PER_BILLION ? 1 : 2, 'en')} bn`;
    const millions = abs / WAN_PER_MILLION;
    return `${sign}CNY ${fixed(millions, digitsFor(millions), 'en')} m`;
  }
  if (abs >= WAN_PER_YI) {
    const yi = abs / WAN_PER_YI;
    return `${sign}${fixed(yi, yi >= 100 ? 1 : 2, 'zh-CN')}亿元`;
  }
  return `${sign}${fixed(abs, abs < 10 ? 1 : 0, 'zh-CN')}万元`;
}

/** A money axis shows plain numbers in one unit named in the axis title, never mixed units per tick. */
export interface MoneyScale {
  /** Divide an amount in 万元 by this to get axis units. */
  divisor: number;
  /** The unit for the axis title: 万元 / 亿元 / CNY m / CNY bn. */
  unit: string;
}

/**
 * Picks the axis unit from the largest amount on the axis, with the same boundaries as `formatMoney`.
 * @example moneyScale(250000, 'zh-CN') // { divisor: 10000, unit: '亿元' }
 */
export function moneyScale(maxWan: number, lang: Lang): MoneyScale {
  const max = Math.abs(maxWan);
  if (lang === 'en')
    return max >= WAN_PER_BILLION ? { divisor: WAN_PER_BILLION, unit: 'CNY bn' } : { divisor: WAN_PER_MILLION, unit: 'CNY m' };
  return max >= WAN_PER_YI ? { divisor: WAN_PER_YI, unit: '亿元' } : { divisor: 1, unit: '万元' };
}

/** Scales an amount to axis units, rounded so tooltips and labels do not show float noise. */
export function toScale(wan: number, scale: MoneyScale): number {
  return Math.round((wan / scale.divisor) * 10_000) / 10_000;
}

/**
 * Percent with one decimal, for growth rates and shares.
 * @example formatPercent(8.456) // "8.5%"
 */
export function formatPercent(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '—';
  return `${value < 0 ? '−' : ''}${Math.abs(value).toFixed(digits)}%`;
}
