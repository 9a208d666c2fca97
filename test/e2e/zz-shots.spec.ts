import { expect, test, type Page } from '@playwright/test';
import { openApp, waitForMapIdle } from './driver';
const DIR = process.env['SHOT_DIR'] ?? '/work/shots/before';
test.use({ viewport: { width: 1280, height: 720 } });
test.setTimeout(240_000);
const settle = async (page: Page) => {
  await waitForMapIdle(page);
  await page.waitForTimeout(1500);
};
for (const lang of ['zh-CN', 'en']) {
  test(`explorer ${lang}`, async ({ page }) => {
    await openApp(page, `/?lang=${lang}`);
    await settle(page);
    await page.screenshot({ path: `${DIR}/explorer-${lang}.png`, timeout: 60_000 });
  });
  test(`site ${lang}`, async ({ page }) => {
    await openApp(page, `/?lang=${lang}&site=graphite-park`);
    await settle(page);
    await page.screenshot({ path: `${DIR}/site-${lang}.png`, timeout: 60_000 });
  });
  test(`tabs ${lang}`, async ({ page }) => {
    await openApp(page, `/?lang=${lang}`);
    await settle(page);
    await page.getByRole('tab', { name: /情景假设|Assumptions/ }).click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${DIR}/assumptions-${lang}.png`, timeout: 60_000 });
    await page.getByRole('tab', { name: /情景管理|Scenarios/ }).click();
    await page.waitForTimeout(1000);
    await page.screenshot({ path: `${DIR}/scenarios-${lang}.png`, timeout: 60_000 });
  });
  test(`present ${lang}`, async ({ page }) => {
    await openApp(page, `/?lang=${lang}&mode=present`);
    await expect(page.getByTestId('presentation')).toBeVisible({ timeout: 30000 });
    await settle(page);
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(4000);
    await settle(page);
    await page.screenshot({ path: `${DIR}/present-${lang}.png`, timeout: 60_000 });
  });
}
