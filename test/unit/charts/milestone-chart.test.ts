import { describe, expect, it } from 'vitest';
import { buildMilestoneChart } from '../../../src/charts/milestone-chart';
import { fixtureContext, fixtureResult, seriesById } from './fixture-result';

type MarkPoint = { data: { coord: [string, number] }[] };

describe('milestone chart', () => {
  it('draws both curves in percent', () => {
    const { option } = buildMilestoneChart(fixtureResult(), fixtureContext());
    expect(seriesById(option, 'resumed').data?.slice(2, 5)).toEqual([0, 50, 100]);
    expect(seriesById(option, 'started').data?.slice(3, 6)).toEqual([16.7, 33.3, 50]);
  });

  it('pins the May and August targets at 100%', () => {
    const { option } = buildMilestoneChart(fixtureResult(), fixtureContext());
    expect((seriesById(option, 'resumed').markPoint as MarkPoint).data[0]!.coord).toEqual(['2017-05', 100]);
    expect((seriesById(option, 'started').markPoint as MarkPoint).data[0]!.coord).toEqual(['2017-08', 100]);
  });

  it('marks the map month', () => {
    const { option } = buildMilestoneChart(fixtureResult(), fixtureContext({ monthIndex: 6 }));
    expect((seriesById(option, 'started').markLine as { data: { xAxis: string }[] }).data).toEqual([{ xAxis: '2017-07' }]);
  });

  it('summarises the shares at the milestones against the targets', () => {
    const { summary } = buildMilestoneChart(fixtureResult(), fixtureContext({ monthIndex: 6 }));
    expect(summary).toContain('续建项目复工率到2017-05为100.0%（目标100%）');
    expect(summary).toContain('新建项目开工率到2017-08为83.3%（目标100%）');
    expect(summary).toContain('2017-07：复工率100.0%，开工率66.7%');
  });
});
