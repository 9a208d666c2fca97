/**
 * Trusted Types: under `require-trusted-types-for 'script'` the browser accepts a script URL (a worker,
 * the service worker) only as a TrustedScriptURL made by a policy the page's CSP names. The app has one
 * policy, `tonghua-parks`; it makes a URL trusted only when it points to the app's own origin, so
 * nothing that reaches it from a file, a link or a message can start a script from elsewhere.
 * Deployers allow it with `trusted-types tonghua-parks` (README, "Content-Security-Policy").
 * Browsers without Trusted Types get the URL as a plain string, which is all they need.
 */

export const TRUSTED_TYPES_POLICY = 'tonghua-parks';

/** An opaque TrustedScriptURL (TypeScript's DOM library has no Trusted Types yet). */
type TrustedScriptUrlValue = object;

interface ScriptUrlPolicy {
  createScriptURL(url: string): TrustedScriptUrlValue;
}

interface PolicyFactory {
  createPolicy(name: string, rules: { createScriptURL: (url: string) => string }): ScriptUrlPolicy;
}

let policy: ScriptUrlPolicy | null | undefined;

/** The app's policy, created once (a second `createPolicy` with the same name would be refused). */
function appPolicy(): ScriptUrlPolicy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
  const created = factory
    ? factory.createPolicy(TRUSTED_TYPES_POLICY, {
        createScriptURL: (url: string) => {
          const resolved = new URL(url, globalThis.location.href);
          if (resolved.origin !== globalThis.location.origin)
            throw new TypeError(`script URL of another origin refused: ${resolved.origin}`);
          return resolved.href;
        },
      })
    : null;
  policy = created;
  return created;
}

/**
 * A script URL of the app's own origin in the form the browser's script sinks accept: a
 * TrustedScriptURL where Trusted Types exist, else the URL itself. Throws for another origin.
 * @example new Worker(trustedScriptUrl(workerUrl), { type: 'module' })
 */
export function trustedScriptUrl(url: string): string {
  const p = appPolicy();
  // The DOM typings take `string | URL` for Worker and register(); a TrustedScriptURL is accepted at run time.
  return p ? (p.createScriptURL(url) as unknown as string) : url;
}

/**
 * The worker URL for MapLibre (`setWorkerUrl`). MapLibre starts its worker with `new Worker(url)`, but
 * first inspects the URL with `endsWith` and `split` (classic or module worker), which a
 * TrustedScriptURL lacks: the trusted value gets these two string methods, delegating to its text, so
 * MapLibre can inspect it and still hands the trusted value itself to the Worker constructor.
 * `test/e2e/embed.spec.ts` runs the map under `require-trusted-types-for 'script'` and fails if this
 * stops working after a MapLibre update.
 */
export function trustedMapLibreWorkerUrl(url: string): string {
  const trusted = trustedScriptUrl(url) as unknown;
  if (typeof trusted === 'string') return trusted;
  const text = String(trusted);
  Object.defineProperties(trusted, {
    endsWith: { value: (suffix: string) => text.endsWith(suffix) },
    split: { value: (separator: string | RegExp) => text.split(separator) },
  });
  return trusted as string;
}
