import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { bbox } from '@turf/turf';
import {
  hasHorizontalScroll,
  mapPixelSpread,
  mapViewBounds,
  openApp,
  screenshot,
  selectSiteByKeyboard,
  siteButton,
  siteButtons,
  sitePanel,
  switchLanguage,
  waitForMapIdle,
} from './driver';
import { sitePoint, waitForMapSettled } from './map-driver';

/** The county outline's bounding box, from the same file the map draws. */
const COUNTY_BBOX = bbox(JSON.parse(readFileSync(new URL('../../data/basemap/county.geojson', import.meta.url), 'utf8')));

test('the map loads offline, draws the county and lists the nine sites', async ({ page }) => {
  const session = await openApp(page);
  await waitForMapIdle(page);
  await expect(siteButtons(page)).toHaveCount(9);
  expect(await mapPixelSpread(page)).toBeGreaterThan(8);
  await expect(page.getByTestId('illustrative-notice')).toBeVisible();
  await screenshot(page, 'explore-desktop-zh');
  expect(session.foreignRequests).toEqual([]);
  expect(session.errors).toEqual([]);
});

test('selecting a site from the list opens its panel with area and distance, and Esc closes it', async ({ page }) => {
  const session = await openApp(page);
  await waitForMapIdle(page);
  await selectSiteByKeyboard(page, 'graphite-park');
  const panel = sitePanel(page);
  await expect(panel).toHaveAttribute('data-site-id', 'graphite-park');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('石墨科技产业园区');
  await expect(panel.getByTestId('site-area')).toHaveText(/^[\d,.]+ 公顷（[\d,]+ 亩）$/);
  await expect(panel.getByTestId('site-distance')).toHaveText(/公里/);
  await expect(panel.getByTestId('site-source-note')).toHaveText(/^名称：原文；公开名称为通化县远东矿业石墨科技产业园/);
  await expect(page).toHaveURL(/[?&]site=graphite-park/);
  await waitForMapIdle(page);
  await screenshot(page, 'explore-site-panel');
  await page.keyboard.press('Escape');
  await expect(sitePanel(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/site=/);
  expect(session.errors).toEqual([]);
});

test('clicking a site on the map selects it', async ({ page }) => {
  await openApp(page, '/?site=graphite-park');
  await waitForMapIdle(page);
  await page.keyboard.press('Escape');
  await expect(sitePanel(page)).toHaveCount(0);
  // A site whose marker stands alone at county zoom (ginseng park's lies under the service centre's).
  // Closing the panel returns to the county view; the site's marker is where the map projects its centre.
  await waitForMapSettled(page);
  const point = await sitePoint(page, 'graphite-park');
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('map has no box');
  await page.mouse.click(box.x + point.x, box.y + point.y);
  await expect(sitePanel(page)).toHaveAttribute('data-site-id', 'graphite-park');
});

test('a link with a site opens that site; a bad site parameter is ignored', async ({ page }) => {
  await openApp(page, '/?site=chemical-park');
  await expect(sitePanel(page)).toHaveAttribute('data-site-id', 'chemical-park');

  const session = await openApp(page, '/?site=%3Cscript%3Enope&lang=xx');
  await waitForMapIdle(page);
  await expect(sitePanel(page)).toHaveCount(0);
  await expect(siteButtons(page)).toHaveCount(9);
  expect(session.errors).toEqual([]);
});

test('the language switch changes every label, the title and <html lang>', async ({ page }) => {
  await openApp(page);
  await waitForMapIdle(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await switchLanguage(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(/Tonghua County/);
  await expect(siteButton(page, 'ginseng-park')).toContainText('Ginseng');
  await expect(page).toHaveURL(/lang=en/);
  await waitForMapIdle(page);
  await screenshot(page, 'explore-desktop-en');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('at tablet width the map and the list both fit', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await openApp(page);
  await waitForMapIdle(page);
  await expect(siteButtons(page).first()).toBeVisible();
  expect(await hasHorizontalScroll(page)).toBe(false);
  await screenshot(page, 'explore-tablet');
});

test('a projector-size window shows the whole county', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openApp(page);
  await waitForMapIdle(page);
  const [west, south, east, north] = await mapViewBounds(page);
  const [minLng, minLat, maxLng, maxLat] = COUNTY_BBOX;
  expect(west, 'county west edge in view').toBeLessThanOrEqual(minLng);
  expect(south, 'county south edge in view').toBeLessThanOrEqual(minLat);
  expect(east, 'county east edge in view').toBeGreaterThanOrEqual(maxLng);
  expect(north, 'county north edge in view').toBeGreaterThanOrEqual(maxLat);
  await screenshot(page, 'explore-1920');
});
