/**
 * Which parent pages may drive the app. Deployers decide, not URLs: the list comes from
 * `embed-config.json` beside index.html (editable on the server without a rebuild) and from the build
 * variable VITE_EMBED_ALLOWED_ORIGINS (comma-separated). The app's own origin is always allowed; with
 * neither source, nothing else is. The `parentOrigin` URL parameter can only narrow the result.
 */
import { z } from 'zod';
import { exactOrigin } from '../state/url-state';

/** A deployment listing more origins than this is more likely a mistake than a real set of dashboards. */
const MAX_ORIGINS = 100;

const originSchema = z.string().refine((value) => exactOrigin(value) !== null, {
  message:
    'must be an exact origin such as "https://dashboard.example.gov.cn" (scheme, host and port only; no path, no wildcard)',
});

export const embedConfigSchema = z.strictObject({
  allowedParentOrigins: z.array(originSchema).max(MAX_ORIGINS),
});
export type EmbedConfig = z.infer<typeof embedConfigSchema>;

export type ConfigOutcome = { ok: true; origins: string[] } | { ok: false; problems: string[] };

/**
 * Validates the contents of embed-config.json. An invalid file allows nothing extra: a typo must
 * never open the app to every site.
 * @example parseEmbedConfig({ allowedParentOrigins: ['https://dash.example.cn'] }) // { ok: true, origins: ['https://dash.example.cn'] }
 */
export function parseEmbedConfig(json: unknown): ConfigOutcome {
  const parsed = embedConfigSchema.safeParse(json);
  if (parsed.success) return { ok: true, origins: parsed.data.allowedParentOrigins };
  return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`) };
}

/**
 * Reads the build variable: origins separated by commas or spaces; entries that are not exact
 * origins are reported and dropped.
 * @example parseOriginList('https://a.cn, http://127.0.0.1:5174') // { origins: ['https://a.cn', 'http://127.0.0.1:5174'], rejected: [] }
 */
export function parseOriginList(text: string | undefined): { origins: string[]; rejected: string[] } {
  const origins: string[] = [];
  const rejected: string[] = [];
  for (const entry of (text ?? '').split(/[\s,]+/)) {
    if (entry === '') continue;
    if (exactOrigin(entry) !== null) origins.push(entry);
    else rejected.push(entry);
  }
  return { origins, rejected };
}

/**
 * The final allow-list: own origin ∪ configured ∪ build variable, then narrowed to `parentOrigin`
 * when the URL names one (an origin that is not in the list leaves the list empty).
 * @example allowedOrigins('https://app.cn', ['https://dash.cn'], [], 'https://dash.cn') // Set { 'https://dash.cn' }
 */
export function allowedOrigins(
  ownOrigin: string,
  configured: readonly string[],
  fromBuild: readonly string[],
  parentOrigin?: string,
): ReadonlySet<string> {
  const all = new Set([ownOrigin, ...configured, ...fromBuild]);
  if (parentOrigin === undefined) return all;
  return all.has(parentOrigin) ? new Set([parentOrigin]) : new Set();
}

/**
 * Loads embed-config.json from the app's own folder (a relative URL, so it works under any base
 * path). A missing file means "no extra origins"; an invalid one is reported on the console and
 * treated the same way.
 * @example const extra = await loadConfiguredOrigins(); // ['https://dash.example.cn']
 */
export async function loadConfiguredOrigins(fetchImpl: typeof fetch = fetch): Promise<string[]> {
  let response: Response;
  try {
    response = await fetchImpl(new URL('embed-config.json', document.baseURI), { cache: 'no-cache', credentials: 'same-origin' });
  } catch {
    return [];
  }
  if (!response.ok) return [];
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    console.warn('embed-config.json is not valid JSON; no parent origin other than the app’s own is allowed.');
    return [];
  }
  const outcome = parseEmbedConfig(json);
  if (outcome.ok) return outcome.origins;
  console.warn(
    `embed-config.json is invalid; no parent origin other than the app’s own is allowed.\n${outcome.problems.join('\n')}`,
  );
  return [];
}

/** Origins from the build variable VITE_EMBED_ALLOWED_ORIGINS (empty when unset). */
export function buildTimeOrigins(): string[] {
  const { origins, rejected } = parseOriginList(import.meta.env['VITE_EMBED_ALLOWED_ORIGINS'] as string | undefined);
  if (rejected.length > 0)
    console.warn(`VITE_EMBED_ALLOWED_ORIGINS: ignored entries that are not exact origins: ${rejected.join(', ')}`);
  return origins;
}
