import { describe, expect, it } from 'vitest';
import {
  chapterFigure,
  chapterFigures,
  clusterFigures,
  reserveOpportunities,
  siteAreaHa,
  siteColumnValues,
  type FigureData,
} from '../../../src/present/chapter-figures';
import type { Project } from '../../../workers/model/input/projects-csv';
import { FIXTURE_CLUSTERS, fixtureResult } from '../charts/fixture-result';
import { loadBuiltin } from '../app/builtin-data';

/**
 * The fixture result (test/unit/charts/fixture-result.ts) has 2 sites and numbers easy to check by hand:
 * investment by site and year [chemical 6,000 / 6,000; ginseng 10,000 / 10,000] in 2017 and 2018,
 * project output by site and year [chemical 1,200 / 2,400; ginseng 3,000 / 5,000].
 */
const builtin = loadBuiltin();
const project = (id: string, site_id: string, cluster_id: string, type: Project['type'], total_investment_wan: number) =>
  ({ ...builtin.projects[0]!, id, site_id, cluster_id, type, total_investment_wan }) as Project;
const DATA: FigureData = {
  sites: builtin.sites.filter((s) => ['chemical-park', 'ginseng-park'].includes(s.properties.id)),
  clusters: FIXTURE_CLUSTERS,
  projects: [
    project('A', 'chemical-park', 'minerals', 'continuing', 20_000),
    project('B', 'chemical-park', 'minerals', 'new', 8_000),
    project('R1', 'chemical-park', 'food', 'reserve', 6_000),
    project('R2', 'chemical-park', 'minerals', 'reserve', 9_000),
    project('R3', 'ginseng-park', 'food', 'reserve', 5_000),
  ],
};

describe('site figures', () => {
  const result = fixtureResult();

  it('investment in the target year and over the horizon', () => {
    expect(chapterFigure('investment-target-year', 'ginseng-park', result, DATA)).toEqual({
      id: 'investment-target-year',
      unit: 'money-wan',
      value: 10_000,
      years: { from: 2017, to: 2017 },
    });
    expect(chapterFigure('investment-horizon', 'chemical-park', result, DATA)).toMatchObject({
      value: 12_000,
      years: { from: 2017, to: 2018 },
    });
  });

  it('project output in the final simulated year', () => {
    expect(chapterFigure('output-final-year', 'chemical-park', result, DATA)).toMatchObject({
      value: 2_400,
      years: { from: 2018, to: 2018 },
    });
  });

  it('major and reserve projects counted from the dataset', () => {
    expect(chapterFigure('projects', 'chemical-park', result, DATA).value).toBe(2);
    expect(chapterFigure('reserve-projects', 'chemical-park', result, DATA).value).toBe(2);
    expect(chapterFigure('projects', 'ginseng-park', result, DATA).value).toBe(0);
  });

  it('area in hectares from the polygon', () => {
    const site = DATA.sites.find((s) => s.properties.id === 'ginseng-park')!;
    const figure = chapterFigure('area', 'ginseng-park', result, DATA);
    expect(figure.unit).toBe('area-ha');
    expect(figure.value).toBeCloseTo(siteAreaHa(site), 9);
    expect(figure.value).toBeGreaterThan(10);
  });

  it('follows the result: a scaled scenario scales the money figures and nothing else', () => {
    const chapter = {
      site: 'chemical-park',
      figures: ['investment-target-year', 'output-final-year', 'projects', 'area'] as const,
    };
    const base = chapterFigures({ ...chapter, figures: [...chapter.figures] }, result, DATA).map((f) => f.value);
    const doubled = chapterFigures({ ...chapter, figures: [...chapter.figures] }, fixtureResult({ scale: 2 }), DATA).map(
      (f) => f.value,
    );
    expect(doubled).toEqual([base[0]! * 2, base[1]! * 2, base[2], base[3]]);
  });

  it('rejects a site the result does not know', () => {
    expect(() => chapterFigure('investment-target-year', 'graphite-park', result, DATA)).toThrow(/graphite-park/);
  });
});

describe('county-wide figures (overview chapter)', () => {
  it('sum over all sites', () => {
    const result = fixtureResult();
    const figures = chapterFigures(
      { figures: ['investment-target-year', 'output-final-year', 'projects', 'reserve-projects'] },
      result,
      DATA,
    );
    expect(figures.map((f) => f.value)).toEqual([16_000, 7_400, 2, 3]);
  });
});

describe('clusters, columns and opportunities', () => {
  it('cluster output in the final year and investment over the horizon', () => {
    const result = fixtureResult();
    result.projectOutputByClusterYear.set([100, 200, 300, 400, 500, 600]);
    result.investmentByClusterYear.set([1, 2, 3, 4, 5, 6]);
    expect(clusterFigures(result, FIXTURE_CLUSTERS).map((f) => [f.cluster.id, f.outputFinalYear, f.investmentHorizon])).toEqual([
      ['pharma-health', 200, 3],
      ['minerals', 400, 7],
      ['food', 600, 11],
    ]);
  });

  it('column heights are the final-year project output by site', () => {
    expect([...siteColumnValues(fixtureResult())]).toEqual([
      ['chemical-park', 2_400],
      ['ginseng-park', 5_000],
    ]);
  });

  it('reserve projects by site, largest first, counted by cluster', () => {
    const groups = reserveOpportunities(DATA);
    expect(groups.map((g) => [g.site.properties.id, g.projects.map((p) => p.id), g.totalWan, g.byCluster])).toEqual([
      [
        'chemical-park',
        ['R2', 'R1'],
        15_000,
        [
          { clusterId: 'minerals', count: 1 },
          { clusterId: 'food', count: 1 },
        ],
      ],
      ['ginseng-park', ['R3'], 5_000, [{ clusterId: 'food', count: 1 }]],
    ]);
  });

  it('the built-in data has the 60 reserve projects of the source article', () => {
    const groups = reserveOpportunities(builtin);
    expect(groups.reduce((n, g) => n + g.projects.length, 0)).toBe(60);
    expect(groups.every((g) => g.projects.every((p) => p.total_investment_wan >= 5000))).toBe(true);
  });
});
