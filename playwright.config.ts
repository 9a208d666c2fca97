import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, testPort } from './test/chromium.mjs';

/**
 * Browser tests run the production build (`vite preview`) in the system Chromium: Playwright's own
 * browser download is not available on the intranet machines this app targets. WebGL runs through
 * SwiftShader in headless mode.
 */
const PREVIEW_PORT = testPort(4173);
const PREVIEW_URL = `http://127.0.0.1:${PREVIEW_PORT}`;

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: PREVIEW_URL,
    viewport: { width: 1440, height: 900 },
    // The production build registers an offline service worker; tests start without one so each sees
    // the network as a first visit does. test/e2e/presentation.spec.ts allows it for its offline test.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `npx vite preview --port ${PREVIEW_PORT} --strictPort`,
    url: PREVIEW_URL,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
