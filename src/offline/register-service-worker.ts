/**
 * Registers the offline service worker (production builds; `sw.js` is written by vite-plugin-pwa).
 * The browser may refuse it — an embedded app on another site with third-party storage blocked or
 * partitioned, a private window, a sandboxed frame — and offline support is then simply off: the
 * refusal is handled here, never left as an uncaught error. The URL goes through the app's Trusted
 * Types policy, since `register()` is a script sink.
 */
import { trustedScriptUrl } from '../security/trusted-script-url';

/** Resolves to true when registered, false when the browser has no service workers or refused. */
export async function registerServiceWorker(url = './sw.js'): Promise<boolean> {
  try {
    // Reading navigator.serviceWorker itself throws in some frames (SecurityError), hence inside the try.
    const container = 'serviceWorker' in navigator ? navigator.serviceWorker : undefined;
    if (!container) return false;
    await container.register(trustedScriptUrl(url), { scope: './' });
    return true;
  } catch {
    return false;
  }
}

/** Registers once the page has loaded, so the worker's precache does not compete with the first load. */
export function registerServiceWorkerAfterLoad(): void {
  if (document.readyState === 'complete') void registerServiceWorker();
  else window.addEventListener('load', () => void registerServiceWorker(), { once: true });
}
