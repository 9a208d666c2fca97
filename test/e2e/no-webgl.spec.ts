import { expect, test } from '@playwright/test';
import { CHROMIUM_PATH } from '../chromium.mjs';
import { openApp, siteButtons } from './driver';

test.use({
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-software-rasterizer', '--disable-webgl', '--disable-3d-apis'],
  },
});

test('without WebGL the user gets a clear message and the site list still works', async ({ page }) => {
  const session = await openApp(page);
  await expect(page.getByRole('alert')).toContainText('WebGL');
  await expect(siteButtons(page)).toHaveCount(9);
  expect(session.errors).toEqual([]);
});
