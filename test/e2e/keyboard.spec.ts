import { expect, test } from '@playwright/test';
import { languageSwitch, openApp, siteButton, siteList, sitePanel, skipLink, tabTo, waitForMapIdle } from './driver';

// The main tasks of explore mode, done with the keyboard alone: no click, no focus() call.
test('keyboard only: skip link, pick a site, read it, close it, switch language', async ({ page }) => {
  const session = await openApp(page);
  await waitForMapIdle(page);

  await page.keyboard.press('Tab');
  await expect(skipLink(page)).toBeFocused();
  await expect(skipLink(page)).toBeInViewport();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(siteList(page).locator('button').first()).toBeFocused();

  await tabTo(page, siteButton(page, 'graphite-park'));
  await page.keyboard.press('Enter');
  const panel = sitePanel(page);
  await expect(panel).toHaveAttribute('data-site-id', 'graphite-park');
  const heading = panel.getByRole('heading', { level: 2 });
  await expect(heading).toBeFocused();
  await expect(heading).toHaveText('石墨科技产业园区');
  await expect(panel.getByTestId('site-area')).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(sitePanel(page)).toHaveCount(0);
  await expect(siteButton(page, 'graphite-park')).toBeFocused();

  await tabTo(page, languageSwitch(page), { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(languageSwitch(page)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  expect(session.errors).toEqual([]);
});
