import { describe, expect, it } from 'vitest';
import { buildSiteChart } from '../../../src/charts/site-chart';
import { fixtureContext, fixtureResult, seriesById } from './fixture-result';

describe('per-site chart', () => {
  it('is absent when no site is selected', () => {
    expect(buildSiteChart(fixtureResult(), fixtureContext({ selectedSiteId: null }))).toBeNull();
    expect(buildSiteChart(fixtureResult(), fixtureContext({ selectedSiteId: 'no-such-site' }))).toBeNull();
  });

  it('shows the selected site’s investment and output by year', () => {
    const build = buildSiteChart(fixtureResult(), fixtureContext({ selectedSiteId: 'ginseng-park' }));
    expect(seriesById(build!.option, 'site-investment').data).toEqual([1, 1]);
    expect(seriesById(build!.option, 'site-output').data).toEqual([0.3, 0.5]);
  });

  it('summarises the site’s share of the county’s investment', () => {
    const build = buildSiteChart(fixtureResult(), fixtureContext({ selectedSiteId: 'chemical-park', monthIndex: 3 }));
    expect(build!.summary).toContain('化工园区2017年项目投资6,000万元，占全县项目投资的37.5%；项目产值1,200万元');
  });
});
