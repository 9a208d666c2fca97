import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { openApp, recordScriptDownloads, waitForMapIdle } from './driver';

interface BudgetReport {
  chunks: { file: string }[];
}

// The bundle budget (test/gates/bundle-budget.mjs) counts JavaScript by reading dist/; this checks its
// definition of "initial" against what the browser really downloads on a first visit.
test('the bundle budget counts exactly the JavaScript a first visit downloads', async ({ page }) => {
  const downloaded = recordScriptDownloads(page);
  await openApp(page);
  await waitForMapIdle(page);
  const budget = spawnSync(process.execPath, ['test/gates/bundle-budget.mjs', '--json'], { encoding: 'utf8' });
  expect(budget.stdout, budget.stderr).not.toBe('');
  const counted = (JSON.parse(budget.stdout) as BudgetReport).chunks.map((c) => `/${c.file}`).sort();
  expect([...downloaded].sort(), 'update STARTUP_CHUNKS in test/gates/bundle-budget.mjs').toEqual(counted);
});
