import { describe, expect, it } from 'vitest';
import { buildTornadoChart } from '../../../src/charts/tornado-chart';
import type { SensitivityResult } from '../../../workers/model/sensitivity';
import { fixtureContext, seriesById } from './fixture-result';

const growth: SensitivityResult = {
  outcome: 'gdpGrowthTargetYear',
  base: 8.5,
  rows: [
    { parameter: 'realisationPct', low: 90, high: 110, outcomeLow: 7.9, outcomeHigh: 9.1, swing: 1.2 },
    { parameter: 'resumedByMayPct', low: 90, high: 100, outcomeLow: 8.2, outcomeHigh: 8.5, swing: 0.3 },
  ],
};

describe('sensitivity tornado', () => {
  it('labels the rows with the parameter names in the sensitivity’s order', () => {
    const { option } = buildTornadoChart(growth, fixtureContext());
    expect((option as { yAxis: { data: string[]; inverse: boolean } }).yAxis).toMatchObject({
      data: ['投资完成率', '续建项目5月复工率'],
      inverse: true,
    });
  });

  it('draws each end as a bar from the base value', () => {
    const { option } = buildTornadoChart(growth, fixtureContext());
    expect((seriesById(option, 'low').data as { value: number }[]).map((d) => d.value)).toEqual([-0.6, -0.3]);
    expect((seriesById(option, 'high').data as { value: number }[]).map((d) => d.value)).toEqual([0.6, 0]);
  });

  it('scales money outcomes to a money axis', () => {
    const money: SensitivityResult = {
      outcome: 'investmentTargetYear',
      base: 600_000,
      rows: [{ parameter: 'realisationPct', low: 90, high: 110, outcomeLow: 540_000, outcomeHigh: 660_000, swing: 120_000 }],
    };
    const { option, summary } = buildTornadoChart(money, fixtureContext());
    expect((seriesById(option, 'low').data as { value: number }[])[0]!.value).toBe(-6);
    expect((option as { xAxis: { name: string } }).xAxis.name).toContain('亿元');
    expect(summary).toContain('取90%时为54.00亿元');
  });

  it('summarises the base and the largest effects', () => {
    const { summary } = buildTornadoChart(growth, fixtureContext({ lang: 'en' }));
    expect(summary).toContain('GDP growth in the target year in the base scenario: 8.50%.');
    expect(summary).toContain('Rank 1: Investment realisation; at 90% it is 7.90%, at 110% it is 9.10%.');
  });
});
