/**
 * postMessage API v1 between a host page (a dashboard) and the app in an iframe: the envelope, one
 * schema per host command, and the table of app events. The bridge (embed-bridge.ts) is the only
 * user; host developers get the same contract as public/tonghua-parks-embed-api.d.ts, which a unit
 * test keeps in step with this file.
 *
 * Envelope: { source: 'tonghua-parks', version: 1, type, requestId?, payload? }
 */
import { z } from 'zod';
import type { ScenarioParams } from '../../workers/model/parameters';
import type { ScenarioSummary } from '../../workers/model/summary';
import type { Lang } from '../i18n/i18n';

export const EMBED_SOURCE = 'tonghua-parks';
export const EMBED_API_VERSION = 1;

/** Long enough for a UUID or a host's own counter scheme, short enough not to be a payload. */
const REQUEST_ID_MAX = 128;

/**
 * The envelope of a host → app message. Unknown envelope fields are rejected so a typo
 * (`requestID`) is reported instead of silently losing the reply's correlation.
 */
export const envelopeSchema = z.strictObject({
  source: z.literal(EMBED_SOURCE),
  version: z.number(),
  type: z.string().min(1).max(64),
  requestId: z.string().min(1).max(REQUEST_ID_MAX).optional(),
  payload: z.unknown().optional(),
});

/** 'YYYY-MM', as everywhere in the app. */
const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month as YYYY-MM');

/**
 * One payload schema per host command. `setScenario` is checked here only for its shape (an object);
 * the simulator's own validator (validateParams) then checks every parameter, so the rules for a
 * parameter live in one place.
 */
export const hostCommandSchemas = {
  setScenario: z.record(z.string().max(64), z.unknown()),
  selectSite: z.strictObject({ siteId: z.string().min(1).max(64).nullable() }),
  setMonth: z.strictObject({ month: monthSchema }),
  setLanguage: z.strictObject({ lang: z.enum(['zh-CN', 'en']) }),
  getState: z.strictObject({}).optional(),
} as const;

export type HostCommandType = keyof typeof hostCommandSchemas;
export const HOST_COMMANDS = Object.keys(hostCommandSchemas) as HostCommandType[];

/** Payload of each host → app command, as the bridge sees it after validation. */
export interface HostCommandPayloads {
  setScenario: Partial<ScenarioParams>;
  selectSite: { siteId: string | null };
  setMonth: { month: string };
  setLanguage: { lang: Lang };
  getState: Record<string, never> | undefined;
}

/** What the app reports of its state (the reply to getState and to every successful command). */
export interface EmbedState {
  lang: Lang;
  siteId: string | null;
  /** The month shown on the map, 'YYYY-MM'. */
  month: string;
  /** The full scenario parameters in use. */
  scenario: ScenarioParams;
  /** Headline figures of the current result; null while the result for new inputs is computed. */
  summary: ScenarioSummary | null;
  /** The map's camera; null before the map has loaded (or without WebGL). */
  camera: { center: [number, number]; zoom: number } | null;
}

/** Stable, English error codes; the message beside them is in the app's current language. */
export const EMBED_ERROR_CODES = [
  'invalid-envelope',
  'unsupported-version',
  'unknown-command',
  'invalid-payload',
  'invalid-scenario',
  'unknown-site',
  'month-out-of-range',
] as const;
export type EmbedErrorCode = (typeof EMBED_ERROR_CODES)[number];
/** The codes the message checks produce; the others come from applying a well-formed command. */
export type ParseErrorCode = Extract<
  EmbedErrorCode,
  'invalid-envelope' | 'unsupported-version' | 'unknown-command' | 'invalid-payload'
>;

/** Payload of each app → host event. */
export interface AppEventPayloads {
  ready: EmbedState & {
    version: typeof EMBED_API_VERSION;
    siteIds: string[];
    /** First and last month the current scenario simulates ('YYYY-MM'): the range setMonth accepts. */
    monthRange: { first: string; last: string };
  };
  selectionChanged: { siteId: string | null; siteName: { zh: string; en: string } | null };
  /** Sent for each result that matches the current inputs: expected mode first, then Monte Carlo. */
  resultsUpdated: { summary: ScenarioSummary; scenario: ScenarioParams };
  state: EmbedState;
  error: { code: EmbedErrorCode; message: string };
  /** The document's size in CSS pixels, whenever it changes. */
  resize: { height: number; width: number };
}

export type AppEventType = keyof AppEventPayloads;
/** Every app → host event type, in the order the README lists them. */
export const APP_EVENTS: readonly AppEventType[] = ['ready', 'selectionChanged', 'resultsUpdated', 'state', 'error', 'resize'];

/** An app → host message. */
export interface AppEnvelope<T extends AppEventType = AppEventType> {
  source: typeof EMBED_SOURCE;
  version: typeof EMBED_API_VERSION;
  type: T;
  requestId?: string;
  payload: AppEventPayloads[T];
}

/**
 * Builds an app → host message.
 * @example appMessage('resize', { height: 480, width: 640 }) // { source: 'tonghua-parks', version: 1, type: 'resize', payload: { height: 480, width: 640 } }
 */
export function appMessage<T extends AppEventType>(type: T, payload: AppEventPayloads[T], requestId?: string): AppEnvelope<T> {
  const message: AppEnvelope<T> = { source: EMBED_SOURCE, version: EMBED_API_VERSION, type, payload };
  if (requestId !== undefined) message.requestId = requestId;
  return message;
}

/** A host message after the envelope, version, type and payload checks. */
export type ParsedCommand = {
  [T in HostCommandType]: { type: T; requestId: string | undefined; payload: z.infer<(typeof hostCommandSchemas)[T]> };
}[HostCommandType];

export type ParseOutcome =
  /** Not addressed to this app (another tool's message on the same window): ignore it quietly. */
  | { status: 'foreign' }
  | { status: 'ok'; command: ParsedCommand }
  | { status: 'rejected'; requestId: string | undefined; code: ParseErrorCode; detail: ParseDetail };

/** What was wrong, as values the bridge turns into a message in the current language. */
export type ParseDetail =
  { kind: 'issues'; issues: z.core.$ZodIssue[] } | { kind: 'version'; got: string } | { kind: 'type'; got: string };

function recordOf(data: unknown): Record<string, unknown> | null {
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
}

/**
 * Checks one incoming message. Anything whose `source` is not 'tonghua-parks' is foreign and gets no
 * reply (it may be meant for another script on the page); everything that claims to be ours either
 * parses completely or is rejected with an error code, carrying the requestId when one could be read.
 * `errorMap` words the issues (zod's locales), so an error reply can be in the app's language.
 * @example parseHostMessage({ source: 'tonghua-parks', version: 1, type: 'getState', requestId: 'r1' })
 *   // → { status: 'ok', command: { type: 'getState', requestId: 'r1', payload: undefined } }
 */
export function parseHostMessage(data: unknown, errorMap?: z.core.$ZodErrorMap): ParseOutcome {
  const context = errorMap ? { error: errorMap } : undefined;
  const record = recordOf(data);
  if (!record || record['source'] !== EMBED_SOURCE) return { status: 'foreign' };
  const rawId = record['requestId'];
  const requestId = typeof rawId === 'string' && rawId.length > 0 && rawId.length <= REQUEST_ID_MAX ? rawId : undefined;

  const envelope = envelopeSchema.safeParse(data, context);
  if (!envelope.success)
    return { status: 'rejected', requestId, code: 'invalid-envelope', detail: { kind: 'issues', issues: envelope.error.issues } };
  const { version, type, payload } = envelope.data;
  if (version !== EMBED_API_VERSION)
    return { status: 'rejected', requestId, code: 'unsupported-version', detail: { kind: 'version', got: String(version) } };
  if (!Object.hasOwn(hostCommandSchemas, type))
    return { status: 'rejected', requestId, code: 'unknown-command', detail: { kind: 'type', got: type } };

  const commandType = type as HostCommandType;
  const parsed = hostCommandSchemas[commandType].safeParse(payload, context);
  if (!parsed.success)
    return { status: 'rejected', requestId, code: 'invalid-payload', detail: { kind: 'issues', issues: parsed.error.issues } };
  return { status: 'ok', command: { type: commandType, requestId, payload: parsed.data } as ParsedCommand };
}
