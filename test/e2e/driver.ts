/**
 * The one place browser tests touch the DOM: specs read as what a user does and sees.
 */
import { expect, type Locator, type Page, type Request } from '@playwright/test';
import { PNG } from 'pngjs';
import { testPort } from '../chromium.mjs';

/** The origin the preview server runs on (see playwright.config.ts). */
export const APP_ORIGIN = `http://127.0.0.1:${testPort(4173)}`;

export interface Session {
  page: Page;
  /** Every request the page made that left its own origin (should stay empty). */
  foreignRequests: string[];
  /** Console errors and uncaught page errors (should stay empty). */
  errors: string[];
}

/** Opens the app at `path` and records foreign requests and errors from the first byte on. */
export async function openApp(page: Page, path = '/'): Promise<Session> {
  const session: Session = { page, foreignRequests: [], errors: [] };
  page.on('request', (request: Request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== APP_ORIGIN) session.foreignRequests.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') session.errors.push(message.text());
  });
  page.on('pageerror', (error) => session.errors.push(error.message));
  await page.goto(path);
  return session;
}

/** Waits until MapLibre fired `idle`: style, sources and tiles loaded and the frame drawn. */
export async function waitForMapIdle(page: Page): Promise<void> {
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle', { timeout: 45_000 });
}

/** Standard deviation of the map canvas's grey levels: near 0 for a blank or single-colour canvas. */
export async function mapPixelSpread(page: Page): Promise<number> {
  const shot = PNG.sync.read(await page.locator('.maplibregl-canvas').screenshot());
  let sum = 0;
  let sumSq = 0;
  const n = shot.width * shot.height;
  for (let i = 0; i < shot.data.length; i += 4) {
    const grey = 0.299 * shot.data[i]! + 0.587 * shot.data[i + 1]! + 0.114 * shot.data[i + 2]!;
    sum += grey;
    sumSq += grey * grey;
  }
  const mean = sum / n;
  return Math.sqrt(Math.max(0, sumSq / n - mean * mean));
}

/** [west, south, east, north] of what the map canvas shows, as the map projects its corners, once idle. */
export async function mapViewBounds(page: Page): Promise<[number, number, number, number]> {
  const text = await page.getByTestId('map').getAttribute('data-view-bounds');
  if (!text) throw new Error('the map has not published its view bounds');
  return text.split(',').map(Number) as [number, number, number, number];
}

/** True when the page scrolls sideways (content wider than the window). */
export async function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

export const siteButtons = (page: Page) => page.locator('#site-list button[data-site-id]');
export const siteButton = (page: Page, id: string) => page.locator(`#site-list button[data-site-id="${id}"]`);
export const sitePanel = (page: Page) => page.getByTestId('site-panel');

/** Selects a site from the list with the keyboard, as a keyboard user would. */
export async function selectSiteByKeyboard(page: Page, id: string): Promise<void> {
  await siteButton(page, id).focus();
  await page.keyboard.press('Enter');
}

export async function switchLanguage(page: Page): Promise<void> {
  await page.getByTestId('lang-switch').click();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test/output/${name}.png` });
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would, and fails after
 * `maxPresses` so a focus trap or an unreachable control shows up as a test failure.
 */
export async function tabTo(page: Page, target: Locator, { backwards = false, maxPresses = 40 } = {}): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${String(target)} not reached with ${maxPresses} presses of ${backwards ? 'Shift+Tab' : 'Tab'}`);
}

export const skipLink = (page: Page) => page.locator('a.skip-link');
export const languageSwitch = (page: Page) => page.getByTestId('lang-switch');
export const siteList = (page: Page) => page.locator('#site-list');

/** Paths of the same-origin JavaScript files the page (and its workers) requested so far. */
export function recordScriptDownloads(page: Page): Set<string> {
  const paths = new Set<string>();
  // Requests made by dedicated workers (MapLibre's, the simulator's) reach the context, not the page.
  page.context().on('request', (request: Request) => {
    const url = new URL(request.url());
    if (url.origin === APP_ORIGIN && url.pathname.endsWith('.js')) paths.add(url.pathname);
  });
  return paths;
}
