import { describe, expect, it } from 'vitest';
import { buildInvestmentChart } from '../../../src/charts/investment-chart';
import { fixtureContext, fixtureResult, seriesById, seriesOf } from './fixture-result';

describe('investment chart', () => {
  it('draws monthly investment as bars and the running total as a line, in 万元 below 1亿元', () => {
    const { option } = buildInvestmentChart(fixtureResult(), fixtureContext());
    const monthly = seriesById(option, 'monthly');
    expect(monthly.type).toBe('bar');
    expect(monthly.data?.slice(0, 5)).toEqual([0, 0, 0, 2000, 2000]);
    const cumulative = seriesById(option, 'cumulative');
    expect(cumulative.type).toBe('line');
    // 32,000万元 at the end of 2018 puts the cumulative axis in 亿元.
    expect(cumulative.data?.[11]).toBe(1.6);
    expect(cumulative.data?.[23]).toBe(3.2);
  });

  it('names the units in the axis titles', () => {
    const { option } = buildInvestmentChart(fixtureResult(), fixtureContext());
    const axes = (option as { yAxis: { name: string }[] }).yAxis;
    expect(axes.map((a) => a.name)).toEqual(['当月投资（万元）', '累计投资（亿元）']);
  });

  it('marks the map month with a vertical line at that month', () => {
    const at11 = seriesById(buildInvestmentChart(fixtureResult(), fixtureContext({ monthIndex: 11 })).option, 'monthly');
    expect((at11.markLine as { data: { xAxis: string }[] }).data).toEqual([{ xAxis: '2017-12' }]);
    const at17 = seriesById(buildInvestmentChart(fixtureResult(), fixtureContext({ monthIndex: 17 })).option, 'monthly');
    expect((at17.markLine as { data: { xAxis: string }[] }).data).toEqual([{ xAxis: '2018-06' }]);
  });

  it('shades P10–P90 of the running total in Monte Carlo mode, P10 below P90 everywhere', () => {
    const result = fixtureResult({ monteCarlo: true });
    const { option } = buildInvestmentChart(result, fixtureContext());
    const p10 = seriesById(option, 'band-p10').data as number[];
    const width = seriesById(option, 'band').data as number[];
    expect(seriesById(option, 'band').stack).toBe(seriesById(option, 'band-p10').stack);
    for (let m = 0; m < result.months; m++) {
      expect(width[m]).toBeGreaterThanOrEqual(0);
      // P10 + width is P90 (1.2 × mean), in 亿元.
      expect(p10[m]! + width[m]!).toBeCloseTo((result.cumulativeInvestmentMonth[m]! * 1.2) / 10_000, 3);
    }
  });

  it('has no band in expected mode', () => {
    const ids = seriesOf(buildInvestmentChart(fixtureResult(), fixtureContext()).option).map((s) => s.id);
    expect(ids).not.toContain('band');
  });

  it('overlays a comparison result as dashed lines named after it', () => {
    const comparison = { name: '保守', result: fixtureResult({ scale: 0.5 }) };
    const { option, summary } = buildInvestmentChart(fixtureResult(), fixtureContext({ comparison }));
    const overlay = seriesById(option, 'comparison-cumulative');
    expect(overlay.name).toContain('保守');
    expect(overlay.data?.[11]).toBe(0.8);
    expect(seriesById(option, 'comparison-monthly').data?.[4]).toBe(1000);
    expect(summary).toContain('保守');
    expect(summary).toContain('8,000万元');
  });

  it('summarises the target-year total, the marked month and the band', () => {
    const { summary } = buildInvestmentChart(fixtureResult({ monteCarlo: true }), fixtureContext({ monthIndex: 4 }));
    expect(summary).toContain('2017年项目固定资产投资预计1.60亿元');
    expect(summary).toContain('2017-05当月投资2,000万元');
    expect(summary).toContain('累计4,000万元');
    expect(summary).toContain('P10–P90区间为3,200万元至4,800万元');
  });

  it('summarises in English with English money units', () => {
    const { summary } = buildInvestmentChart(fixtureResult(), fixtureContext({ lang: 'en', monthIndex: 4 }));
    expect(summary).toContain('Project fixed-asset investment in 2017: CNY 160 m.');
    expect(summary).toContain('In 2017-05: CNY 20.0 m invested, CNY 40.0 m since the start month.');
  });
});
