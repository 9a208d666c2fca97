/**
 * Bring your own data, in the browser: a project file changes the map and the charts and survives a
 * reload; a bad file changes nothing; site files in KMZ and Shapefile; names are text, never code.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openApp, waitForMapIdle } from './driver';
import {
  apply,
  applyButton,
  chartSummary,
  chooseFile,
  dataStatus,
  importIssues,
  importSummary,
  mapImage,
  openDataTab,
  watchForProgress,
} from './import-driver';

test.beforeEach(async ({ page }) => {
  // Each test starts from the built-in data: clear what an earlier test imported.
  await page.goto('/');
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.deleteDatabase('keyval-store');
        request.onsuccess = request.onerror = request.onblocked = () => resolve();
      }),
  );
});

test('an imported project file changes map and charts, and is still there after a reload', async ({ page }) => {
  const session = await openApp(page);
  await waitForMapIdle(page);
  const summaryBefore = await chartSummary(page, 'investment').textContent();
  const mapBefore = await mapImage(page);

  await openDataTab(page);
  await expect(dataStatus(page)).toContainText('内置示意数据');
  await chooseFile(page, 'projects-template-gbk.csv');
  await expect(importSummary(page)).toContainText('共 3 行，0 行有错误');
  await expect(page.getByTestId('import-rows')).toContainText('人参深加工扩建项目');
  await apply(page);
  await expect(dataStatus(page)).toContainText('projects-template-gbk.csv');
  await expect(dataStatus(page)).toContainText('3 个项目');

  await expect.poll(async () => chartSummary(page, 'investment').textContent()).not.toBe(summaryBefore);
  await expect.poll(async () => (await mapImage(page)).equals(mapBefore)).toBe(false);
  const summaryAfter = await chartSummary(page, 'investment').textContent();

  await page.reload();
  await waitForMapIdle(page);
  await openDataTab(page);
  await expect(dataStatus(page)).toContainText('projects-template-gbk.csv');
  await expect(dataStatus(page)).toContainText('3 个项目');
  await expect(chartSummary(page, 'investment')).toHaveText(summaryAfter ?? '');

  await page.getByTestId('import-reset').click();
  await expect(dataStatus(page)).toContainText('内置示意数据');
  await expect(chartSummary(page, 'investment')).toHaveText(summaryBefore ?? '');
  expect(session.errors).toEqual([]);
  expect(session.foreignRequests).toEqual([]);
});

test('a bad file lists its problems by row and column and changes nothing', async ({ page }) => {
  const session = await openApp(page);
  await waitForMapIdle(page);
  const summaryBefore = await chartSummary(page, 'investment').textContent();
  await openDataTab(page);
  const statusBefore = await dataStatus(page).textContent();

  await chooseFile(page, 'bad-text-in-number.csv');
  await expect(importIssues(page)).toContainText('第 2 行，“total_investment_wan”列');
  await expect(importIssues(page)).toContainText('应为数字，实际为“lots”');
  await expect(applyButton(page)).toHaveCount(0);
  // Skipping bad rows is an explicit choice: the button stays disabled until it is ticked.
  await expect(page.getByTestId('import-apply-skipping')).toBeDisabled();
  await page.getByTestId('import-discard').click();

  await chooseFile(page, 'bad-shapefile-missing-dbf.zip');
  await expect(importIssues(page)).toContainText('.dbf');
  await expect(page.getByTestId('import-blocked')).toBeVisible();
  await page.getByTestId('import-discard').click();

  await expect(dataStatus(page)).toHaveText(statusBefore ?? '');
  await expect(chartSummary(page, 'investment')).toHaveText(summaryBefore ?? '');
  await page.reload();
  await openDataTab(page);
  await expect(dataStatus(page)).toHaveText(statusBefore ?? '');
  expect(session.errors).toEqual([]);
});

test('the same problems are listed in English when the interface is in English', async ({ page }) => {
  await openApp(page, '/?lang=en');
  await openDataTab(page);
  await chooseFile(page, 'bad-negative-money.csv');
  await expect(importIssues(page)).toContainText('Row 3, column “full_output_wan”');
  await expect(importIssues(page)).toContainText('Must not be negative (“-500”)');
});

test('HTML and script in names are shown as text and never run', async ({ page }) => {
  const session = await openApp(page);
  await openDataTab(page);
  await chooseFile(page, 'html-in-names.csv');
  await expect(page.getByTestId('import-rows')).toContainText('<script>window.__xss=2</script>Graphene');
  await apply(page);
  await page.getByRole('tab', { name: /园区|Sites/ }).click();
  await page.locator('#site-list button[data-site-id="ginseng-park"]').click();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(session.errors).toEqual([]);
});

test('sites import from KMZ and from a zipped Shapefile', async ({ page }) => {
  await openApp(page);
  await waitForMapIdle(page);
  await openDataTab(page);
  await chooseFile(page, 'sites-valid.kmz');
  await expect(importSummary(page)).toContainText('园区边界：共 9 行，0 行有错误');
  await apply(page);
  await chooseFile(page, 'sites-valid-shapefile.zip');
  await expect(importSummary(page)).toContainText('共 9 行，0 行有错误');
  await expect(page.getByTestId('import-no-issues')).toBeVisible();
});

test('a very large file shows progress and the page stays usable', async ({ page }) => {
  await openApp(page);
  await openDataTab(page);
  const header =
    '项目编号 id,项目名称（中文） name_zh,项目名称（英文） name_en,园区编号 site_id,产业集群编号 cluster_id,项目类型 type,项目类别 category,总投资（万元） total_investment_wan,开工前已完成投资（万元） invested_before_wan,计划开（复）工月份 planned_start,建设工期（月） construction_months,达产年产值（万元） full_output_wan,达产爬坡期（月） rampup_months,数据来源 provenance';
  const rows = Array.from(
    { length: 40_000 },
    (_, i) => `L${i},项目${i},Project ${i},ginseng-park,food,new,industry,1000,0,2017-06,10,1500,3,imported`,
  );
  const sawProgress = await watchForProgress(page);
  await chooseFile(page, { name: 'large.csv', buffer: Buffer.from(`${header}\n${rows.join('\n')}\n`) });
  expect(await sawProgress()).toBe(true);
  await expect(importSummary(page)).toContainText('共 40000 行，0 行有错误');
  // The page still answers: the language switch works after the import.
  await page.getByTestId('lang-switch').click();
  await expect(importSummary(page)).toContainText('40000 rows, 0 with errors');
});

test('the data panel with a preview of problems has no serious accessibility violations', async ({ page }) => {
  await openApp(page);
  await openDataTab(page);
  await chooseFile(page, 'bad-text-in-number.csv');
  const results = await new AxeBuilder({ page }).include('[data-testid="data-panel"]').analyze();
  expect(
    results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`),
  ).toEqual([]);
});
