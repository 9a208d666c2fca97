/**
 * The Content-Security-Policy the README recommends for deployments, as the browser tests serve it.
 * No 'unsafe-eval', no inline scripts or styles. MapLibre's and the simulator's workers load from the
 * app's own origin (no blob: workers); MapLibre's control icons are data: images.
 */
import { createHash } from 'node:crypto';

/**
 * The one inline script of the build: vite-plugin-pwa's service-worker registration
 * (`injectRegister: 'inline'`), allowed by its hash rather than by 'unsafe-inline'. The CSP browser
 * test fails when the build's inline scripts no longer match, naming the new hash.
 */
export const SERVICE_WORKER_REGISTRATION_HASH = "'sha256-4SyNtU48wkcDRCfytmGzBaeP6n583sHqwXn+zsPaD8c='";

export const CSP_DIRECTIVES = [
  "default-src 'self'",
  `script-src 'self' ${SERVICE_WORKER_REGISTRATION_HASH}`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * The full header value, with the dashboards allowed to frame the app.
 * @example contentSecurityPolicy(['https://dash.example.cn']) // "default-src 'self'; … frame-ancestors 'self' https://dash.example.cn"
 */
export function contentSecurityPolicy(frameAncestors: readonly string[]): string {
  return [...CSP_DIRECTIVES, `frame-ancestors 'self'${frameAncestors.map((o) => ` ${o}`).join('')}`].join('; ');
}

/**
 * CSP source expressions ('sha256-…') of the inline scripts of an HTML page.
 * @example inlineScriptHashes(readFileSync('dist/index.html', 'utf8')) // ["'sha256-4SyN…='"]
 */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) =>
      `'sha256-${createHash('sha256')
        .update(match[1] ?? '')
        .digest('base64')}'`,
  );
}
