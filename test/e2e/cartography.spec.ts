import { expect, test } from '@playwright/test';
import { BUILTIN_SITE_IDS } from '../unit/builtin-ids';
import { openApp, screenshot, selectSiteByKeyboard, sitePanel, switchLanguage, waitForMapIdle } from './driver';
import {
  countyFrame,
  expectLabelsOf,
  mapView,
  overlap,
  overlappingPairs,
  smallestSiteSizes,
  waitForMapSettled,
  zoomMapTo,
} from './map-driver';

/** Every site of the built-in data, read from data/parks.geojson (not a pinned list). */
const SITE_IDS = BUILTIN_SITE_IDS;

const SIZES = [
  { width: 768, height: 1024 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

for (const size of SIZES) {
  test(`at ${size.width}×${size.height} the start view labels all nine sites clear of each other and of the county seat, in both languages`, async ({
    page,
  }) => {
    test.setTimeout(150_000);
    await page.setViewportSize(size);
    await openApp(page);
    await waitForMapIdle(page);
    for (const lang of ['zh', 'en']) {
      if (lang === 'en') {
        await switchLanguage(page);
        await waitForMapSettled(page);
      }
      const labels = await expectLabelsOf(page, SITE_IDS);
      // The county seat keeps its label, and no two labels overlap.
      expect(labels.some((l) => l.layer === 'places-label' && l.id === 'county-seat')).toBe(true);
      expect(overlappingPairs(labels)).toEqual([]);
      // No label under a map control.
      const { controls } = await countyFrame(page);
      for (const label of labels) for (const control of controls) expect(overlap(label.box, control), label.text).toBe(false);
      await screenshot(page, `cartography-${size.width}x${size.height}-${lang}`);
    }
  });

  test(`at ${size.width}×${size.height} the county fills the map area the controls leave free`, async ({ page }) => {
    await page.setViewportSize(size);
    await openApp(page);
    await waitForMapIdle(page);
    const { county, width, height, controls } = await countyFrame(page);
    // Inside the map, under no control, and as large as the free area allows in one direction.
    expect(county.left).toBeGreaterThanOrEqual(0);
    expect(county.top).toBeGreaterThanOrEqual(0);
    expect(county.right).toBeLessThanOrEqual(width);
    expect(county.bottom).toBeLessThanOrEqual(height);
    for (const control of controls) expect(overlap(county, control)).toBe(false);
    const fill = Math.max((county.right - county.left) / width, (county.bottom - county.top) / height);
    expect(fill).toBeGreaterThan(0.75);
  });
}

test('every site shows as a marker or a shape of at least 12 px at every zoom', async ({ page }) => {
  await openApp(page);
  await waitForMapIdle(page);
  const sizes = await smallestSiteSizes(page);
  expect(Object.keys(sizes).length).toBeGreaterThanOrEqual(9 * 10);
  const small = Object.entries(sizes).filter(([, px]) => px < 12);
  expect(small).toEqual([]);
});

test('the "whole county" control frames the county again after zooming in', async ({ page }) => {
  await openApp(page);
  await waitForMapIdle(page);
  const start = await mapView(page);
  await zoomMapTo(page, 11, [125.9, 41.9]);
  expect((await mapView(page)).zoom).toBeGreaterThan(start.zoom + 2);
  await page.getByTestId('whole-county').click();
  await waitForMapSettled(page);
  expect(await mapView(page)).toEqual(start);
});

test('Esc closes the site panel and returns the map to the view before the site was opened', async ({ page }) => {
  await openApp(page);
  await waitForMapIdle(page);
  const before = await mapView(page);
  await selectSiteByKeyboard(page, 'feldspar-park');
  await expect(sitePanel(page)).toHaveAttribute('data-site-id', 'feldspar-park');
  await waitForMapSettled(page);
  expect((await mapView(page)).zoom).toBeGreaterThan(before.zoom + 1);
  await page.keyboard.press('Escape');
  await expect(sitePanel(page)).toHaveCount(0);
  await waitForMapSettled(page);
  expect(await mapView(page)).toEqual(before);
});
