import { describe, expect, it } from 'vitest';
import { formatMoney, formatPercent, moneyScale, toScale } from '../../../src/shared/money-format';

describe('formatMoney in Chinese', () => {
  it('shows amounts below 1亿元 in 万元 with thousands separators', () => {
    expect(formatMoney(8500, 'zh-CN')).toBe('8,500万元');
    expect(formatMoney(9999, 'zh-CN')).toBe('9,999万元');
  });

  it('switches to 亿元 with two decimals at exactly 10,000万元', () => {
    expect(formatMoney(10_000, 'zh-CN')).toBe('1.00亿元');
    expect(formatMoney(123_456, 'zh-CN')).toBe('12.35亿元');
  });

  it('uses one decimal from 100亿元 up', () => {
    expect(formatMoney(1_234_567, 'zh-CN')).toBe('123.5亿元');
  });

  it('keeps a decimal for small amounts and a minus sign for negative ones', () => {
    expect(formatMoney(5.5, 'zh-CN')).toBe('5.5万元');
    expect(formatMoney(-20_000, 'zh-CN')).toBe('−2.00亿元');
  });

  it('writes nothing invested as a plain zero', () => {
    expect(formatMoney(0, 'zh-CN')).toBe('0万元');
    expect(formatMoney(0, 'en')).toBe('CNY 0');
  });
});

describe('formatMoney in English', () => {
  it('shows millions of yuan below 1 bn', () => {
    expect(formatMoney(8500, 'en')).toBe('CNY 85.0 m');
    expect(formatMoney(500, 'en')).toBe('CNY 5.00 m');
    expect(formatMoney(50_000, 'en')).toBe('CNY 500 m');
  });

  it('shows billions from 100,000万元 (1 bn yuan) up', () => {
    expect(formatMoney(100_000, 'en')).toBe('CNY 1.00 bn');
    expect(formatMoney(1_234_567, 'en')).toBe('CNY 12.3 bn');
  });
});

describe('moneyScale', () => {
  it('picks 万元 or 亿元 for a Chinese axis at the same boundary as the text', () => {
    expect(moneyScale(9_999, 'zh-CN')).toEqual({ divisor: 1, unit: '万元' });
    expect(moneyScale(10_000, 'zh-CN')).toEqual({ divisor: 10_000, unit: '亿元' });
  });

  it('picks millions or billions for an English axis', () => {
    expect(moneyScale(99_999, 'en')).toEqual({ divisor: 100, unit: 'CNY m' });
    expect(moneyScale(100_000, 'en')).toEqual({ divisor: 100_000, unit: 'CNY bn' });
  });

  it('scales values without float noise', () => {
    expect(toScale(12_345.678, { divisor: 10_000, unit: '亿元' })).toBe(1.2346);
  });
});

describe('formatPercent', () => {
  it('rounds to one decimal', () => {
    expect(formatPercent(8.456)).toBe('8.5%');
    expect(formatPercent(-1.04)).toBe('−1.0%');
  });
});
