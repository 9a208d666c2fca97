/**
 * Share links: the scenario travels in the URL hash, so it never reaches a server log and works on a
 * static, offline deployment.
 *   #s=<base64url(deflate-raw(JSON))>   JSON: { "v": 1, "n"?: name, "p": { <parameters that differ from the defaults> } }
 * Only changed parameters are sent to keep links short; runs and seed are parameters too, so the
 * link reproduces the Monte Carlo figures exactly. Decoding validates like every other door.
 */
import { z } from 'zod';
import { DEFAULT_PARAMS, PARAMETER_TABLE, type ScenarioParams } from '../../workers/model/parameters';
import { validateParams, type ParamsContext } from '../../workers/model/validate-params';
import { fromParamIssue, type ScenarioIssue } from './scenario-issues';
import { SCENARIO_NAME_MAX } from './scenario-file';

export const SHARE_HASH_KEY = 's';
export const SHARE_VERSION = 1;
/** Browsers accept far longer URLs, but chat apps and QR codes do not; a real scenario needs < 1 kB. */
export const SHARE_HASH_MAX_CHARS = 8192;
/** Bound on the inflated payload, so a crafted link cannot make the page inflate a huge buffer. */
export const SHARE_JSON_MAX_BYTES = 64 * 1024;

const payloadSchema = z.strictObject({
  v: z.literal(SHARE_VERSION),
  n: z.string().max(SCENARIO_NAME_MAX).optional(),
  p: z.record(z.string(), z.unknown()),
});

export type SharedScenario = { params: ScenarioParams; name: string };
export type ShareDecodeResult =
  { status: 'absent' } | { status: 'ok'; scenario: SharedScenario } | { status: 'invalid'; issues: ScenarioIssue[] };

/**
 * The parameters that differ from DEFAULT_PARAMS (the per-site and per-cluster maps whenever they
 * hold any entry).
 * @example changedParams({ ...DEFAULT_PARAMS, runs: 500 }) // { runs: 500 }
 */
export function changedParams(params: ScenarioParams): Partial<ScenarioParams> {
  const changed: Record<string, unknown> = {};
  for (const spec of PARAMETER_TABLE) if (params[spec.id] !== DEFAULT_PARAMS[spec.id]) changed[spec.id] = params[spec.id];
  if (Object.keys(params.siteDelayMonths).length > 0) changed['siteDelayMonths'] = params.siteDelayMonths;
  if (Object.keys(params.clusterOverrides).length > 0) changed['clusterOverrides'] = params.clusterOverrides;
  return changed as Partial<ScenarioParams>;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(
    text
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(text.length / 4) * 4, '='),
  );
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pipeBytes(
  bytes: Uint8Array,
  transform: CompressionStream | DecompressionStream,
  limit: number,
): Promise<Uint8Array | null> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(transform).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/**
 * The hash fragment (without "#") for a scenario.
 * @example await encodeShareHash({ ...DEFAULT_PARAMS, runs: 500 }, '保守') // 's=q1YqS…'
 */
export async function encodeShareHash(params: ScenarioParams, name: string): Promise<string> {
  const payload: z.infer<typeof payloadSchema> = { v: SHARE_VERSION, p: changedParams(params) };
  const trimmed = name.trim().slice(0, SCENARIO_NAME_MAX);
  if (trimmed) payload.n = trimmed;
  const deflated = await pipeBytes(
    new TextEncoder().encode(JSON.stringify(payload)),
    new CompressionStream('deflate-raw'),
    Number.POSITIVE_INFINITY,
  );
  return `${SHARE_HASH_KEY}=${toBase64Url(deflated ?? new Uint8Array())}`;
}

/**
 * `href` with its hash replaced by the scenario's share fragment.
 * @example await shareUrl('https://x/?lang=en#old', params, '') // 'https://x/?lang=en#s=…'
 */
export async function shareUrl(href: string, params: ScenarioParams, name: string): Promise<string> {
  const url = new URL(href);
  url.hash = await encodeShareHash(params, name);
  return url.toString();
}

/** The `s` value of a hash like "#s=…" or "#lang=en&s=…", or null when there is none. */
export function shareToken(hash: string): string | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment) return null;
  return new URLSearchParams(fragment).get(SHARE_HASH_KEY);
}

const invalid = (key: ScenarioIssue['key']): ShareDecodeResult => ({ status: 'invalid', issues: [{ key }] });

/**
 * Reads a scenario from a location hash. A hash without `s=` is 'absent'; anything malformed,
 * truncated, tampered with or out of range is 'invalid' with issues. Never throws.
 * @example await decodeShareHash(location.hash, { siteIds, clusterIds })
 */
export async function decodeShareHash(hash: string, context: ParamsContext): Promise<ShareDecodeResult> {
  const token = shareToken(hash);
  if (token === null) return { status: 'absent' };
  if (token.length > SHARE_HASH_MAX_CHARS) return invalid('scenarios.issue.linkTooLong');
  const bytes = fromBase64Url(token);
  if (!bytes) return invalid('scenarios.issue.linkDamaged');
  let text: string;
  try {
    const inflated = await pipeBytes(bytes, new DecompressionStream('deflate-raw'), SHARE_JSON_MAX_BYTES);
    if (!inflated) return invalid('scenarios.issue.linkTooLong');
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    // Truncated or altered deflate data fails here (bad block, unexpected end, invalid UTF-8).
    return invalid('scenarios.issue.linkDamaged');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return invalid('scenarios.issue.linkDamaged');
  }
  const payload = payloadSchema.safeParse(json);
  if (!payload.success) {
    const version = typeof json === 'object' && json !== null ? (json as { v?: unknown }).v : undefined;
    return typeof version === 'number' && version !== SHARE_VERSION
      ? invalid('scenarios.issue.linkVersion')
      : invalid('scenarios.issue.linkDamaged');
  }
  const params = validateParams(payload.data.p, context, DEFAULT_PARAMS);
  if (!params.ok) return { status: 'invalid', issues: params.issues.map((i) => fromParamIssue(i, payload.data.p)) };
  return { status: 'ok', scenario: { params: params.params, name: payload.data.n?.trim() ?? '' } };
}

/**
 * The hash with the share fragment taken out (other fragment parameters kept), for
 * `history.replaceState` once the scenario has been applied.
 * @example hashWithoutShare('#s=abc&x=1') // '#x=1'
 */
export function hashWithoutShare(hash: string): string {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  params.delete(SHARE_HASH_KEY);
  const rest = params.toString();
  return rest ? `#${rest}` : '';
}
