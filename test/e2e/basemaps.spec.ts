import { expect, test } from '@playwright/test';
import { TILE_TYPE, rasterArchive, vectorArchive, writePmtiles, COUNTY } from '../fixtures/basemap/pmtiles-fixtures.mjs';
import {
  FAKE_TILE_RGB,
  basemapNotice,
  basemapSelect,
  renderedBasemapLayers,
  routeTiandituTo,
  serveBasemapConfig,
  servePmtiles,
  shareOfColour,
  startFakeTileServer,
  tileOf,
  waitForBasemap,
  type FakeTileServer,
} from './basemap-driver';
import { openApp, siteButtons, switchLanguage, tabTo, waitForMapIdle } from './driver';

// Basemaps load after the built-in map has settled, which takes long on a busy machine with software WebGL.
test.describe.configure({ timeout: 240_000 });

const KEY = '0123456789abcdef0123456789abcdef';
const TIANDITU = { tianditu: { key: KEY, reviewNumber: 'GS(2099)0001号' } };

let fake: FakeTileServer;
test.beforeAll(async () => {
  fake = await startFakeTileServer();
});
test.afterAll(async () => {
  await fake.close();
});
test.beforeEach(() => {
  fake.requests.length = 0;
  fake.status = 200;
});

test('天地图 imagery: WMTS requests with layer, tile matrix and key; annotation follows the language; attribution with 审图号', async ({
  page,
}) => {
  await serveBasemapConfig(page, TIANDITU);
  const hosts = await routeTiandituTo(page, fake);
  await openApp(page, '/?basemap=tianditu-img');
  await waitForBasemap(page, 'tianditu-img');
  expect(await shareOfColour(page, FAKE_TILE_RGB)).toBeGreaterThan(0.2);

  const layers = new Set(fake.requests.map((r) => `${r.path} ${r.query['LAYER']}`));
  expect(layers).toEqual(new Set(['/img_w/wmts img', '/cia_w/wmts cia']));
  for (const { query } of fake.requests) {
    expect(query).toMatchObject({ SERVICE: 'WMTS', REQUEST: 'GetTile', TILEMATRIXSET: 'w', STYLE: 'default', tk: KEY });
    // Every tile asked for lies over the county at the zoom it was asked for.
    const z = Number(query['TILEMATRIX']);
    const [west, south, east, north] = COUNTY;
    const [x0, y0] = tileOf(west - 1, north + 1, z);
    const [x1, y1] = tileOf(east + 1, south - 1, z);
    expect(Number(query['TILECOL'])).toBeGreaterThanOrEqual(x0);
    expect(Number(query['TILECOL'])).toBeLessThanOrEqual(x1);
    expect(Number(query['TILEROW'])).toBeGreaterThanOrEqual(y0);
    expect(Number(query['TILEROW'])).toBeLessThanOrEqual(y1);
  }
  expect(new Set(hosts).size).toBeGreaterThan(1);
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('审图号：GS(2099)0001号');
  // The key never reaches the address bar (nor, therefore, a share link).
  await expect(page).toHaveURL(/[?&]basemap=tianditu-img/);
  expect(page.url()).not.toContain(KEY);

  fake.requests.length = 0;
  await switchLanguage(page);
  await expect.poll(() => fake.requests.some((r) => r.query['LAYER'] === 'eia')).toBe(true);
  await waitForBasemap(page, 'tianditu-img');
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('map review no. GS(2099)0001号');
  await page.screenshot({ path: 'test/output/basemap-tianditu-en.png' });
});

test('the switcher works with the keyboard, both ways, and the choice is in the URL', async ({ page }) => {
  await serveBasemapConfig(page, TIANDITU);
  await routeTiandituTo(page, fake);
  const session = await openApp(page);
  // The switcher appears once the map has settled and basemaps.json offers something.
  await expect(basemapSelect(page)).toBeVisible({ timeout: 120_000 });
  // Configured but not chosen: nothing leaves the origin.
  expect(session.foreignRequests).toEqual([]);
  expect(fake.requests).toEqual([]);
  await expect(page.getByLabel('底图')).toHaveValue('builtin');

  await tabTo(page, basemapSelect(page));
  await page.keyboard.press('ArrowDown');
  await expect(basemapSelect(page)).toHaveValue('tianditu-vec');
  await waitForBasemap(page, 'tianditu-vec');
  expect(new Set(fake.requests.map((r) => r.query['LAYER']))).toEqual(new Set(['vec', 'cva']));
  await expect(page).toHaveURL(/[?&]basemap=tianditu-vec/);
  await page.screenshot({ path: 'test/output/basemap-switcher-zh.png' });

  await page.keyboard.press('ArrowUp');
  await waitForBasemap(page, 'builtin');
  await expect(page).not.toHaveURL(/basemap=/);
  fake.requests.length = 0;
  await page.waitForTimeout(500);
  expect(fake.requests).toEqual([]);
});

test('a 天地图 that answers 403 falls back to the built-in basemap with one notice; sites stay', async ({ page }) => {
  fake.status = 403;
  await serveBasemapConfig(page, TIANDITU);
  await routeTiandituTo(page, fake);
  await openApp(page, '/?basemap=tianditu-vec&site=chemical-park');
  await expect(page.getByTestId('map')).toHaveAttribute('data-basemap-fallback', 'denied', { timeout: 120_000 });
  await waitForBasemap(page, 'builtin');
  await expect(basemapNotice(page)).toHaveCount(1);
  await expect(basemapNotice(page)).toContainText('天地图 · 矢量拒绝了请求（密钥可能错误或已过期）');
  await expect(page.locator('.map-error')).toHaveCount(0);
  await expect(siteButtons(page)).toHaveCount(9);
  await expect(page.getByTestId('site-panel')).toHaveAttribute('data-site-id', 'chemical-park');
  await expect(page).not.toHaveURL(/basemap=/);
  expect(fake.requests.length).toBeGreaterThanOrEqual(6);
  await page.screenshot({ path: 'test/output/basemap-fallback-zh.png' });
  // Still one notice after the remaining tile requests have failed, and it follows the language.
  await page.waitForTimeout(1000);
  await expect(basemapNotice(page)).toHaveCount(1);
  await switchLanguage(page);
  await expect(basemapNotice(page)).toContainText('Tianditu · streets refused the requests');
});

test('a PMTiles file from the data panel: vector tiles drawn with Protomaps layers, kept across a reload, offline', async ({
  page,
}) => {
  const session = await openApp(page);
  await waitForMapIdle(page);
  await page.getByRole('tab', { name: '数据' }).click();
  await page
    .getByTestId('basemap-file-input')
    .setInputFiles({ name: 'tonghua.pmtiles', mimeType: 'application/octet-stream', buffer: vectorArchive() });
  await expect(page.getByTestId('basemap-file-status')).toContainText('已保存“tonghua.pmtiles”');
  await waitForBasemap(page, 'pmtiles');
  await expect
    .poll(() => renderedBasemapLayers(page))
    .toEqual(expect.arrayContaining(['basemap-pmtiles-earth', 'basemap-pmtiles-roads_major', 'basemap-pmtiles-places_locality']));
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Test data © fixture');
  await page.screenshot({ path: 'test/output/basemap-pmtiles-vector.png' });

  await page.reload();
  await waitForBasemap(page, 'pmtiles');
  await expect.poll(() => renderedBasemapLayers(page)).toContain('basemap-pmtiles-roads_major');
  await expect(basemapSelect(page)).toHaveValue('pmtiles');
  expect(session.foreignRequests).toEqual([]);

  await page.getByRole('tab', { name: '数据' }).click();
  await page.getByTestId('basemap-file-remove').click();
  await waitForBasemap(page, 'builtin');
  await expect(page.getByTestId('basemap-file-current')).toHaveText('尚未载入底图文件。');
});

test('a bad PMTiles file gets a clear message and changes nothing', async ({ page }) => {
  await serveBasemapConfig(page, { pmtilesMaxMB: 1 });
  // Nothing here needs the map drawn: the check happens before a file goes near it.
  await openApp(page, '/?lang=en');
  await page.getByRole('tab', { name: 'Data' }).click();
  const input = page.getByTestId('basemap-file-input');
  const status = page.getByTestId('basemap-file-status');
  const cases: [string, Buffer, string][] = [
    [
      'notes.pmtiles',
      Buffer.from('this is not an archive, just text that is long enough '.repeat(10)),
      '“notes.pmtiles” is not a PMTiles file',
    ],
    [
      'paris.pmtiles',
      vectorArchive({ bounds: [2.2, 48.8, 2.5, 48.9] }),
      '“paris.pmtiles” covers 2.20, 48.80, 2.50, 48.90, which misses Tonghua County',
    ],
    [
      'avif.pmtiles',
      writePmtiles({ tiles: [{ z: 6, x: 54, y: 23, data: new Uint8Array([0]) }], tileType: TILE_TYPE.avif, bounds: COUNTY }),
      'unsupported type (Avif)',
    ],
    ['big.pmtiles', Buffer.concat([vectorArchive(), Buffer.alloc(1.5 * 2 ** 20)]), 'is 2 MB, over the 1 MB limit'],
  ];
  for (const [name, buffer, message] of cases) {
    await input.setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
    await expect(status).toContainText(message);
    await expect(status).toHaveAttribute('role', 'alert');
  }
  await expect(page.getByTestId('basemap-file-current')).toHaveText('No basemap file loaded.');
  await expect(page.getByTestId('map')).not.toHaveAttribute('data-basemap', 'pmtiles');
  expect(await page.evaluate(() => localStorage.getItem('tonghua-parks.basemap-file.v1'))).toBeNull();
});

test('raster PMTiles from the deployer’s same-origin URL, read with range requests', async ({ page }) => {
  await serveBasemapConfig(page, { pmtilesUrl: 'maps/county-imagery.pmtiles' });
  const ranges = await servePmtiles(page, 'maps/county-imagery.pmtiles', rasterArchive());
  const session = await openApp(page, '/?basemap=pmtiles');
  await waitForBasemap(page, 'pmtiles');
  expect(await shareOfColour(page, [170, 60, 200])).toBeGreaterThan(0.2);
  expect(ranges.length).toBeGreaterThan(1);
  expect(ranges.every((r) => r.startsWith('bytes='))).toBe(true);
  expect(session.foreignRequests).toEqual([]);
});

test('an intranet XYZ service on the allow-list is drawn; one off the list is refused with a notice', async ({ page }) => {
  await serveBasemapConfig(page, {
    allowedOrigins: [fake.origin],
    services: [
      {
        id: 'intranet',
        name: { zh: '内网影像', en: 'Intranet imagery' },
        type: 'xyz',
        url: `${fake.origin}/xyz/{z}/{x}/{y}.png`,
        attribution: '县测绘队',
      },
      {
        id: 'elsewhere',
        name: { zh: '外部瓦片', en: 'Elsewhere' },
        type: 'wmts',
        url: 'http://10.9.9.9/wmts?TILEMATRIX={TileMatrix}&TILEROW={TileRow}&TILECOL={TileCol}',
      },
    ],
  });
  await openApp(page, '/?basemap=intranet');
  await waitForBasemap(page, 'intranet');
  expect(fake.requests.length).toBeGreaterThan(0);
  expect(fake.requests.every((r) => /^\/xyz\/\d+\/\d+\/\d+\.png$/.test(r.path))).toBe(true);
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('县测绘队');

  await basemapSelect(page).selectOption('elsewhere');
  await expect(basemapNotice(page)).toContainText('外部瓦片的地址不在部署的允许列表', { timeout: 60_000 });
  await waitForBasemap(page, 'builtin');
});

test('an unknown basemap in a link opens the built-in basemap with a notice', async ({ page }) => {
  const session = await openApp(page, '/?basemap=tianditu-img');
  await expect(basemapNotice(page)).toContainText('本部署没有名为“tianditu-img”的底图', { timeout: 90_000 });
  await waitForBasemap(page, 'builtin');
  expect(session.foreignRequests).toEqual([]);
});

test('the basemap parameter also works in embed tiles (no switcher there) and in the presentation', async ({ page }) => {
  await serveBasemapConfig(page, TIANDITU);
  await routeTiandituTo(page, fake);
  await openApp(page, '/?mode=embed&basemap=tianditu-img');
  await waitForBasemap(page, 'tianditu-img');
  expect(fake.requests.some((r) => r.query['LAYER'] === 'img')).toBe(true);
  await expect(basemapSelect(page)).toHaveCount(0);

  fake.requests.length = 0;
  await openApp(page, '/?mode=present&basemap=tianditu-vec');
  await waitForBasemap(page, 'tianditu-vec');
  expect(fake.requests.some((r) => r.query['LAYER'] === 'vec')).toBe(true);
});
