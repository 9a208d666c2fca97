import { describe, expect, it } from 'vitest';
import { parseClusters } from '../../../src/data/clusters';
import { DataValidationError } from '../../../src/data/format-issues';
import { parseSites } from '../../../src/data/sites';
import { loadBuiltin, readDataJson, readFixture } from './builtin-data';

const CLUSTER_IDS = new Set(['food', 'minerals']);

function problemsOf(action: () => unknown): string[] {
  try {
    action();
  } catch (error) {
    if (error instanceof DataValidationError) return error.problems;
    throw error;
  }
  throw new Error('expected a DataValidationError');
}

describe('built-in data', () => {
  it('validates: 9 clusters, 9 sites (8 parks + 1 center), 3 places', () => {
    const { clusters, sites, places } = loadBuiltin();
    expect(clusters).toHaveLength(9);
    expect(sites).toHaveLength(9);
    expect(sites.filter((s) => s.properties.kind === 'park')).toHaveLength(8);
    expect(sites.filter((s) => s.properties.kind === 'center')).toHaveLength(1);
    expect(places.map((p) => p.properties.kind).sort()).toEqual(['airport', 'city', 'county-seat']);
  });

  it('marks the five parks the source article names as source-article, and no others', () => {
    const { sites } = loadBuiltin();
    const fromArticle = sites.filter((s) => s.properties.provenance === 'source-article').map((s) => s.properties.name['zh-CN']);
    expect(fromArticle.sort()).toEqual(
      ['化工产业园区', '快大人参产业园区', '开发区承载平台', '石墨科技产业园区', '钾长石工业园区'].sort(),
    );
  });

  it('gives every site a Chinese source note that keeps the web sources and figures of the English one', () => {
    // Web sources (bare host/path) and decimal figures both match; a sentence's closing full stop is not part of them.
    const webSources = (note: string) =>
      (note.match(/[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[^\s),;，。；）]*)?/gi) ?? []).map((s) => s.replace(/\.+$/, ''));
    for (const { properties: p } of loadBuiltin().sites) {
      const zh = p.source_note['zh-CN'];
      expect(zh, p.id).toMatch(/[\u4e00-\u9fff]/);
      for (const source of webSources(p.source_note['en'] ?? '')) expect(zh, p.id).toContain(source);
    }
  });

  it('has cluster colours that are all different', () => {
    const colors = loadBuiltin().clusters.map((c) => c.color.toLowerCase());
    expect(new Set(colors).size).toBe(colors.length);
  });
});

describe('site validation', () => {
  const problems = problemsOf(() => parseSites(readFixture('parks-broken.geojson'), CLUSTER_IDS, 'parks-broken.geojson'));

  it('names the file and the feature of a missing property', () => {
    expect(problems).toContainEqual(expect.stringMatching(/^parks-broken\.geojson › feature no-name: properties\.name: /));
  });

  it('rejects an unknown kind', () => {
    expect(problems).toContainEqual(expect.stringMatching(/feature bad-kind: properties\.kind: /));
  });

  it('rejects a duplicate id and an unknown cluster', () => {
    expect(problems).toContain('parks-broken.geojson › feature good-park: duplicate id');
    expect(problems).toContain('parks-broken.geojson › feature good-park: unknown cluster "steel"');
  });

  it('rejects a point where a polygon is required', () => {
    expect(problems).toContainEqual(expect.stringMatching(/feature point-site: geometry/));
  });

  it('reports nothing for the valid feature', () => {
    expect(problems.filter((p) => p.includes('feature good-park:') && !/duplicate|steel/.test(p))).toEqual([]);
  });

  it('rejects something that is not a FeatureCollection at all', () => {
    expect(problemsOf(() => parseSites({ type: 'Feature' }, CLUSTER_IDS, 'x.geojson'))[0]).toMatch(/^x\.geojson: type: /);
  });
});

describe('cluster validation', () => {
  it('rejects a bad colour and names the cluster index', () => {
    const json = readDataJson('clusters.json') as { clusters: { color: string }[] };
    json.clusters[2]!.color = 'red';
    expect(problemsOf(() => parseClusters(json))).toContainEqual(
      expect.stringMatching(/^data\/clusters\.json: clusters\.2\.color: /),
    );
  });
});
