#!/usr/bin/env node
/**
 * Performance report: simulator benchmarks, map idle time of the production build and slider-to-chart
 * latency, with the machine they were measured on. Writes reports/performance.json and prints a
 * Markdown table; with --readme it also replaces the table in README.md (between the perf markers).
 *
 * Times are reported, never gated: they depend on the machine (WebGL runs on the CPU through
 * SwiftShader in headless Chromium). The budgets of the product design are printed beside them.
 *
 * Needs a production build in dist/ (npm run build). Usage: node test/perf/report.mjs [--dist dist] [--loads 5] [--readme]
 */
import { CHROMIUM_ARGS, CHROMIUM_PATH as CHROMIUM, testPort } from '../chromium.mjs';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, platform, release, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { preview } from 'vite';

const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    loads: { type: 'string', default: '5' },
    'slider-moves': { type: 'string', default: '20' },
    readme: { type: 'boolean', default: false },
    'skip-bench': { type: 'boolean', default: false },
  },
});

const VIEWPORT = { width: 1440, height: 900 };
const BUDGETS = { mapIdleMs: 2500, sliderToChartMs: 150 };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
/** Nearest-rank percentile, e.g. percentile(values, 95). */
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};
const round = (value, digits = 1) => (value === null ? null : Number(value.toFixed(digits)));

function machine() {
  let chromiumVersion = null;
  try {
    chromiumVersion =
      execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).match(/[\d.]+/)?.[0] ??
      null;
  } catch {
    // Reported as null: the browser parts below fail with their own message.
  }
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    logicalCores: availableParallelism(),
    memoryGiB: round(totalmem() / 2 ** 30, 1),
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium: chromiumVersion,
    // Other work on the machine slows every figure down; the load average says how busy it was.
    loadAverage1m: round(loadavg()[0] ?? 0, 2),
  };
}

/**
 * Runs `npm run bench` and reads its results: JSON when the bench prints it (asked for with --json),
 * otherwise the "case | median ms | … | budget ms" table it prints today.
 */
function simulatorBenchmarks() {
  const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts ?? {};
  if (!scripts.bench) return { cases: null, note: 'no `bench` script in package.json' };
  const run = spawnSync('npm', ['run', '--silent', 'bench', '--', '--json'], { encoding: 'utf8', timeout: 10 * 60_000 });
  if (run.status !== 0)
    return {
      cases: null,
      note: `npm run bench failed (${run.status ?? run.signal}): ${run.stderr.trim().split('\n').slice(-3).join(' ')}`,
    };
  try {
    const json = JSON.parse(run.stdout);
    return { cases: Array.isArray(json) ? json : (json.cases ?? json.rows ?? json), note: null };
  } catch {
    // Not JSON: parse the table.
  }
  const lines = run.stdout.split('\n');
  const header = lines.findIndex((line) => /^case\s*\|\s*median ms/i.test(line.trim()));
  if (header < 0) return { cases: null, note: 'npm run bench printed no result table', raw: run.stdout.slice(-2000) };
  const cases = [];
  for (const line of lines.slice(header + 1)) {
    const cells = line.split('|').map((cell) => cell.trim());
    if (cells.length < 2 || cells[0] === '') break;
    const budget = cells[3]?.match(/^([\d.]+)/);
    cases.push({
      case: cells[0],
      medianMs: Number(cells[1]),
      throughput: cells[2] ?? null,
      budgetMs: budget ? Number(budget[1]) : null,
    });
  }
  const notes = lines
    .filter((line) => line.trim() !== '' && (line.includes('identical') || /^node v/.test(line)))
    .map((l) => l.trim());
  return { cases, note: notes.join('; ') || null };
}

/** Navigation start → `data-map-state="idle"` on the map, in a fresh browser context (cold cache) each time. */
async function mapIdleTimes(browser, origin, loads) {
  const samples = [];
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('[data-testid="map"][data-map-state="idle"]')) {
          // performance.now() counts from the navigation start of this document.
          window.__mapIdleAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-state'] });
    });
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => window.__mapIdleAt !== undefined, null, { timeout: 60_000 });
    samples.push(await page.evaluate(() => window.__mapIdleAt));
    await context.close();
  }
  return samples;
}

/**
 * A key press on the first slider of the scenario panel → the next frame after the charts took the new
 * results (`data-results-version` on `[data-testid="charts"]` changed). Null while the app has no such
 * panel or charts.
 */
async function sliderToChartTimes(browser, origin, moves) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/`);
    await page.locator('[data-testid="map"][data-map-state="idle"]').waitFor({ timeout: 60_000 });
    const tab = page.locator('#tab-assumptions');
    if ((await tab.count()) > 0) await tab.click();
    const slider = page.locator('[data-testid="scenario-panel"] input[type="range"]').first();
    const charts = page.locator('[data-testid="charts"][data-results-version]').first();
    if ((await slider.count()) === 0) return { samples: null, note: 'no range input in [data-testid="scenario-panel"]' };
    try {
      await charts.waitFor({ state: 'attached', timeout: 15_000 });
    } catch {
      return { samples: null, note: 'no [data-testid="charts"] with data-results-version' };
    }
    const samples = [];
    for (let i = 0; i < moves; i++) {
      const waiting = page.evaluate(
        () =>
          new Promise((resolve, reject) => {
            const charts = document.querySelector('[data-testid="charts"][data-results-version]');
            const input = document.querySelector('[data-testid="scenario-panel"] input[type="range"]');
            if (!charts || !input) return reject(new Error('charts or slider vanished'));
            const before = charts.getAttribute('data-results-version');
            let start = null;
            input.addEventListener('keydown', () => (start = performance.now()), { once: true, capture: true });
            const observer = new MutationObserver(() => {
              if (start === null || charts.getAttribute('data-results-version') === before) return;
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - start));
            });
            observer.observe(charts, { attributes: true, attributeFilter: ['data-results-version'] });
            setTimeout(() => reject(new Error('charts did not update within 10 s')), 10_000);
          }),
      );
      await slider.focus();
      // Step back and forth, away from an end of the range, so every press changes the value.
      const end = await slider.evaluate((input) =>
        Number(input.value) >= Number(input.max) ? 'max' : Number(input.value) <= Number(input.min) ? 'min' : null,
      );
      const left = end === 'max' || (end === null && i % 2 === 1);
      await page.keyboard.press(left ? 'ArrowLeft' : 'ArrowRight');
      samples.push(await waiting);
    }
    return { samples, note: null };
  } catch (error) {
    return { samples: null, note: `not measured: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    await context.close();
  }
}

function markdown(report) {
  const m = report.machine;
  const ms = (value) => (value === null ? '—' : `${value} ms`);
  const rows = [
    '| measure | median | budget (design §8) |',
    '|---|---:|---:|',
    ...(report.simulator.cases ?? []).map(
      (c) => `| simulator: ${c.case} | ${ms(round(c.medianMs, 2))} | ${c.budgetMs === null ? '—' : `${c.budgetMs} ms`} |`,
    ),
  ];
  if (!report.simulator.cases) rows.push(`| simulator benchmarks | — (${report.simulator.note}) | |`);
  rows.push(
    `| map idle, production build, cold load (${report.mapIdle.samplesMs?.length ?? 0} loads) | ${ms(report.mapIdle.medianMs)} | ${BUDGETS.mapIdleMs} ms |`,
  );
  rows.push(
    `| slider → charts updated (${report.sliderToChart.samplesMs?.length ?? 0} moves; p95 ${ms(report.sliderToChart.p95Ms ?? null)})${report.sliderToChart.note ? ` (${report.sliderToChart.note})` : ''} | ${ms(report.sliderToChart.medianMs)} | ${BUDGETS.sliderToChartMs} ms |`,
  );
  return [
    ...rows,
    '',
    `Measured ${report.date.slice(0, 10)} on ${m.logicalCores} logical cores (${m.cpu}), ${m.memoryGiB} GiB, ${m.os}; ` +
      `Node ${m.node}; headless Chromium ${m.chromium ?? '?'} with SwiftShader (software WebGL); load average ${m.loadAverage1m} at the start.`,
  ].join('\n');
}

function updateReadme(table) {
  const begin = '<!-- perf:begin (written by npm run perf:report -- --readme) -->';
  const end = '<!-- perf:end -->';
  const readme = readFileSync('README.md', 'utf8');
  const from = readme.indexOf(begin);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) {
    console.error('README.md has no perf markers; table not written there');
    return;
  }
  writeFileSync('README.md', readme.slice(0, from + begin.length) + '\n' + table + '\n' + readme.slice(to));
}

const report = { date: new Date().toISOString(), machine: machine() };
report.simulator = args['skip-bench'] ? { cases: null, note: 'skipped' } : simulatorBenchmarks();

const server = await preview({
  build: { outDir: args.dist },
  preview: { host: '127.0.0.1', port: testPort(4191), strictPort: false },
  logLevel: 'warn',
});
const origin = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  if (!origin) throw new Error('vite preview did not report its URL');
  const idle = await mapIdleTimes(browser, origin, Number(args.loads));
  report.mapIdle = { medianMs: round(median(idle)), samplesMs: idle.map((v) => round(v)) };
  const slider = await sliderToChartTimes(browser, origin, Number(args['slider-moves']));
  report.sliderToChart = {
    medianMs: slider.samples ? round(median(slider.samples)) : null,
    p95Ms: slider.samples ? round(percentile(slider.samples, 95)) : null,
    samplesMs: slider.samples?.map((v) => round(v)) ?? null,
    note: slider.note,
  };
} finally {
  await browser.close();
  await server.close();
}

mkdirSync('reports', { recursive: true });
writeFileSync('reports/performance.json', JSON.stringify(report, null, 2) + '\n');
const table = markdown(report);
console.log(table);
if (args.readme) updateReadme(table);
