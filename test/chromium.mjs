/**
 * The system Chromium every browser-driven check uses (Playwright specs, Lighthouse, the performance
 * report), with one set of flags so their numbers describe the same browser. Playwright's own browser
 * download is not used: the machines this app is built and tested on reach no browser CDN.
 */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** SwiftShader gives headless Chromium WebGL on machines without a GPU; the rest keeps it offline and quiet. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
