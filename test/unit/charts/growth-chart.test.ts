import { describe, expect, it } from 'vitest';
import { buildGrowthChart } from '../../../src/charts/growth-chart';
import { fixtureContext, fixtureResult, seriesById, seriesOf } from './fixture-result';

describe('GDP growth chart', () => {
  it('stacks the three contributions and draws the total growth line', () => {
    const { option } = buildGrowthChart(fixtureResult(), fixtureContext());
    const bars = seriesOf(option).filter((s) => s.type === 'bar');
    expect(bars.map((s) => s.id)).toEqual(['organic', 'project-output', 'project-investment']);
    expect(bars.every((s) => s.stack === 'growth')).toBe(true);
    expect(bars.map((s) => s.data?.[0])).toEqual([5, 2, 1.5]);
    expect(seriesById(option, 'total').data).toEqual([8.5, 7]);
  });

  it('draws the 8% target as a horizontal line named in the legend', () => {
    const { option } = buildGrowthChart(fixtureResult(), fixtureContext());
    const target = seriesById(option, 'target');
    expect(target.data).toEqual([8, 8]);
    expect(target.name).toBe('2017年目标 8%');
    expect((option as { legend: { data: string[] } }).legend.data).toContain('2017年目标 8%');
  });

  it('names the probability of reaching the target with the target line in Monte Carlo mode', () => {
    const target = seriesById(buildGrowthChart(fixtureResult({ monteCarlo: true }), fixtureContext()).option, 'target');
    expect(target.name).toBe('2017年目标 8% · 达成概率 60%');
  });

  it('draws P10–P90 whiskers of growth with P10 below P90', () => {
    const { option } = buildGrowthChart(fixtureResult({ monteCarlo: true }), fixtureContext());
    const segments = (
      seriesById(option, 'band-p90').markLine as { data: [{ coord: [string, number] }, { coord: [string, number] }][] }
    ).data;
    expect(segments.map(([a, b]) => [a.coord[0], a.coord[1], b.coord[1]])).toEqual([
      ['2017', 6.8, 10.2],
      ['2018', 5.6, 8.4],
    ]);
  });

  it('says the probability in the summary, or that expected mode has none', () => {
    expect(buildGrowthChart(fixtureResult({ monteCarlo: true }), fixtureContext()).summary).toContain('达到8%目标的概率为60%');
    const expected = buildGrowthChart(fixtureResult(), fixtureContext()).summary;
    expect(expected).toContain(
      '2017年地区生产总值增长8.5%（目标8%），其中既有经济贡献5.0个百分点，项目产出2.0个百分点，项目投资1.5个百分点',
    );
    expect(expected).not.toContain('概率为');
  });

  it('marks the year of the map month and mentions its growth', () => {
    const { option, summary } = buildGrowthChart(fixtureResult(), fixtureContext({ monthIndex: 20, lang: 'en' }));
    expect((seriesById(option, 'organic').markArea as { data: [{ xAxis: string }][] }).data[0]![0].xAxis).toBe('2018');
    expect(summary).toContain('Growth in 2018: 7.0%.');
  });
});
