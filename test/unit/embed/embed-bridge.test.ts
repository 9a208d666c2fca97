/**
 * The bridge over a stand-in for the window boundary (as Comlink is tested over a MessageChannel):
 * which messages it reads, where it writes, and what each command does to the shared state.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS } from '../../../workers/model/parameters';
import { loadBuiltinData } from '../../../src/data/builtin-data';
import { connectHost, type HostEndpoint } from '../../../src/embed/embed-bridge';
import { lang } from '../../../src/i18n/i18n';
import { selectedSiteId } from '../../../src/state/app-state';
import { currentMonthIndex, scenarioParams } from '../../../src/state/scenario-state';

const HOST = 'https://dash.example.cn';
const data = loadBuiltinData();
const siteId = data.sites[0]!.properties.id;

interface Posted {
  message: { type?: string; requestId?: string; payload?: Record<string, unknown> };
  targetOrigin: string;
}

function harness(options: { allowed?: string[]; hint?: string | null } = {}) {
  const posted: Posted[] = [];
  const parent = {
    postMessage: (message: unknown, targetOrigin: string) => posted.push({ message: message as Posted['message'], targetOrigin }),
  };
  const stranger = { postMessage: () => {} };
  let listener: ((event: Pick<MessageEvent, 'data' | 'origin' | 'source'>) => void) | null = null;
  const endpoint: HostEndpoint = {
    parent,
    addMessageListener(l) {
      listener = l;
      return () => (listener = null);
    },
  };
  const stop = connectHost({
    endpoint,
    allowedOrigins: new Set(options.allowed ?? [HOST]),
    parentOriginHint: options.hint === undefined ? HOST : options.hint,
    data,
  });
  const send = (data: unknown, from: { origin?: string; source?: unknown } = {}) =>
    listener?.({ data, origin: from.origin ?? HOST, source: (from.source ?? parent) as MessageEventSource });
  const command = (type: string, payload?: unknown, requestId?: string) => ({
    source: 'tonghua-parks',
    version: 1,
    type,
    ...(requestId ? { requestId } : {}),
    ...(payload !== undefined ? { payload } : {}),
  });
  return { posted, send, command, stop, stranger, types: () => posted.map((p) => p.message.type) };
}

let stop = () => {};
beforeEach(() => {
  selectedSiteId.value = null;
  scenarioParams.value = { ...DEFAULT_PARAMS };
  currentMonthIndex.value = 11;
  lang.value = 'zh-CN';
});
afterEach(() => stop());

describe('embed bridge', () => {
  it('sends ready with the site ids to the parent origin it was given', () => {
    const h = harness();
    stop = h.stop;
    expect(h.posted[0]?.message.type).toBe('ready');
    expect(h.posted[0]?.message.payload?.['siteIds']).toEqual(data.sites.map((s) => s.properties.id));
    expect(h.posted.every((p) => p.targetOrigin === HOST)).toBe(true);
  });

  it('answers a command with its requestId and applies it', () => {
    const h = harness();
    stop = h.stop;
    h.send(h.command('selectSite', { siteId }, 'r1'));
    expect(selectedSiteId.value).toBe(siteId);
    expect(h.types()).toEqual(['ready', 'selectionChanged', 'state']);
    expect(h.posted.at(-1)?.message.requestId).toBe('r1');
  });

  it('ignores a message from another origin, without reply or change', () => {
    const h = harness();
    stop = h.stop;
    h.send(h.command('selectSite', { siteId }, 'r1'), { origin: 'https://evil.example' });
    expect(selectedSiteId.value).toBeNull();
    expect(h.types()).toEqual(['ready']);
  });

  it('ignores a message from a window other than the parent, even from the allowed origin', () => {
    const h = harness();
    stop = h.stop;
    h.send(h.command('selectSite', { siteId }, 'r1'), { source: h.stranger });
    expect(selectedSiteId.value).toBeNull();
    expect(h.types()).toEqual(['ready']);
  });

  it('stays silent when the parent origin is known and not allowed', () => {
    const h = harness({ hint: 'https://evil.example' });
    stop = h.stop;
    h.send(h.command('getState', undefined, 'r1'), { origin: HOST });
    expect(h.posted).toEqual([]);
  });

  it('without a hint, adopts the first allowed parent origin and greets it with ready', () => {
    const h = harness({ hint: null });
    stop = h.stop;
    h.send(h.command('getState', undefined, 'r1'), { origin: 'https://evil.example' });
    expect(h.posted).toEqual([]);
    h.send(h.command('getState', undefined, 'r2'));
    expect(h.types()).toEqual(['ready', 'state']);
    expect(h.posted.every((p) => p.targetOrigin === HOST)).toBe(true);
  });

  it('rejects an invalid payload with an error carrying the requestId, and changes nothing', () => {
    const h = harness();
    stop = h.stop;
    h.send(h.command('setMonth', { month: '2017-13' }, 'bad-1'));
    h.send(h.command('setScenario', { realisationPct: 'lots' }, 'bad-2'));
    h.send(h.command('selectSite', { siteId: 'no-such-park' }, 'bad-3'));
    h.send(h.command('setMonth', { month: '2030-01' }, 'bad-4'));
    h.send(h.command('fly', {}, 'bad-5'));
    h.send({ ...h.command('getState', undefined, 'bad-6'), version: 2 });
    const errors = h.posted.filter((p) => p.message.type === 'error');
    expect(errors.map((e) => [e.message.requestId, e.message.payload?.['code']])).toEqual([
      ['bad-1', 'invalid-payload'],
      ['bad-2', 'invalid-scenario'],
      ['bad-3', 'unknown-site'],
      ['bad-4', 'month-out-of-range'],
      ['bad-5', 'unknown-command'],
      ['bad-6', 'unsupported-version'],
    ]);
    expect(scenarioParams.value).toEqual(DEFAULT_PARAMS);
    expect(selectedSiteId.value).toBeNull();
    expect(currentMonthIndex.value).toBe(11);
  });

  it('words error messages in the current language', () => {
    const h = harness();
    stop = h.stop;
    h.send(h.command('setLanguage', { lang: 'en' }));
    h.send(h.command('selectSite', { siteId: 'no-such-park' }, 'x'));
    expect(String(h.posted.at(-1)?.message.payload?.['message'])).toMatch(/^Unknown site/);
  });

  it('merges a partial scenario into the current one', () => {
    const h = harness();
    stop = h.stop;
    h.send(h.command('setScenario', { realisationPct: 80 }, 's1'));
    h.send(h.command('setScenario', { utilisationPct: 70 }, 's2'));
    expect(scenarioParams.value).toEqual({ ...DEFAULT_PARAMS, realisationPct: 80, utilisationPct: 70 });
  });

  it('ignores messages of other tools on the same window', () => {
    const h = harness();
    stop = h.stop;
    h.send({ type: 'selectSite', payload: { siteId } });
    h.send('pymxPYMxchildxPYMxwidthxPYMx800');
    expect(h.types()).toEqual(['ready']);
  });
});
