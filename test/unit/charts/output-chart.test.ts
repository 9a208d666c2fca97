import { describe, expect, it } from 'vitest';
import { buildOutputChart } from '../../../src/charts/output-chart';
import { FIXTURE_CLUSTERS, fixtureContext, fixtureResult, seriesById, seriesOf } from './fixture-result';

describe('output chart', () => {
  it('stacks one bar series per cluster, in the clusters’ map colours and order', () => {
    const { option } = buildOutputChart(fixtureResult(), fixtureContext());
    const bars = seriesOf(option).filter((s) => s.type === 'bar');
    expect(bars.map((s) => s.name)).toEqual(['医药健康', '矿产', '食品']);
    for (const [c, bar] of bars.entries()) {
      expect(bar.stack).toBe('output');
      expect((bar.itemStyle as { color: string }).color).toBe(FIXTURE_CLUSTERS[c]!.color);
    }
    // 30,000万元 for food in 2017, 60,000万元 in 2018, on a 亿元 axis.
    expect(bars[2]!.data).toEqual([3, 6]);
  });

  it('marks the year of the map month', () => {
    const markedYear = (monthIndex: number) => {
      const option = buildOutputChart(fixtureResult(), fixtureContext({ monthIndex })).option;
      return (seriesById(option, 'cluster-pharma-health').markArea as { data: [{ xAxis: string }, { xAxis: string }][] })
        .data[0]![0].xAxis;
    };
    expect(markedYear(0)).toBe('2017');
    expect(markedYear(14)).toBe('2018');
  });

  it('draws P10 and P90 of the total in Monte Carlo mode', () => {
    const { option } = buildOutputChart(fixtureResult({ monteCarlo: true }), fixtureContext());
    const p10 = seriesById(option, 'band-p10').data as number[];
    const p90 = seriesById(option, 'band-p90').data as number[];
    expect(p10).toEqual([4.8, 9.6]);
    expect(p90).toEqual([7.2, 14.4]);
    p10.forEach((v, y) => expect(v).toBeLessThanOrEqual(p90[y]!));
  });

  it('overlays the total of a comparison result', () => {
    const comparison = { name: 'B', result: fixtureResult({ scale: 0.5 }) };
    const { option } = buildOutputChart(fixtureResult(), fixtureContext({ comparison }));
    expect(seriesById(option, 'comparison-total').data).toEqual([3, 6]);
  });

  it('summarises the total, the largest cluster and the last year', () => {
    const { summary } = buildOutputChart(fixtureResult(), fixtureContext());
    expect(summary).toContain('2017年各产业总产值（含既有经济）合计6.00亿元');
    expect(summary).toContain('最大的是食品，3.00亿元');
    expect(summary).toContain('2018年合计12.00亿元');
  });
});
