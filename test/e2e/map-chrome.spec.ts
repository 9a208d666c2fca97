import { expect, test } from '@playwright/test';
import { openApp, switchLanguage, waitForMapIdle } from './driver';
import { renderedProjectStatuses, zoomMapTo } from './map-driver';
import type { Map as MapLibreMap } from 'maplibre-gl';

test('map control titles, scale units and attribution follow the language switch, both ways', async ({ page }) => {
  await openApp(page);
  await waitForMapIdle(page);
  const zoomIn = page.locator('.maplibregl-ctrl-zoom-in');
  const fullscreen = page.locator('.maplibregl-ctrl-fullscreen');
  const scale = page.locator('.maplibregl-ctrl-scale');
  const attribution = page.locator('.maplibregl-ctrl-attrib-inner');
  const check = async (lang: 'zh' | 'en') => {
    await expect(zoomIn).toHaveAttribute('title', lang === 'zh' ? '放大' : 'Zoom in');
    await expect(fullscreen).toHaveAttribute('title', lang === 'zh' ? '全屏显示' : 'Enter fullscreen');
    await expect(page.getByTestId('whole-county')).toHaveAttribute('title', lang === 'zh' ? '显示全县' : 'Show the whole county');
    await expect(scale).toHaveText(lang === 'zh' ? /\d+\s公里$/ : /\d+\skm$/);
    await expect(attribution).toContainText(lang === 'zh' ? '园区边界为示意' : 'Site boundaries are indicative');
  };
  await check('zh');
  await switchLanguage(page);
  await check('en');
  await switchLanguage(page);
  await check('zh');
});

test('the legend lists project statuses only while project points are drawn, and sizes the bubbles with reference amounts', async ({
  page,
}) => {
  await openApp(page);
  await waitForMapIdle(page);
  // County view: project points are hidden, so no status is listed.
  expect(await renderedProjectStatuses(page)).toEqual([]);
  await expect(page.locator('[data-legend-item^="status:"]')).toHaveCount(0);
  const bubbles = page.locator('.bubble-ref');
  await expect(bubbles).toHaveCount(2);
  // Reference circles: the radius the bubble layer gives each amount (area ∝ amount).
  const refs = await bubbles.evaluateAll((els) =>
    els.map((e) => ({ wan: Number(e.getAttribute('data-wan')), radius: Number(e.getAttribute('data-radius')) })),
  );
  expect(refs[0]!.radius / refs[1]!.radius).toBeCloseTo(Math.sqrt(refs[0]!.wan / refs[1]!.wan), 6);
  // Zoomed in on the county seat, project points are drawn: the listed statuses are those in view.
  await zoomMapTo(page, 11, [125.7527, 41.6755]);
  const drawn = await renderedProjectStatuses(page);
  expect(drawn.length).toBeGreaterThan(0);
  await expect(page.locator('[data-legend-item^="status:"]')).toHaveCount(drawn.length);
  for (const status of drawn) await expect(page.locator(`[data-legend-item="status:${status}"]`)).toHaveCount(1);
});

test('site labels are drawn above the investment bubbles', async ({ page }) => {
  await openApp(page);
  await waitForMapIdle(page);
  const order = await page.evaluate(() => {
    const map = (document.querySelector('[data-testid="map"]') as HTMLElement & { maplibreMap: MapLibreMap }).maplibreMap;
    const ids = map.getStyle().layers.map((l) => l.id);
    return { label: ids.indexOf('sites-label'), bubbles: ids.indexOf('site-progress'), points: ids.indexOf('projects') };
  });
  expect(order.label).toBeGreaterThan(order.bubbles);
  expect(order.label).toBeGreaterThan(order.points);
});
