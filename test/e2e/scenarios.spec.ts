import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { openApp } from './driver';

const headlineValue = (page: Page, id: string) => page.getByTestId(`headline-${id}`).locator('.headline__value');

/** Waits for the Monte-Carlo result of the current inputs: the probability is only known then. */
async function waitForMonteCarlo(page: Page): Promise<void> {
  await expect(page.getByTestId('charts')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByTestId('headline-probability')).toContainText('%', { timeout: 30_000 });
  await expect(page.getByTestId('charts-status')).not.toContainText(/蒙特卡洛模拟 \d{1,2}%|Monte Carlo \d{1,2}%/);
}

async function headlines(page: Page): Promise<string[]> {
  return Promise.all(['investment', 'output', 'growth', 'probability'].map((id) => headlineValue(page, id).innerText()));
}

async function openTab(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

async function saveScenario(page: Page, name: string): Promise<void> {
  await openTab(page, /情景管理|Scenarios/);
  await page.getByTestId('scenario-name-input').fill(name);
  await page.getByTestId('scenario-save').click();
  await expect(page.getByTestId('scenario-list')).toContainText(name);
}

async function usePreset(page: Page, preset: 'on-plan' | 'conservative' | 'optimistic'): Promise<void> {
  await openTab(page, /情景假设|Assumptions/);
  await page.locator(`[data-preset="${preset}"]`).click();
}

test('a shared link opened in a fresh browser shows the same figures', async ({ page, browser, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await usePreset(page, 'conservative');
  await waitForMonteCarlo(page);
  const figures = await headlines(page);

  await openTab(page, /情景管理|Scenarios/);
  await page.getByTestId('share-link').click();
  await expect(page.getByTestId('scenarios-notice')).toBeVisible();
  const link =
    (await page.getByTestId('share-link-text').count()) > 0
      ? await page.getByTestId('share-link-text').inputValue()
      : await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#s=/);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await waitForMonteCarlo(other);
  expect(await headlines(other)).toEqual(figures);
  await fresh.close();
});

test('a saved scenario survives a reload', async ({ page }) => {
  await openApp(page);
  await usePreset(page, 'optimistic');
  await saveScenario(page, '乐观测试情景');
  await page.reload();
  await openTab(page, /情景管理|Scenarios/);
  await expect(page.getByTestId('scenario-list')).toContainText('乐观测试情景');
});

test('compare shows the deltas of two saved scenarios', async ({ page }) => {
  await openApp(page);
  await saveScenario(page, 'A 按计划');
  await usePreset(page, 'conservative');
  await saveScenario(page, 'B 保守');
  const list = page.getByTestId('scenario-list');
  await list.locator('li', { hasText: 'A 按计划' }).getByRole('checkbox').check();
  await list.locator('li', { hasText: 'B 保守' }).getByRole('checkbox').check();
  await page.getByTestId('scenario-compare').click();
  const table = page.getByTestId('compare-table');
  await expect(table).toBeVisible({ timeout: 30_000 });
  // The conservative scenario invests less in 2017 than the plan: a negative delta in the first row.
  await expect(table.locator('tbody tr').first()).toContainText(/[−-]\d/);
  expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(4);
});

test('the downloaded CSV has the documented headers and the command line runner’s values', async ({ page }) => {
  await openApp(page);
  await waitForMonteCarlo(page);
  await openTab(page, /情景管理|Scenarios/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  expect(download.suggestedFilename()).toMatch(/montecarlo\.csv$/);
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const app = Papa.parse<string[]>(text.slice(1).trim(), { skipEmptyLines: true }).data;
  expect(app[0]).toEqual(['指标 series', '对象 key', '期间 period', '均值 mean', 'P10 p10', 'P50 p50', 'P90 p90']);

  const cli = execFileSync(
    process.execPath,
    ['workers/cli/run.mjs', '--scenario', 'data/scenarios/on-plan.json', '--mode', 'montecarlo', '--format', 'csv'],
    {
      encoding: 'utf8',
    },
  );
  const runner = Papa.parse<string[]>(cli.trim(), { skipEmptyLines: true }).data;
  // Same rows in the same order; compare every value cell (sensitivity rows exist only in the app).
  const appRows = app.slice(1).filter((row) => !String(row[0]).startsWith('sensitivity'));
  expect(appRows.map((row) => row.slice(0, 3))).toEqual(runner.slice(1).map((row) => row.slice(0, 3)));
  expect(appRows.map((row) => row.slice(3).map(Number))).toEqual(runner.slice(1).map((row) => row.slice(3).map(Number)));
});

test('garbage in saved state is recovered from with a notice', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('tonghua-parks.scenarios.v1', '{"version":1,"scenarios":[{"id":"x","name":');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const session = await openApp(page);
  await openTab(page, /情景管理|Scenarios/);
  await expect(page.getByTestId('scenarios-notice')).toBeVisible();
  await saveScenario(page, '恢复后保存');
  expect(session.errors).toEqual([]);
});

for (const [what, hash] of [
  ['truncated', '#s=eJyrVkpLzClOVbKqVkrOzy1IzKvUUcpMUbIyNjQ3szS0MDA0N9FRSsnPS1WyUrK0tDA0NTSuBQDX8Qxr'],
  ['not base64url', '#s=%%%%not-a-link'],
  ['tampered', '#s=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
] as const) {
  test(`a ${what} share link is reported on the tab the user is on, in the user's language`, async ({ page }) => {
    const session = await openApp(page, `/?lang=en${hash}`);
    const notice = page.getByTestId('scenarios-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toHaveAttribute('role', 'alert');
    await expect(notice).toContainText(/link/i);
    await expect(page.locator('#tab-sites')).toHaveAttribute('aria-selected', 'true');
    expect(session.errors).toEqual([]);
  });
}
