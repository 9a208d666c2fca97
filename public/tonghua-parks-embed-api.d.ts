/**
 * Tonghua County parks map — postMessage API v1, types for host pages.
 *
 * Served beside the app as /tonghua-parks-embed-api.d.ts. Copy it into a host project and import
 * the types:  import type { HostCommand, AppEvent } from './tonghua-parks-embed-api';
 * Stand-alone on purpose: it depends on nothing of the app. A unit test of the app checks that it
 * agrees with the app's own protocol definition (message names, payload types).
 *
 * Every message in both directions is an envelope:
 *   { source: 'tonghua-parks', version: 1, type, requestId?, payload? }
 * Post commands with the app's exact origin as targetOrigin (never '*'), and accept events only when
 * event.source is the iframe's contentWindow and event.origin is the app's origin.
 */

export type EmbedSource = 'tonghua-parks';
export type EmbedApiVersion = 1;
export type Lang = 'zh-CN' | 'en';

/** Per-cluster replacement of the baseline values; a field left out keeps the baseline value. */
export interface ClusterOverride {
  baselineOutputWan?: number;
  organicGrowthPct?: number;
  valueAddedRatePct?: number;
}

/** All scenario parameters (see the app's workers/README.md for ranges, units and sources). */
export interface ScenarioParams {
  resumedByMayPct: number;
  startedByAugustPct: number;
  missDelayMonths: number;
  durationOverrunPct: number;
  realisationPct: number;
  utilisationPct: number;
  rampUpFactor: number;
  reserveSignedPct: number;
  reserveLagMonths: number;
  seasonStartMonth: number;
  seasonEndMonth: number;
  organicGrowthShiftPp: number;
  constructionValueAddedPct: number;
  baselineGdpWan: number;
  realisationSpreadPct: number;
  utilisationSpreadPct: number;
  growthSpreadPp: number;
  horizonMonths: number;
  runs: number;
  seed: number;
  siteDelayMonths: Record<string, number>;
  clusterOverrides: Record<string, ClusterOverride>;
}

export interface Band {
  p10: number;
  p50: number;
  p90: number;
}

/** Headline figures of the target year. Money in 万元, growth in percent. */
export interface ScenarioSummary {
  mode: 'expected' | 'montecarlo';
  runs: number;
  targetYear: number;
  targetGrowthPct: number;
  investmentTargetYearWan: number;
  grossOutputTargetYearWan: number;
  projectOutputTargetYearWan: number;
  gdpTargetYearWan: number;
  gdpGrowthTargetYearPct: number;
  gapToTargetPp: number;
  probabilityReachTarget: number | null;
  gdpGrowthBand: Band | null;
  investmentBand: Band | null;
  resumedShareAtMilestone: number;
  startedShareAtMilestone: number;
  projectsStartedTargetYear: number;
  projectsCompletedTargetYear: number;
}

/** The app's state: the `state` reply, and part of `ready`. */
export interface EmbedState {
  lang: Lang;
  siteId: string | null;
  /** 'YYYY-MM' */
  month: string;
  scenario: ScenarioParams;
  /** null while the result for new inputs is being computed. */
  summary: ScenarioSummary | null;
  /** null before the map has loaded. [longitude, latitude] */
  camera: { center: [number, number]; zoom: number } | null;
}

/** host → app: command name → payload. */
export interface HostCommandPayloads {
  /** Changes some parameters; the others keep their current values. */
  setScenario: Partial<ScenarioParams>;
  /** A site id from `ready.siteIds`, or null to clear the selection. */
  selectSite: { siteId: string | null };
  /** 'YYYY-MM' within `ready.monthRange`. */
  setMonth: { month: string };
  setLanguage: { lang: Lang };
  /** No payload (or an empty object). */
  getState: Record<string, never> | undefined;
}

export type ErrorCode =
  | 'invalid-envelope'
  | 'unsupported-version'
  | 'unknown-command'
  | 'invalid-payload'
  | 'invalid-scenario'
  | 'unknown-site'
  | 'month-out-of-range';

/** app → host: event name → payload. */
export interface AppEventPayloads {
  ready: EmbedState & {
    version: EmbedApiVersion;
    siteIds: string[];
    monthRange: { first: string; last: string };
  };
  selectionChanged: { siteId: string | null; siteName: { zh: string; en: string } | null };
  /** Each result for the current inputs: expected mode first, then Monte Carlo. */
  resultsUpdated: { summary: ScenarioSummary; scenario: ScenarioParams };
  /** Reply (with the command's requestId) to getState and to every successful command that had a requestId. */
  state: EmbedState;
  /** Reply to a rejected command; `message` is in the app's current language, `code` is stable. */
  error: { code: ErrorCode; message: string };
  resize: { height: number; width: number };
}

export type HostCommandType = keyof HostCommandPayloads;
export type AppEventType = keyof AppEventPayloads;

export type HostCommand<T extends HostCommandType = HostCommandType> = {
  [K in T]: {
    source: EmbedSource;
    version: EmbedApiVersion;
    type: K;
    requestId?: string;
    payload?: HostCommandPayloads[K];
  };
}[T];

export type AppEvent<T extends AppEventType = AppEventType> = {
  [K in T]: {
    source: EmbedSource;
    version: EmbedApiVersion;
    type: K;
    /** Present on replies: the requestId of the command answered. */
    requestId?: string;
    payload: AppEventPayloads[K];
  };
}[T];
