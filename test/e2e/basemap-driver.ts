/**
 * Basemap tests' stand-ins and steps: a fake WMTS/XYZ tile server on localhost standing in for 天地图
 * and intranet services (it records every request it receives), the deployment file served through
 * `page.route`, and reading what the map drew.
 */
import { createServer, type Server } from 'node:http';
import { expect, type Page, type Route } from '@playwright/test';
import { PNG } from 'pngjs';
import { testPort } from '../chromium.mjs';
import { pngTile } from '../fixtures/basemap/pmtiles-fixtures.mjs';

export interface TileRequest {
  path: string;
  query: Record<string, string>;
}

export interface FakeTileServer {
  origin: string;
  requests: TileRequest[];
  /** 200 with a tile, or an HTTP error status for every request. */
  status: number;
  close(): Promise<void>;
}

/** The tile colour of the fake server (orange), easy to find in a screenshot of the map. */
export const FAKE_TILE_RGB: [number, number, number] = [240, 140, 20];

export async function startFakeTileServer(port = testPort(4290)): Promise<FakeTileServer> {
  const tile = pngTile(FAKE_TILE_RGB);
  const fake: FakeTileServer = { origin: `http://127.0.0.1:${port}`, requests: [], status: 200, close: async () => {} };
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', fake.origin);
    const query: Record<string, string> = {};
    // WMTS KVP parameter names are case-insensitive; record them upper-case (except the key, tk).
    url.searchParams.forEach((value, key) => (query[key === 'tk' ? key : key.toUpperCase()] = value));
    fake.requests.push({ path: url.pathname, query });
    response.setHeader('Access-Control-Allow-Origin', '*');
    if (fake.status !== 200) {
      response.writeHead(fake.status, { 'Content-Type': 'text/plain' });
      response.end('denied');
      return;
    }
    response.writeHead(200, { 'Content-Type': 'image/png', 'Cache-Control': 'no-store' });
    response.end(tile);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  fake.close = () => new Promise((resolve) => server.close(() => resolve()));
  return fake;
}

/** Sends every request for a 天地图 host (t0–t7.tianditu.gov.cn) to the fake server instead. */
export async function routeTiandituTo(page: Page, fake: FakeTileServer): Promise<string[]> {
  const hosts: string[] = [];
  await page.route(/^https:\/\/t[0-7]\.tianditu\.gov\.cn\//, async (route: Route) => {
    const url = new URL(route.request().url());
    hosts.push(url.host);
    const response = await route.fetch({ url: `${fake.origin}${url.pathname}${url.search}` });
    await route.fulfill({ response });
  });
  return hosts;
}

/** Serves `config` as the deployment's basemaps.json. */
export async function serveBasemapConfig(page: Page, config: unknown): Promise<void> {
  await page.route('**/basemaps.json', (route) => route.fulfill({ json: config }));
}

/** Serves `bytes` at `path` of the app's origin with HTTP range support, as a PMTiles host must. */
export async function servePmtiles(page: Page, path: string, bytes: Buffer): Promise<string[]> {
  const ranges: string[] = [];
  await page.route(`**/${path}`, async (route) => {
    const range = route.request().headers()['range'];
    ranges.push(range ?? '');
    const match = /bytes=(\d+)-(\d+)/.exec(range ?? '');
    if (!match) return route.fulfill({ status: 200, body: bytes, headers: { 'Content-Type': 'application/octet-stream' } });
    const start = Number(match[1]);
    const end = Math.min(Number(match[2]), bytes.length - 1);
    await route.fulfill({
      status: 206,
      body: bytes.subarray(start, end + 1),
      headers: {
        'Content-Type': 'application/octet-stream',
        'Content-Range': `bytes ${start}-${end}/${bytes.length}`,
        'Content-Length': String(end - start + 1),
      },
    });
  });
  return ranges;
}

const map = (page: Page) => page.getByTestId('map');

/** Waits until `id` is the basemap on the map and the map has drawn it. */
export async function waitForBasemap(page: Page, id: string): Promise<void> {
  await expect(map(page)).toHaveAttribute('data-basemap', id, { timeout: 120_000 });
  await expect(map(page)).toHaveAttribute('data-basemap-state', 'ready', { timeout: 120_000 });
}

/** Ids of basemap layers with features drawn now (vector basemaps). */
export function renderedBasemapLayers(page: Page): Promise<string[]> {
  return map(page).evaluate((element) =>
    (element as HTMLElement & { basemapRenderedLayers: () => string[] }).basemapRenderedLayers(),
  );
}

export const basemapSelect = (page: Page) => page.getByTestId('basemap-select');
export const basemapNotice = (page: Page) => page.getByTestId('basemap-notice');

/** Share of map pixels within 30 levels of `rgb` on every channel. */
export async function shareOfColour(page: Page, [r, g, b]: [number, number, number]): Promise<number> {
  const shot = PNG.sync.read(await page.locator('.maplibregl-canvas').screenshot());
  let hits = 0;
  for (let i = 0; i < shot.data.length; i += 4)
    if (Math.abs(shot.data[i]! - r) < 30 && Math.abs(shot.data[i + 1]! - g) < 30 && Math.abs(shot.data[i + 2]! - b) < 30) hits++;
  return hits / (shot.width * shot.height);
}

/** The Web Mercator tile (x, y) at zoom z of a point. */
export function tileOf(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const r = (lat * Math.PI) / 180;
  return [Math.floor(((lon + 180) / 360) * n), Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n)];
}
