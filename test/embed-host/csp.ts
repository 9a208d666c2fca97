/**
 * The Content-Security-Policy the README recommends for deployments, as the browser tests serve it.
 * No 'unsafe-eval', no inline scripts or styles (the build has no inline script: the app registers its
 * service worker itself). MapLibre's and the simulator's workers load from the app's own origin (no
 * blob: workers); MapLibre's control icons are data: images.
 */
import { createHash } from 'node:crypto';
import { TRUSTED_TYPES_POLICY } from '../../src/security/trusted-script-url';

export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
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
 * Trusted Types on top of the policy: the app's workers, MapLibre's worker and the service worker
 * start under them (their URLs come from the one policy), but ECharts' tooltips still assign HTML
 * strings to innerHTML, so these directives are not yet part of the recommended policy.
 */
export const TRUSTED_TYPES_DIRECTIVES = ["require-trusted-types-for 'script'", `trusted-types ${TRUSTED_TYPES_POLICY}`] as const;

/**
 * The full header value, with the dashboards allowed to frame the app.
 * @example contentSecurityPolicy(['https://dash.example.cn']) // "default-src 'self'; … frame-ancestors 'self' https://dash.example.cn"
 */
export function contentSecurityPolicy(frameAncestors: readonly string[]): string {
  return [...CSP_DIRECTIVES, `frame-ancestors 'self'${frameAncestors.map((o) => ` ${o}`).join('')}`].join('; ');
}

/**
 * CSP source expressions ('sha256-…') of the inline scripts of an HTML page (the build has none; a
 * plugin that starts injecting one makes the CSP test fail with its hash).
 * @example inlineScriptHashes('<script>x()</script>') // ["'sha256-…='"]
 */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) =>
      `'sha256-${createHash('sha256')
        .update(match[1] ?? '')
        .digest('base64')}'`,
  );
}
