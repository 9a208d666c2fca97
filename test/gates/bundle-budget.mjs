#!/usr/bin/env node
/**
 * Bundle budget gate: the JavaScript a browser downloads when it opens the app in explore mode must
 * stay within BUDGET_BYTES (gzip), and none of it may be three.js.
 *
 * "Initial JavaScript" is what the browser fetches on first load of explore mode until the map is idle:
 *   1. the entry script of dist/index.html and its modulepreload links,
 *   2. the chunks named in STARTUP_CHUNKS, which the app loads itself at start-up (through a dynamic
 *      `import()` or a worker URL) whenever the browser has WebGL,
 *   3. everything the chunks of 1 and 2 import statically.
 * Chunks loaded only on demand (dynamic imports or worker URLs not in STARTUP_CHUNKS) are not counted.
 * test/e2e/initial-load.spec.ts records what the browser actually downloads and fails if it differs
 * from this set, so the definition cannot drift from the app.
 *
 * Usage: node test/gates/bundle-budget.mjs [--dist dist] [--budget-kb 500] [--json]
 * Exit status 1 when over budget, when three.js is in an initial chunk, or when dist/ is unusable.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

/**
 * Chunks started at load time by the app rather than by index.html, by the file name Vite gives them
 * without the hash: MapLibre with the map (src/ui/map-view.tsx imports src/map/create-map.ts as soon as
 * WebGL is available), MapLibre's own worker, which the map starts before its first frame, the
 * simulator worker, which the scenario runner starts to compute the default scenario, and ECharts,
 * which the charts dock of explore mode loads as soon as it mounts.
 */
export const STARTUP_CHUNKS = ['create-map', 'maplibre-gl-worker', 'simulator.worker', 'echarts-setup'];

/** Strings the three.js core writes into every build of it, minified or not. */
const THREE_MARKERS = ['__THREE__', '__THREE_DEVTOOLS__', 'Multiple instances of Three.js'];

const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    'budget-kb': { type: 'string', default: '500' },
    json: { type: 'boolean', default: false },
  },
});

const distDir = resolve(args.dist);
const budgetBytes = Number(args['budget-kb']) * 1000;

/** `import x from "./a.js"`, `import "./a.js"`, `export * from "./a.js"`; never `import("./a.js")`. */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^'"`();]*?\bfrom\s*)?(['"`])(\.{1,2}\/[^'"`]+?\.js)\1/g;
/** `import("./a.js")`, as Vite writes dynamic imports. */
const DYNAMIC_IMPORT = /\bimport\(\s*(['"`])(\.{1,2}\/[^'"`]+?\.js)\1\s*\)/g;
/** `new URL("a.js", import.meta.url)`, as Vite writes worker and asset URLs. */
const URL_REFERENCE = /\bnew URL\(\s*(['"`])([^'"`]+?\.js)\1\s*,\s*import\.meta\.url\s*\)/g;

/** "create-map-Bs0yMT9C.js" → "create-map": Vite appends an 8-character hash to every chunk. */
const chunkName = (file) => basename(file).replace(/-[\w-]{8}\.js$/, '').replace(/\.js$/, '');

function fail(message) {
  console.error(`bundle-budget: ${message}`);
  process.exit(1);
}

function entryFiles(html) {
  const files = [];
  for (const match of html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)) files.push(match[1]);
  for (const match of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)) files.push(match[1]);
  return files.map((src) => resolve(distDir, src.replace(/^\//, '')));
}

/** The chunks of the initial load, each with the reason it is counted. */
export function initialChunks() {
  const indexPath = join(distDir, 'index.html');
  if (!existsSync(indexPath)) fail(`${relative(process.cwd(), indexPath)} not found; run the build first`);
  const html = readFileSync(indexPath, 'utf8');
  const counted = new Map();
  const queue = entryFiles(html).map((file) => ({ file, why: 'index.html' }));
  if (queue.length === 0) fail('no module script in dist/index.html');
  while (queue.length > 0) {
    const { file, why } = queue.shift();
    if (counted.has(file)) continue;
    if (!existsSync(file)) fail(`${relative(distDir, file)} (${why}) is missing from dist/`);
    const code = readFileSync(file, 'utf8');
    counted.set(file, { file, why, code });
    const from = dirname(file);
    for (const [, , path] of code.matchAll(STATIC_IMPORT)) {
      queue.push({ file: resolve(from, path), why: `static import from ${chunkName(file)}` });
    }
    for (const pattern of [DYNAMIC_IMPORT, URL_REFERENCE]) {
      for (const [, , path] of code.matchAll(pattern)) {
        const target = resolve(dirname(file), path);
        if (STARTUP_CHUNKS.includes(chunkName(target))) {
          queue.push({ file: target, why: `loaded at start-up by ${chunkName(file)}` });
        }
      }
    }
  }
  return [...counted.values()].map(({ file, why, code }) => ({
    file: relative(distDir, file).split('\\').join('/'),
    why,
    bytes: Buffer.byteLength(code),
    gzipBytes: gzipSync(code, { level: 9 }).length,
    threeJs: /three/i.test(basename(file)) || THREE_MARKERS.some((marker) => code.includes(marker)),
  }));
}

const kb = (bytes) => (bytes / 1000).toFixed(1);

const chunks = initialChunks();
const totalGzip = chunks.reduce((sum, c) => sum + c.gzipBytes, 0);
const withThree = chunks.filter((c) => c.threeJs);
const overBudget = totalGzip > budgetBytes;

if (args.json) {
  console.log(JSON.stringify({ budgetBytes, totalGzipBytes: totalGzip, chunks }, null, 2));
} else {
  const rows = chunks.map((c) => `| ${c.file} | ${kb(c.bytes)} | ${kb(c.gzipBytes)} | ${c.why}${c.threeJs ? ' — CONTAINS three.js' : ''} |`);
  console.log(
    [
      '| initial chunk | raw kB | gzip kB | why it is loaded |',
      '|---|---:|---:|---|',
      ...rows,
      `| **total** | ${kb(chunks.reduce((sum, c) => sum + c.bytes, 0))} | **${kb(totalGzip)}** | budget ${kb(budgetBytes)} kB gzip |`,
    ].join('\n'),
  );
}

if (withThree.length > 0) {
  console.error(`bundle-budget: three.js is in the initial load: ${withThree.map((c) => c.file).join(', ')}; load it on demand`);
}
if (overBudget) {
  console.error(`bundle-budget: initial JavaScript is ${kb(totalGzip)} kB gzip, over the budget of ${kb(budgetBytes)} kB`);
}
process.exit(withThree.length > 0 || overBudget ? 1 : 0);
