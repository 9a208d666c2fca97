#!/usr/bin/env node
/**
 * Bundle budget gate. A first visit of explore mode downloads three kinds of JavaScript:
 *   - main-thread initial: what the page runs before the map is usable — the scripts of
 *     dist/index.html with their modulepreloads and static imports, and MapLibre (src/map/create-map.ts,
 *     imported as soon as WebGL is available);
 *   - worker scripts: MapLibre's worker and the simulator's, which start at load but run on their own
 *     threads;
 *   - after idle: chunks the app fetches only once the map has settled (ECharts for the charts dock).
 * The budget (DESIGN §8: initial JavaScript ≤ 500 kB gzip) is checked against the main-thread initial
 * JavaScript; every kind is reported, with the total a first visit downloads. three.js must be in none
 * of them. test/e2e/initial-load.spec.ts checks this classification against what Chromium downloads,
 * before and after the map's `idle`, so the definition cannot drift from the app.
 *
 * Usage: node test/gates/bundle-budget.mjs [--dist dist] [--budget-kb 500] [--json]
 * Exit status 1 when over budget, when three.js is in a first-visit chunk, or when dist/ is unusable.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

/**
 * Chunks the app starts itself rather than index.html, by the file name Vite gives them without the
 * hash, with the thread they run on and when they load: MapLibre with the map (src/ui/map-view.tsx),
 * MapLibre's worker (started before the map's first frame), the simulator worker (the scenario runner
 * computes the default scenario at start), ECharts (the charts dock waits for the map to settle) and
 * the imported-data store (src/index.tsx restores a dataset the planner imported earlier).
 */
export const STARTUP_CHUNKS = {
  'create-map': { thread: 'main', phase: 'initial' },
  'maplibre-gl-worker': { thread: 'worker', phase: 'initial' },
  'simulator.worker': { thread: 'worker', phase: 'initial' },
  'echarts-setup': { thread: 'main', phase: 'after-idle' },
  'dataset-history': { thread: 'main', phase: 'initial' },
  // idb-keyval, which the store imports when it opens IndexedDB (the chunk is named after its folder).
  dist: { thread: 'main', phase: 'initial' },
};

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
const chunkName = (file) =>
  basename(file)
    .replace(/-[\w-]{8}\.js$/, '')
    .replace(/\.js$/, '');

function fail(message) {
  console.error(`bundle-budget: ${message}`);
  process.exit(1);
}

function entryFiles(html) {
  const files = [];
  // Module entries and classic scripts (public/zod-jitless.js) alike.
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) files.push(match[1]);
  for (const match of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)) files.push(match[1]);
  return files.map((src) => resolve(distDir, src.replace(/^\//, '')));
}

/** The chunks of the initial load, each with the reason it is counted. */
export function initialChunks() {
  const indexPath = join(distDir, 'index.html');
  if (!existsSync(indexPath)) fail(`${relative(process.cwd(), indexPath)} not found; run the build first`);
  const html = readFileSync(indexPath, 'utf8');
  const counted = new Map();
  const queue = entryFiles(html).map((file) => ({ file, why: 'index.html', thread: 'main', phase: 'initial' }));
  if (queue.length === 0) fail('no module script in dist/index.html');
  while (queue.length > 0) {
    const { file, why, thread, phase } = queue.shift();
    if (counted.has(file)) continue;
    if (!existsSync(file)) fail(`${relative(distDir, file)} (${why}) is missing from dist/`);
    const code = readFileSync(file, 'utf8');
    counted.set(file, { file, why, code, thread, phase });
    const from = dirname(file);
    for (const [, , path] of code.matchAll(STATIC_IMPORT)) {
      queue.push({ file: resolve(from, path), why: `static import from ${chunkName(file)}`, thread, phase });
    }
    for (const pattern of [DYNAMIC_IMPORT, URL_REFERENCE]) {
      for (const [, , path] of code.matchAll(pattern)) {
        const target = resolve(dirname(file), path);
        const startup = STARTUP_CHUNKS[chunkName(target)];
        if (startup) queue.push({ file: target, why: `loaded by ${chunkName(file)}`, ...startup });
      }
    }
  }
  return [...counted.values()].map(({ file, why, code, thread, phase }) => ({
    file: relative(distDir, file).split('\\').join('/'),
    why,
    thread,
    phase,
    bytes: Buffer.byteLength(code),
    gzipBytes: gzipSync(code, { level: 9 }).length,
    threeJs: /three/i.test(basename(file)) || THREE_MARKERS.some((marker) => code.includes(marker)),
  }));
}

const kb = (bytes) => (bytes / 1000).toFixed(1);

const chunks = initialChunks();
const sum = (list, key = 'gzipBytes') => list.reduce((total, c) => total + c[key], 0);
const mainInitial = chunks.filter((c) => c.thread === 'main' && c.phase === 'initial');
const workers = chunks.filter((c) => c.thread === 'worker');
const afterIdle = chunks.filter((c) => c.phase === 'after-idle');
const mainInitialGzip = sum(mainInitial);
const withThree = chunks.filter((c) => c.threeJs);
const overBudget = mainInitialGzip > budgetBytes;

if (args.json) {
  console.log(
    JSON.stringify(
      {
        budgetBytes,
        initialMainThreadGzipBytes: mainInitialGzip,
        workerGzipBytes: sum(workers),
        afterIdleGzipBytes: sum(afterIdle),
        firstVisitGzipBytes: sum(chunks),
        chunks,
      },
      null,
      2,
    ),
  );
} else {
  const kind = (c) => (c.thread === 'worker' ? 'worker' : c.phase === 'after-idle' ? 'after map idle' : 'main thread, initial');
  const rows = chunks.map(
    (c) =>
      `| ${c.file} | ${kind(c)} | ${kb(c.bytes)} | ${kb(c.gzipBytes)} | ${c.why}${c.threeJs ? ' — CONTAINS three.js' : ''} |`,
  );
  console.log(
    [
      '| chunk | kind | raw kB | gzip kB | why it is loaded |',
      '|---|---|---:|---:|---|',
      ...rows,
      `| **main-thread initial** | | ${kb(sum(mainInitial, 'bytes'))} | **${kb(mainInitialGzip)}** | budget ${kb(budgetBytes)} kB gzip |`,
      `| worker scripts | | ${kb(sum(workers, 'bytes'))} | ${kb(sum(workers))} | run off the main thread |`,
      `| after map idle | | ${kb(sum(afterIdle, 'bytes'))} | ${kb(sum(afterIdle))} | deferred until the map has settled |`,
      `| **first visit, all** | | ${kb(sum(chunks, 'bytes'))} | **${kb(sum(chunks))}** | reported, not gated |`,
    ].join('\n'),
  );
}

if (withThree.length > 0) {
  console.error(`bundle-budget: three.js is in the first visit: ${withThree.map((c) => c.file).join(', ')}; load it on demand`);
}
if (overBudget) {
  console.error(
    `bundle-budget: main-thread initial JavaScript is ${kb(mainInitialGzip)} kB gzip, over the budget of ${kb(budgetBytes)} kB`,
  );
}
process.exit(withThree.length > 0 || overBudget ? 1 : 0);
