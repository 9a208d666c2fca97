import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { translate } from '../../../src/i18n/i18n';
import { zhCN } from '../../../src/i18n/zh-CN';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('have exactly the same keys in Chinese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('have no empty message', () => {
    const empty = [...Object.entries(zhCN), ...Object.entries(en)].filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const mismatched = Object.keys(zhCN).filter(
      (key) => placeholders(zhCN[key as keyof typeof zhCN]).join() !== placeholders(en[key as keyof typeof en]).join(),
    );
    expect(mismatched).toEqual([]);
  });
});

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate('en', 'site.areaValue', { ha: '12.5', mu: '188' })).toBe('12.5 ha (188 mu)');
    expect(translate('zh-CN', 'site.areaValue', { ha: '12.5', mu: '188' })).toBe('12.5 公顷（188 亩）');
  });

  it('leaves an unknown placeholder visible rather than dropping it', () => {
    expect(translate('en', 'site.areaValue', { ha: '1' })).toBe('1 ha ({mu} mu)');
  });
});
