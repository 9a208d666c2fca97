/**
 * Embed mode across real origins: the app (vite preview, 4173), the allowed host page (4180), a host
 * page that is not allowed (4181), and the built app served with the README's CSP headers (4182).
 */
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { testPort } from '../chromium.mjs';
import { contentSecurityPolicy, inlineScriptHashes } from '../embed-host/csp';
import {
  allowParentOrigins,
  appFrame,
  cspViolations,
  HOST_DIR,
  openHost,
  receivedEvents,
  recordCspViolations,
  sendCommand,
  startStaticServer,
  waitForEvent,
  waitForFrameMapIdle,
} from './embed-driver';

const APP = process.env['EMBED_APP_ORIGIN'] ?? `http://127.0.0.1:${testPort(4173)}`;
const HOST = `http://127.0.0.1:${testPort(4180)}`;
const OTHER_HOST = `http://127.0.0.1:${testPort(4181)}`;
const CSP_APP = `http://127.0.0.1:${testPort(4182)}`;
const DIST = process.env['EMBED_DIST'] ?? 'dist';
const EMBED_URL = `${APP}/?mode=embed&lang=zh-CN`;

const siteIds = (
  JSON.parse(readFileSync('data/parks.geojson', 'utf8')) as { features: { properties: { id: string } }[] }
).features.map((f) => f.properties.id);

// page.route stands in for the deployment's embed-config.json; a service worker would answer before it.
test.use({ serviceWorkers: 'block' });

const servers: { close: () => Promise<void> }[] = [];
test.beforeAll(async () => {
  servers.push(await startStaticServer({ root: HOST_DIR, port: testPort(4180) }));
  servers.push(await startStaticServer({ root: HOST_DIR, port: testPort(4181) }));
  servers.push(
    await startStaticServer({
      root: DIST,
      port: testPort(4182),
      headers: { 'Content-Security-Policy': contentSecurityPolicy([HOST]) },
      // The deployment's own allow-list, as an operator would write it.
      overrides: { '/embed-config.json': JSON.stringify({ allowedParentOrigins: [HOST] }) },
    }),
  );
});
test.afterAll(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

test.describe('embed mode driven from an allowed host page', () => {
  test.beforeEach(async ({ page }) => {
    await allowParentOrigins(page, APP, [HOST]);
    await openHost(page, HOST, EMBED_URL);
  });

  test('ready arrives with the site ids', async ({ page }) => {
    const ready = await waitForEvent(page, 'ready');
    expect(ready.payload.version).toBe(1);
    expect(ready.payload.siteIds).toEqual(siteIds);
    expect(ready.payload.scenario.realisationPct).toBeGreaterThan(0);
  });

  test('setScenario changes the results and resultsUpdated carries the new summary', async ({ page }) => {
    // The first result may already be the Monte-Carlo one when the simulator finished before the bridge started.
    const before = await waitForEvent(page, 'resultsUpdated');
    await sendCommand(page, 'setScenario', { realisationPct: 50 }, 'scenario-1');
    const reply = await waitForEvent(page, 'state', { requestId: 'scenario-1' });
    expect(reply.payload.scenario.realisationPct).toBe(50);
    const expected = await waitForEvent(page, 'resultsUpdated', {
      payload: { scenario: { realisationPct: 50 }, summary: { mode: 'expected' } },
    });
    expect(expected.payload.summary.investmentTargetYearWan).toBeLessThan(before.payload.summary.investmentTargetYearWan);
    const monteCarlo = await waitForEvent(page, 'resultsUpdated', {
      payload: { scenario: { realisationPct: 50 }, summary: { mode: 'montecarlo' } },
    });
    expect(monteCarlo.payload.summary.investmentBand).not.toBeNull();
  });

  test('selectSite moves the map and selectionChanged comes back', async ({ page }) => {
    await waitForEvent(page, 'ready');
    const frame = await appFrame(page, APP);
    await waitForFrameMapIdle(frame);
    await sendCommand(page, 'getState', undefined, 'before');
    const before = await waitForEvent(page, 'state', { requestId: 'before' });
    const site = siteIds[2]!;
    await sendCommand(page, 'selectSite', { siteId: site }, 'select-1');
    const changed = await waitForEvent(page, 'selectionChanged', { payload: { siteId: site } });
    expect(changed.payload.siteName?.zh).toBeTruthy();
    await expect(frame.getByTestId('site-panel')).toBeVisible();
    let poll = 0;
    await expect
      .poll(async () => {
        const id = `camera-${++poll}`;
        await sendCommand(page, 'getState', undefined, id);
        return (await waitForEvent(page, 'state', { requestId: id })).payload.camera?.zoom ?? 0;
      })
      .toBeGreaterThan(before.payload.camera!.zoom + 0.5);
  });

  test('resize tells the host the document height', async ({ page }) => {
    const resize = await waitForEvent(page, 'resize');
    expect(resize.payload.height).toBe(600); // the demo host's frame is 800×600 and the layout fills it
  });

  test('getState replies with the state and the requestId', async ({ page }) => {
    await waitForEvent(page, 'ready');
    await sendCommand(page, 'setMonth', { month: '2018-03' });
    await sendCommand(page, 'setLanguage', { lang: 'en' });
    await sendCommand(page, 'getState', undefined, 'state-1');
    const state = await waitForEvent(page, 'state', { requestId: 'state-1' });
    expect(state.payload).toMatchObject({ lang: 'en', month: '2018-03', siteId: null });
  });

  test('an invalid payload gets an error reply with its requestId, and nothing changes', async ({ page }) => {
    await waitForEvent(page, 'ready');
    await sendCommand(page, 'getState', undefined, 'before');
    const before = (await waitForEvent(page, 'state', { requestId: 'before' })).payload;
    await sendCommand(page, 'setScenario', { realisationPct: 'lots', runs: -5 }, 'bad-scenario');
    await sendCommand(page, 'selectSite', { site: siteIds[0] }, 'bad-site');
    await sendCommand(page, 'setMonth', { month: '2017-13' }, 'bad-month');
    const errors = await Promise.all(
      ['bad-scenario', 'bad-site', 'bad-month'].map((id) => waitForEvent(page, 'error', { requestId: id })),
    );
    expect(errors.map((e) => e.payload.code)).toEqual(['invalid-scenario', 'invalid-payload', 'invalid-payload']);
    expect(errors[0]!.payload.message).toContain('投资完成率');
    await sendCommand(page, 'getState', undefined, 'after');
    const after = (await waitForEvent(page, 'state', { requestId: 'after' })).payload;
    expect({ ...after, camera: null, summary: null }).toEqual({ ...before, camera: null, summary: null });
    expect((await receivedEvents(page)).filter((e) => e.type === 'selectionChanged')).toEqual([]);
  });
});

test('the same commands from a host that is not allowed are ignored: no change, no reply', async ({ page }) => {
  await allowParentOrigins(page, APP, [HOST]);
  await openHost(page, OTHER_HOST, EMBED_URL);
  const frame = await appFrame(page, APP);
  await expect(frame.locator('html')).toHaveAttribute('data-embed-bridge', 'listening');
  // Count what reaches the app's window, to know when all commands have been handled.
  await frame.evaluate(() => {
    const seen: unknown[] = [];
    Object.assign(window, { seenByApp: seen });
    window.addEventListener('message', (event) => seen.push(event.data));
  });
  await sendCommand(page, 'selectSite', { siteId: siteIds[0] }, 'o-1');
  await sendCommand(page, 'setScenario', { realisationPct: 50 }, 'o-2');
  await sendCommand(page, 'setLanguage', { lang: 'en' }, 'o-3');
  await sendCommand(page, 'setMonth', { month: '2018-03' }, 'o-4');
  await sendCommand(page, 'getState', undefined, 'o-5');
  await expect.poll(() => frame.evaluate(() => (window as unknown as { seenByApp: unknown[] }).seenByApp.length)).toBe(5);
  // Messages from one window to another arrive in order: once this one is in, any reply would be too.
  await frame.evaluate(
    (origin) => window.parent.postMessage({ source: 'tonghua-parks', version: 1, type: 'sentinel', payload: {} }, origin),
    OTHER_HOST,
  );
  await expect.poll(async () => (await receivedEvents(page)).map((e) => e.type)).toEqual(['sentinel']);
  expect(
    await frame.evaluate(() => ({ lang: document.documentElement.lang, site: new URLSearchParams(location.search).get('site') })),
  ).toEqual({
    lang: 'zh-CN',
    site: null,
  });
  await expect(frame.getByTestId('site-panel')).toHaveCount(0);
});

test.describe('served with the strict Content-Security-Policy', () => {
  // The offline service worker's registration is part of what the policy must allow.
  test.use({ serviceWorkers: 'allow' });

  test('the build has no inline script for the policy to allow', () => {
    // A plugin that injects one would need its hash in script-src (test/embed-host/csp.ts, README).
    expect(inlineScriptHashes(readFileSync(`${DIST}/index.html`, 'utf8'))).toEqual([]);
  });

  test('the embedded app loads, runs its workers and reports no CSP violation', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await recordCspViolations(page);
    await openHost(page, HOST, `${CSP_APP}/?mode=embed&lang=zh-CN`);
    await waitForEvent(page, 'ready');
    await waitForEvent(page, 'resultsUpdated', { payload: { summary: { mode: 'montecarlo' } } });
    const frame = await appFrame(page, CSP_APP);
    await waitForFrameMapIdle(frame);
    expect(await cspViolations(frame)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('embedded on another site with the service worker refused: no uncaught error, the app works', async ({ page }) => {
    // As with third-party storage blocked: every frame's register() rejects. Uncaught errors and
    // unhandled rejections are recorded inside each frame (the app's frame is cross-origin).
    await page.addInitScript(() => {
      const w = window as unknown as { uncaught: string[]; registerCalls: number };
      w.uncaught = [];
      w.registerCalls = 0;
      window.addEventListener('error', (e) => w.uncaught.push(`error: ${e.message}`));
      window.addEventListener('unhandledrejection', (e) => w.uncaught.push(`unhandledrejection: ${String(e.reason)}`));
      if ('serviceWorker' in navigator)
        Object.defineProperty(ServiceWorkerContainer.prototype, 'register', {
          value: () => {
            w.registerCalls++;
            return Promise.reject(
              new DOMException('Failed to register a ServiceWorker: storage access denied.', 'SecurityError'),
            );
          },
        });
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await recordCspViolations(page);
    await openHost(page, HOST, `${CSP_APP}/?mode=embed&lang=zh-CN`);
    await waitForEvent(page, 'ready');
    const frame = await appFrame(page, CSP_APP);
    await waitForFrameMapIdle(frame);
    const state = () =>
      frame.evaluate(() => {
        const w = window as unknown as { uncaught: string[]; registerCalls: number };
        return { uncaught: w.uncaught, registerCalls: w.registerCalls, loaded: document.readyState };
      });
    // The registration runs after the load event; wait until it has been tried.
    await expect.poll(async () => (await state()).registerCalls).toBe(1);
    await page.waitForTimeout(200);
    expect(await state()).toEqual({ uncaught: [], registerCalls: 1, loaded: 'complete' });
    expect(pageErrors).toEqual([]);
    expect(await cspViolations(frame)).toEqual([]);
  });

  test('the app opened on its own loads with no CSP violation', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await recordCspViolations(page);
    await page.goto(`${CSP_APP}/`);
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle', { timeout: 45_000 });
    await expect(page.getByTestId('month-label')).toHaveText(/^\d{4}-\d\d$/);
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

test.describe('the embed layout fits an iframe tile', () => {
  for (const [width, height] of [
    [400, 300],
    [800, 600],
  ] as const) {
    test(`at ${width}×${height} the map fills the tile above the month bar, with nothing to scroll`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(`${APP}/?mode=embed&site=${siteIds[1]}`);
      await waitForFrameMapIdle(page.mainFrame());
      const layout = await page.evaluate(() => {
        const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
        return {
          scrollWidth: document.documentElement.scrollWidth,
          scrollHeight: document.documentElement.scrollHeight,
          mapHeight: box('[data-testid="map"]').height,
          timeBarBottom: box('[data-testid="time-bar"]').bottom,
        };
      });
      expect(layout.scrollWidth).toBeLessThanOrEqual(width);
      expect(layout.scrollHeight).toBeLessThanOrEqual(height);
      expect(layout.timeBarBottom).toBeLessThanOrEqual(height);
      expect(layout.mapHeight).toBeGreaterThan(height * 0.7);
      await page.screenshot({ path: `test/output/embed-${width}x${height}.png` });
    });
  }
});
