import { describe, expect, it } from 'vitest';
import { headlineFigures } from '../../../src/charts/headline-figures';
import { fixtureResult } from './fixture-result';

describe('headline figures', () => {
  it('gives the target year’s investment, output and growth against the target', () => {
    const figures = headlineFigures(fixtureResult(), { lang: 'zh-CN' });
    expect(figures.map((f) => [f.id, f.value])).toEqual([
      ['investment', '1.60亿元'],
      ['output', '6.00亿元'],
      ['growth', '8.5%'],
    ]);
    expect(figures[2]!.meetsTarget).toBe(true);
    expect(figures[2]!.detail).toBe('目标8%');
  });

  it('adds the probability of reaching the target and the bands in Monte Carlo mode', () => {
    const figures = headlineFigures(fixtureResult({ monteCarlo: true }), { lang: 'en' });
    expect(figures.find((f) => f.id === 'probability')?.value).toBe('60%');
    expect(figures[0]!.detail).toBe('P10–P90: CNY 128 m–CNY 192 m');
  });
});
