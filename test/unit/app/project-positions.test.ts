import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { pointsInPolygon, projectPoints } from '../../../src/geo/project-positions';
import { loadBuiltin } from './builtin-data';

describe('project positions', () => {
  const { sites, projects } = loadBuiltin();

  it('places every built-in project inside its own site', () => {
    const points = projectPoints(projects, sites);
    expect(points.features).toHaveLength(projects.length);
    for (const feature of points.features) {
      const site = sites.find((s) => s.properties.id === feature.properties.site_id);
      expect(site, feature.properties.id).toBeDefined();
      expect(booleanPointInPolygon(feature.geometry.coordinates, site!), feature.properties.id).toBe(true);
    }
  });

  it('gives distinct positions and the same ones every time', () => {
    const site = sites[0]!;
    const first = pointsInPolygon(site, 25);
    expect(new Set(first.map((p) => p.join())).size).toBe(25);
    expect(pointsInPolygon(site, 25)).toEqual(first);
  });

  it('leaves out projects whose site is unknown', () => {
    const points = projectPoints([{ id: 'x', site_id: 'nowhere' }], sites);
    expect(points.features).toEqual([]);
  });
});
