/**
 * The app side of the postMessage API v1 (embed mode). It listens to the parent window only, and only
 * when the parent's origin is on the deploy-time allow-list; it turns validated commands into writes of
 * the shared state signals and reports state changes back as events. Nothing here touches the map or
 * the panels directly: selecting a site moves the camera because the map follows `selectedSiteId`.
 *
 *   host page ──postMessage(command, appOrigin)──▶ bridge ──▶ state signals ──▶ map, panels, simulator
 *   host page ◀──postMessage(event, parentOrigin)── bridge ◀── effects on the same signals
 */
import { effect } from '@preact/signals';
import type { z } from 'zod';
import zodEn from 'zod/v4/locales/en.js';
import zodZhCN from 'zod/v4/locales/zh-CN.js';
import { localize } from '../../workers/model/localized-text';
import { summarizeResult } from '../../workers/model/summary';
import { validateParams } from '../../workers/model/validate-params';
import { sameParams } from '../../workers/model/same-params';
import type { SimulationResult } from '../../workers/model/result-types';
import type { BuiltinData } from '../data/builtin-data';
import { lang, translate, type Lang, type MessageKey } from '../i18n/i18n';
import { formatIssue, fromParamIssue } from '../scenarios/scenario-issues';
import { mapInstance, selectedSiteId } from '../state/app-state';
import { dataset } from '../state/data-state';
import { currentMonthIndex, currentResult, scenarioParams } from '../state/scenario-state';
import { monthIndex, readUrlState, type Theme } from '../state/url-state';
import { monthLabel } from '../ui/time-bar';
import { startAutoHeight, type AutoHeight } from './auto-height';
import { allowedOrigins, buildTimeOrigins, loadConfiguredOrigins } from './embed-config';
import {
  appMessage,
  EMBED_API_VERSION,
  HOST_COMMANDS,
  parseHostMessage,
  type AppEventPayloads,
  type AppEventType,
  type EmbedErrorCode,
  type EmbedState,
  type ParsedCommand,
  type ParseDetail,
  type ParseErrorCode,
} from './embed-protocol';
import './embed.css';
import { datasetIds } from '../data/dataset-ids';
import { startMonthOf } from '../../workers/model/calendar';

/** The two sides of the window boundary the bridge needs; a test passes plain objects. */
export interface HostEndpoint {
  /** The parent window: the only window whose messages are read and the only one written to. */
  parent: { postMessage(message: unknown, targetOrigin: string): void };
  addMessageListener(listener: (event: Pick<MessageEvent, 'data' | 'origin' | 'source'>) => void): () => void;
}

export interface HostConnectionOptions {
  endpoint: HostEndpoint;
  /** Origins allowed to drive the app (already narrowed by `parentOrigin`). */
  allowedOrigins: ReadonlySet<string>;
  /**
   * The parent's origin as the browser reports it before any message arrives (ancestorOrigins, or the
   * referrer). When it is known and allowed, `ready` is sent at once; when it is unknown (e.g. Firefox
   * with a no-referrer policy) the first message from the parent from an allowed origin fixes it.
   */
  parentOriginHint: string | null;
  data: BuiltinData;
  /** Called once the listener is installed (the page marks it for diagnostics and tests). */
  onListening?: () => void;
  /** Starts auto-height reporting with a post function bound to the validated origin. */
  autoHeight?: (post: (message: unknown) => void) => AutoHeight;
}

const ZOD_LOCALES: Record<Lang, z.core.$ZodErrorMap> = { 'zh-CN': zodZhCN().localeError, en: zodEn().localeError };

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/**
 * Connects the app to its parent window. Messages from any other window, or from an origin that is
 * not allowed, are dropped before anything reads them; replies and events are posted to the one
 * validated parent origin, never to '*'.
 * @example
 *   const stop = connectHost({ endpoint: windowEndpoint(), allowedOrigins: new Set(['https://dash.example.cn']),
 *                              parentOriginHint: 'https://dash.example.cn', data });
 *   // → the parent receives { source: 'tonghua-parks', version: 1, type: 'ready', payload: { … } }
 */
export function connectHost(options: HostConnectionOptions): () => void {
  const { endpoint, data } = options;
  const hint = options.parentOriginHint;
  const hintRejected = hint !== null && !options.allowedOrigins.has(hint);
  let target: string | null = hint !== null && !hintRejected ? hint : null;
  let autoHeight: AutoHeight | null = null;

  const activeData = () => dataset.value ?? data;
  const siteIds = () => datasetIds(activeData()).siteIds;
  const clusterIds = () => datasetIds(activeData()).clusterIds;
  const startMonth = () => startMonthOf(activeData().baseline.base_year.value);
  const lastIndex = () => scenarioParams.value.horizonMonths - 1;

  const postRaw = (message: unknown) => {
    if (target !== null) endpoint.parent.postMessage(message, target);
  };
  const post = <T extends AppEventType>(type: T, payload: AppEventPayloads[T], requestId?: string) =>
    postRaw(appMessage(type, payload, requestId));

  const snapshot = (): EmbedState => {
    const map = mapInstance.value;
    const center = map?.getCenter();
    const result = currentResult.value;
    return {
      lang: lang.value,
      siteId: selectedSiteId.value,
      month: monthLabel(startMonth(), Math.min(currentMonthIndex.value, lastIndex())),
      scenario: scenarioParams.value,
      summary: result ? summarizeResult(result) : null,
      camera: map && center ? { center: [round(center.lng, 6), round(center.lat, 6)], zoom: round(map.getZoom(), 3) } : null,
    };
  };

  const sendReady = () => {
    post('ready', {
      version: EMBED_API_VERSION,
      siteIds: siteIds(),
      monthRange: { first: startMonth(), last: monthLabel(startMonth(), lastIndex()) },
      ...snapshot(),
    });
    autoHeight = options.autoHeight?.(postRaw) ?? null;
    autoHeight?.report();
  };

  const message = (key: MessageKey, values: Record<string, string | number> = {}) => translate(lang.value, key, values);

  const sendError = (code: EmbedErrorCode, text: string, requestId: string | undefined) =>
    post('error', { code, message: text }, requestId);

  const describeDetail = (detail: ParseDetail): string => {
    if (detail.kind === 'issues')
      return detail.issues
        .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
        .join('; ');
    return detail.got;
  };

  const reject = (code: ParseErrorCode, detail: ParseDetail, requestId: string | undefined, type: string) => {
    const text = describeDetail(detail);
    const byCode: Record<ParseErrorCode, () => string> = {
      'invalid-envelope': () => message('embed.error.invalidEnvelope', { detail: text }),
      'unsupported-version': () => message('embed.error.unsupportedVersion', { got: text, supported: EMBED_API_VERSION }),
      'unknown-command': () => message('embed.error.unknownCommand', { type: text, commands: HOST_COMMANDS.join(', ') }),
      'invalid-payload': () => message('embed.error.invalidPayload', { type, detail: text }),
    };
    sendError(code, byCode[code](), requestId);
  };

  /** Applies a validated command; returns an error to report, or null when it succeeded. */
  const apply = (command: ParsedCommand): { code: EmbedErrorCode; text: string } | null => {
    switch (command.type) {
      case 'setScenario': {
        const checked = validateParams(command.payload, { siteIds: siteIds(), clusterIds: clusterIds() }, scenarioParams.peek());
        if (!checked.ok) {
          const detail = checked.issues.map((issue) => formatIssue(fromParamIssue(issue, command.payload), lang.value)).join(' ');
          return { code: 'invalid-scenario', text: message('embed.error.invalidScenario', { detail }) };
        }
        // Same values: keep the params object, so the results for it stay current and no rerun starts.
        if (!sameParams(checked.params, scenarioParams.peek())) scenarioParams.value = checked.params;
        return null;
      }
      case 'selectSite': {
        const id = command.payload.siteId;
        if (id !== null && !siteIds().includes(id))
          return { code: 'unknown-site', text: message('embed.error.unknownSite', { id, ids: siteIds().join(', ') }) };
        selectedSiteId.value = id;
        return null;
      }
      case 'setMonth': {
        const index = monthIndex(startMonth(), command.payload.month);
        if (index < 0 || index > lastIndex()) {
          return {
            code: 'month-out-of-range',
            text: message('embed.error.monthOutOfRange', {
              month: command.payload.month,
              first: startMonth(),
              last: monthLabel(startMonth(), lastIndex()),
            }),
          };
        }
        currentMonthIndex.value = index;
        return null;
      }
      case 'setLanguage':
        lang.value = command.payload.lang;
        return null;
      case 'getState':
        return null;
    }
  };

  const onMessage = (event: Pick<MessageEvent, 'data' | 'origin' | 'source'>) => {
    // Only the parent window, and only from the one allowed origin: everything else is dropped unread.
    if (event.source !== endpoint.parent) return;
    if (target === null) {
      if (hintRejected || !options.allowedOrigins.has(event.origin)) return;
      target = event.origin;
      sendReady();
    } else if (event.origin !== target) {
      return;
    }
    if (autoHeight?.handleParentMessage(event.data)) return;

    const outcome = parseHostMessage(event.data, ZOD_LOCALES[lang.value]);
    if (outcome.status === 'foreign') return;
    if (outcome.status === 'rejected') {
      const record = event.data as Record<string, unknown>;
      reject(outcome.code, outcome.detail, outcome.requestId, typeof record['type'] === 'string' ? record['type'] : '');
      return;
    }
    const failure = apply(outcome.command);
    if (failure) {
      sendError(failure.code, failure.text, outcome.command.requestId);
      return;
    }
    // Every command that carries a requestId is answered exactly once: `state` on success, `error` on failure.
    if (outcome.command.requestId !== undefined) post('state', snapshot(), outcome.command.requestId);
  };

  const removeListener = endpoint.addMessageListener(onMessage);
  options.onListening?.();

  let firstSelection = true;
  const disposeSelection = effect(() => {
    const id = selectedSiteId.value;
    if (firstSelection) {
      firstSelection = false;
      return;
    }
    const site = activeData().sites.find((s) => s.properties.id === id);
    post('selectionChanged', {
      siteId: id,
      siteName: site ? { zh: localize(site.properties.name, 'zh-CN'), en: localize(site.properties.name, 'en') } : null,
    });
  });

  let lastResult: SimulationResult | null = null;
  const disposeResults = effect(() => {
    const result = currentResult.value;
    if (!result || result === lastResult) return;
    lastResult = result;
    post('resultsUpdated', { summary: summarizeResult(result), scenario: scenarioParams.peek() });
  });

  if (target !== null) sendReady();

  return () => {
    removeListener();
    disposeSelection();
    disposeResults();
    autoHeight?.stop();
  };
}

/** The parent's origin as the browser knows it before any message: ancestorOrigins (Chromium, Safari), else the referrer. */
function parentOriginHint(): string | null {
  const ancestors = location.ancestorOrigins as DOMStringList | undefined;
  if (ancestors && ancestors.length > 0) return ancestors.item(0);
  if (document.referrer === '') return null;
  try {
    return new URL(document.referrer).origin;
  } catch {
    return null;
  }
}

function applyTheme(theme: Theme | undefined): () => void {
  if (!theme) return () => {};
  document.documentElement.dataset['theme'] = theme;
  return () => delete document.documentElement.dataset['theme'];
}

/**
 * Starts the postMessage API v1 for a host page (embed mode): reads the allow-list (embed-config.json
 * and the build variable, narrowed by `parentOrigin`), then connects to the parent window. Outside an
 * iframe it only applies the embed layout options. Returns a function that stops it.
 * @example if (appMode.value === 'embed') stop = startEmbedBridge(data);
 */
export function startEmbedBridge(data: BuiltinData): () => void {
  const url = readUrlState(location.search, new Set(datasetIds(data).siteIds));
  const removeTheme = applyTheme(url.theme);
  if (window.parent === window) return removeTheme;

  let stopped = false;
  let disconnect = () => {};
  void loadConfiguredOrigins().then((configured) => {
    if (stopped) return;
    const parentWindow = window.parent;
    disconnect = connectHost({
      endpoint: {
        parent: parentWindow,
        addMessageListener(listener) {
          window.addEventListener('message', listener);
          return () => window.removeEventListener('message', listener);
        },
      },
      allowedOrigins: allowedOrigins(location.origin, configured, buildTimeOrigins(), url.parentOrigin),
      parentOriginHint: parentOriginHint(),
      data,
      // Visible in the inspector (and to browser tests): the bridge reads messages from here on.
      onListening: () => (document.documentElement.dataset['embedBridge'] = 'listening'),
      autoHeight: (post) => startAutoHeight({ post, pymChildId: new URLSearchParams(location.search).get('childId') }),
    });
  });
  return () => {
    stopped = true;
    disconnect();
    delete document.documentElement.dataset['embedBridge'];
    removeTheme();
  };
}
