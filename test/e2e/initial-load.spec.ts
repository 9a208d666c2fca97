import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { openApp, recordScriptDownloads, waitForMapIdle } from './driver';

interface BudgetReport {
  chunks: { file: string; phase: 'initial' | 'after-idle' }[];
}

function budgetReport(): BudgetReport {
  const budget = spawnSync(process.execPath, ['test/gates/bundle-budget.mjs', '--json'], { encoding: 'utf8' });
  expect(budget.stdout, budget.stderr).not.toBe('');
  return JSON.parse(budget.stdout) as BudgetReport;
}

// The bundle budget (test/gates/bundle-budget.mjs) classifies JavaScript by reading dist/; this checks
// that classification against what the browser really downloads on a first visit.
test('the bundle budget counts exactly the JavaScript a first visit downloads, before and after the map is idle', async ({
  page,
}) => {
  const downloaded = recordScriptDownloads(page);
  await openApp(page);
  await waitForMapIdle(page);
  await expect(page.locator('[data-testid="chart-investment"] canvas')).toHaveCount(1, { timeout: 30_000 });

  const { chunks } = budgetReport();
  const paths = (phase: 'initial' | 'after-idle') =>
    chunks
      .filter((c) => c.phase === phase)
      .map((c) => `/${c.file}`)
      .sort();
  expect([...downloaded].sort(), 'update STARTUP_CHUNKS in test/gates/bundle-budget.mjs').toEqual(
    [...paths('initial'), ...paths('after-idle')].sort(),
  );

  // Scripts the page itself requested, with their start times, against the moment the map settled.
  const timing = await page.evaluate(() => ({
    idle: performance.getEntriesByName('map-idle')[0]?.startTime ?? null,
    scripts: performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('.js'))
      .map((e) => ({ path: new URL(e.name).pathname, start: e.startTime })),
  }));
  expect(timing.idle).not.toBeNull();
  const early = timing.scripts.filter((s) => paths('after-idle').includes(s.path) && s.start < timing.idle!);
  expect(early, 'ECharts must wait for the map to settle').toEqual([]);
});
