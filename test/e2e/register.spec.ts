import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test } from '@playwright/test';
import { openApp, waitForMapIdle } from './driver';
import {
  columnTexts,
  focusedCell,
  gridRows,
  openRegister,
  projectPanel,
  registerGrid,
  registerSearch,
  registerSummary,
} from './register-driver';

test('finds projects by pinyin initials, filters and sorts', async ({ page }) => {
  const session = await openApp(page, '/');
  await waitForMapIdle(page);
  await openRegister(page);
  const all = await gridRows(page).count();
  expect(all).toBeGreaterThan(10);

  await registerSearch(page).fill('rs');
  // "rs" = 人参 (ren shen); the English names may match it too (e.g. "rural water supply").
  await expect(async () => {
    const names = await columnTexts(page, 0);
    expect(names.filter((n) => n.includes('人参')).length).toBeGreaterThan(3);
    expect(names.length).toBeLessThan(all);
  }).toPass();
  await expect(registerSummary(page)).toContainText('rs');

  await registerSearch(page).fill('');
  await page.locator('#register-type').selectOption('new');
  await expect(async () => {
    const types = await columnTexts(page, 1);
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['新建']));
  }).toPass();

  await registerGrid(page).locator('button[data-column="total"]').click();
  await registerGrid(page).locator('button[data-column="total"]').click();
  await expect(registerGrid(page).locator('[role="columnheader"][aria-sort="descending"]')).toHaveCount(1);
  const totals = (await columnTexts(page, 4)).map((t) => Number(t.replace(/[^\d.]/g, '')));
  expect(totals).toEqual([...totals].sort((a, b) => b - a));
  expect(new URL(page.url()).searchParams.get('rsort')).toBe('total');
  expect(session.errors).toEqual([]);
  expect(session.foreignRequests).toEqual([]);
});

test('keyboard through the grid, open a project and see it highlighted on the map', async ({ page }) => {
  await openApp(page, '/?lang=en');
  await waitForMapIdle(page);
  await openRegister(page);
  const header = registerGrid(page).locator('button[data-cell="0-0"]');
  await header.focus();
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => focusedCell(page)).toBe('1-0');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => focusedCell(page)).toBe('2-1');
  await page.keyboard.press('End');
  await expect.poll(() => focusedCell(page)).toMatch(/^2-\d+$/);
  expect(Number((await focusedCell(page))!.split('-')[1])).toBeGreaterThan(10);
  await page.keyboard.press('Home');
  await expect.poll(() => focusedCell(page)).toBe('2-0');
  await page.keyboard.press('PageDown');
  await expect.poll(() => focusedCell(page)).not.toMatch(/^2-/);
  expect(Number((await focusedCell(page))!.split('-')[0])).toBeGreaterThan(2);
  await page.keyboard.press('Control+Home');
  await expect.poll(() => focusedCell(page)).toBe('1-0');

  const id = await registerGrid(page).locator('[role="row"][aria-rowindex="2"]').getAttribute('data-project-id');
  await page.keyboard.press('Enter');
  await expect(projectPanel(page)).toBeVisible();
  await expect(projectPanel(page).getByTestId('schedule-bar')).toBeVisible();
  const map = page.getByTestId('map').locator('.maplibregl-map').or(page.locator('.maplibregl-map')).first();
  await expect(map).toHaveAttribute('data-highlight-project', id!);
  await expect(map).toHaveAttribute('data-highlight-site', /.+/);
});

test('exports the filtered register and reads it back', async ({ page }) => {
  await openApp(page, '/?rtype=continuing');
  await waitForMapIdle(page);
  await expect(registerGrid(page)).toBeVisible();
  const shown = Number(
    /(\d+) 个$|显示 (\d+)/
      .exec((await registerSummary(page).textContent()) ?? '')
      ?.slice(1)
      .find(Boolean),
  );
  expect(shown).toBeGreaterThan(0);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('register-export-csv').click()]);
  expect(download.suggestedFilename()).toBe('项目库.csv');
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = Papa.parse<string[]>(text.slice(1).trimEnd(), { skipEmptyLines: true }).data;
  expect(rows[0]![0]).toBe('项目编号 id');
  expect(rows.length - 1).toBe(shown);
  const typeColumn = rows[0]!.indexOf('项目类型 type');
  expect(new Set(rows.slice(1).map((r) => r[typeColumn]))).toEqual(new Set(['continuing']));

  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('register-export-xlsx').click()]);
  expect(xlsx.suggestedFilename()).toBe('项目库.xlsx');
  const bytes = readFileSync((await xlsx.path())!);
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
});

test('the filter survives a share link in a fresh page', async ({ page, browser }) => {
  await openApp(page, '/');
  await waitForMapIdle(page);
  await openRegister(page);
  await registerSearch(page).fill('rs');
  await page.locator('#register-type').selectOption('continuing');
  await expect(registerSummary(page)).toContainText('rs');
  // The pinyin index is built in slices after the tab opens: wait for the search to find its matches.
  await expect(registerSummary(page)).not.toContainText('显示 0 个');
  const summary = await registerSummary(page).textContent();
  await page.locator('#tab-scenarios').click();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByTestId('share-link').click();
  await expect(page.getByTestId('scenarios-notice')).toBeVisible();
  const link =
    (await page.getByTestId('share-link-text').count()) > 0
      ? await page.getByTestId('share-link-text').inputValue()
      : await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('rq=rs');
  expect(link).toMatch(/#s=/);

  const context = await browser.newContext();
  const fresh = await context.newPage();
  await openApp(fresh, link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(registerGrid(fresh)).toBeVisible();
  await expect(registerSearch(fresh)).toHaveValue('rs');
  await expect(fresh.locator('#register-type')).toHaveValue('continuing');
  await expect(registerSummary(fresh)).toHaveText(summary!);
  await context.close();
});
