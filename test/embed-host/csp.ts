/**
 * The Content-Security-Policy the README recommends for deployments, as the browser tests serve it.
 * No 'unsafe-eval', no inline scripts or styles. MapLibre's and the simulator's workers load from the
 * app's own origin (no blob: workers); MapLibre's control icons are data: images.
 */
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
 * The full header value, with the dashboards allowed to frame the app.
 * @example contentSecurityPolicy(['https://dash.example.cn']) // "default-src 'self'; … frame-ancestors 'self' https://dash.example.cn"
 */
export function contentSecurityPolicy(frameAncestors: readonly string[]): string {
  return [...CSP_DIRECTIVES, `frame-ancestors 'self'${frameAncestors.map((o) => ` ${o}`).join('')}`].join('; ');
}
