/**
 * Browser-test driver for embed mode: a host page on its own origin (test/embed-host) with the app
 * in an iframe. Specs read as what a host developer does: open the host, send a command, wait for an
 * event. Servers are started by the spec (beforeAll) so each origin is a real, separate port.
 */
import { expect, type Frame, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import type { AppEvent, HostCommandPayloads, HostCommandType } from '../../public/tonghua-parks-embed-api';
import { startStaticServer } from '../embed-host/static-server';

export const HOST_DIR = fileURLToPath(new URL('../embed-host/', import.meta.url));

export { startStaticServer };

declare global {
  interface Window {
    embedHost: { send(type: string, payload?: unknown, requestId?: string): string; received: AppEvent[] };
    cspViolations?: string[];
  }
}

/**
 * Simulates the deployment's embed-config.json (beside index.html on the app's origin) for this page.
 * @example await allowParentOrigins(page, 'http://127.0.0.1:4173', ['http://127.0.0.1:4180']);
 */
export async function allowParentOrigins(page: Page, appOrigin: string, origins: string[]): Promise<void> {
  await page.route(`${appOrigin}/embed-config.json`, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ allowedParentOrigins: origins }) }),
  );
}

/** Opens the demo host page at `hostOrigin` with the app at `appUrl` in its iframe. */
export async function openHost(page: Page, hostOrigin: string, appUrl: string): Promise<void> {
  await page.goto(`${hostOrigin}/?app=${encodeURIComponent(appUrl)}`);
}

/** The app's frame inside the host page (available once the iframe has navigated). */
export async function appFrame(page: Page, appOrigin: string): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().startsWith(appOrigin))).toBe(true);
  return page.frames().find((f) => f.url().startsWith(appOrigin))!;
}

/** Sends a command from the host page, as its buttons do; returns the requestId. */
export async function sendCommand<T extends HostCommandType>(
  page: Page,
  type: T,
  payload?: HostCommandPayloads[T] | unknown,
  requestId?: string,
): Promise<string> {
  return page.evaluate(([t, p, r]) => window.embedHost.send(t as string, p, r as string | undefined), [
    type,
    payload,
    requestId,
  ] as const);
}

/** Everything the host page has received so far. */
export async function receivedEvents(page: Page): Promise<AppEvent[]> {
  return page.evaluate(() => window.embedHost.received);
}

/**
 * Waits until the host has received an event of `type` that matches `where` (a partial match on the
 * whole message), and returns it.
 * @example await waitForEvent(page, 'state', { requestId: 'r1' })
 */
export async function waitForEvent<T extends AppEvent['type']>(
  page: Page,
  type: T,
  where: Record<string, unknown> = {},
): Promise<Extract<AppEvent, { type: T }>> {
  const handle = await page.waitForFunction(
    ([t, w]) => {
      const matches = (value: unknown, pattern: unknown): boolean => {
        if (typeof pattern !== 'object' || pattern === null) return value === pattern;
        if (typeof value !== 'object' || value === null) return false;
        return Object.entries(pattern).every(([k, v]) => matches((value as Record<string, unknown>)[k], v));
      };
      return window.embedHost.received.find((m) => m.type === t && matches(m, w)) ?? false;
    },
    [type, where] as const,
    { timeout: 45_000 },
  );
  return (await handle.jsonValue()) as Extract<AppEvent, { type: T }>;
}

/** Waits until MapLibre inside the app frame has drawn its first complete frame. */
export async function waitForFrameMapIdle(frame: Frame): Promise<void> {
  await expect(frame.getByTestId('map')).toHaveAttribute('data-map-state', 'idle', { timeout: 45_000 });
}

/** Records `securitypolicyviolation` events in every frame of the page from the first byte on. */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.context().addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations?.push(
        `${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
}

export async function cspViolations(frame: Frame | Page): Promise<string[]> {
  return frame.evaluate(() => window.cspViolations ?? []);
}
