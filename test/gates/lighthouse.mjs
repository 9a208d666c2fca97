#!/usr/bin/env node
/**
 * Lighthouse gate: audits the production build (dist/, served by `vite preview`) with Lighthouse's
 * desktop preset in the system Chromium. Fails when accessibility or best practices score below
 * MIN_SCORE; performance and SEO are recorded, not gated, because they measure the machine as much
 * as the app (WebGL runs on the CPU through SwiftShader here).
 *
 * Writes a small summary to reports/lighthouse.json (kept in git) and the full report to
 * reports/lighthouse.tmp.json (ignored).
 *
 * Usage: node test/gates/lighthouse.mjs [--dist dist] [--url-path /] [--min-score 0.9]
 */
import { CHROMIUM_ARGS, CHROMIUM_PATH as CHROMIUM, testPort } from '../chromium.mjs';
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { preview } from 'vite';

const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    'url-path': { type: 'string', default: '/' },
    'min-score': { type: 'string', default: '0.9' },
  },
});
const MIN_SCORE = Number(args['min-score']);
const GATED = ['accessibility', 'best-practices'];
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];
const REPORT_DIR = 'reports';
const FULL_REPORT = join(REPORT_DIR, 'lighthouse.tmp.json');
const SUMMARY = join(REPORT_DIR, 'lighthouse.json');

const require = createRequire(import.meta.url);
const lighthousePackage = require.resolve('lighthouse/package.json');
const lighthouseCli = join(dirname(lighthousePackage), 'cli', 'index.js');

function run(command, commandArgs, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`))));
  });
}

/** Chromium prints e.g. "Chromium 156.0.8078.108 built on Debian…"; the version is what matters. */
function chromiumVersion() {
  try {
    return (
      execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).match(/[\d.]+/)?.[0] ??
      null
    );
  } catch {
    return null;
  }
}

mkdirSync(REPORT_DIR, { recursive: true });
// A port of its own, so the gate can run while the browser tests' preview server is up.
const server = await preview({
  build: { outDir: args.dist },
  preview: { host: '127.0.0.1', port: testPort(4190), strictPort: false },
  logLevel: 'warn',
});
const origin = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
if (!origin) throw new Error('vite preview did not report its URL');
const url = origin + args['url-path'];

try {
  await run(
    process.execPath,
    [
      lighthouseCli,
      url,
      '--preset=desktop',
      `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
      '--output=json',
      `--output-path=${FULL_REPORT}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      '--quiet',
    ],
    { CHROME_PATH: CHROMIUM },
  );
} finally {
  await server.close();
}

const lhr = JSON.parse(readFileSync(FULL_REPORT, 'utf8'));
const scores = Object.fromEntries(Object.entries(lhr.categories).map(([id, category]) => [id, category.score]));
/** The audits that cost points in a gated category, so a failure says what to fix. */
const failing = Object.fromEntries(
  GATED.map((id) => [
    id,
    lhr.categories[id].auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit.score !== null && audit.score < 1)
      .map((audit) => ({ id: audit.id, title: audit.title, score: audit.score })),
  ]),
);
const metric = (id) => lhr.audits[id]?.numericValue ?? null;
const summary = {
  date: lhr.fetchTime,
  url: args['url-path'],
  lighthouse: lhr.lighthouseVersion,
  chromium: chromiumVersion(),
  preset: 'desktop',
  minScore: MIN_SCORE,
  scores,
  metricsMs: {
    firstContentfulPaint: metric('first-contentful-paint'),
    largestContentfulPaint: metric('largest-contentful-paint'),
    speedIndex: metric('speed-index'),
    totalBlockingTime: metric('total-blocking-time'),
    timeToInteractive: metric('interactive'),
  },
  cumulativeLayoutShift: metric('cumulative-layout-shift'),
  runWarnings: lhr.runWarnings,
  failingAudits: failing,
};
writeFileSync(SUMMARY, JSON.stringify(summary, null, 2) + '\n');

console.log('| category | score |\n|---|---:|');
for (const [id, score] of Object.entries(scores)) {
  console.log(
    `| ${id}${GATED.includes(id) ? ` (gate ≥ ${Math.round(MIN_SCORE * 100)})` : ''} | ${score === null ? '—' : Math.round(score * 100)} |`,
  );
}
for (const [id, audits] of Object.entries(failing)) {
  for (const audit of audits) console.log(`  ${id}: ${audit.id} (${audit.score}) ${audit.title}`);
}
console.log(`summary: ${SUMMARY}; full report: ${FULL_REPORT}`);

const below = GATED.filter((id) => (scores[id] ?? 0) < MIN_SCORE);
if (below.length > 0) {
  console.error(
    `lighthouse: ${below.map((id) => `${id} ${Math.round((scores[id] ?? 0) * 100)}`).join(', ')} below ${Math.round(MIN_SCORE * 100)}`,
  );
  process.exit(1);
}
