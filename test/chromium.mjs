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

/**
 * Ports of the servers browser tests start. TEST_PORT_OFFSET shifts all of them, so that two checkouts
 * on one machine can run their browser tests at the same time without reusing each other's server.
 */
export const PORT_OFFSET = Number(process.env['TEST_PORT_OFFSET'] ?? 0);
/** @param {number} port the port with no offset, e.g. 4173 */
export const testPort = (port) => port + PORT_OFFSET;
