import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, presetParams } from '../../../workers/model/parameters';
import { STORE_BACKUP_KEY, STORE_KEY, createScenarioStore } from '../../../src/scenarios/scenario-store';
import { CONTEXT, MemoryStorage } from './helpers';

function storeOver(storage: Storage | null) {
  let n = 0;
  return createScenarioStore(storage, CONTEXT, { now: () => new Date('2017-05-01T00:00:00Z'), newId: () => `id-${++n}` });
}

const entry = (id: string, params: unknown = DEFAULT_PARAMS) => ({
  id,
  name: `scenario ${id}`,
  createdAt: '2017-05-01T00:00:00.000Z',
  updatedAt: '2017-05-01T00:00:00.000Z',
  params,
});

describe('scenario store', () => {
  it('starts empty without a notice', () => {
    expect(storeOver(new MemoryStorage()).list()).toEqual({ scenarios: [], notice: null });
  });

  it('keeps a saved scenario across a new store over the same storage (a reload)', () => {
    const storage = new MemoryStorage();
    storeOver(storage).save('保守', presetParams('conservative'));
    const reloaded = storeOver(storage).list();
    expect(reloaded.notice).toBeNull();
    expect(reloaded.scenarios.map((s) => [s.name, s.params])).toEqual([['保守', presetParams('conservative')]]);
  });

  it('stores a copy, not the live params object', () => {
    const params = { ...DEFAULT_PARAMS, siteDelayMonths: { 'graphite-park': 2 } };
    const store = storeOver(new MemoryStorage());
    store.save('a', params);
    params.siteDelayMonths['graphite-park'] = 9;
    expect(store.list().scenarios[0]!.params.siteDelayMonths).toEqual({ 'graphite-park': 2 });
  });

  it('renames, duplicates and deletes', () => {
    const store = storeOver(new MemoryStorage());
    store.save('a', DEFAULT_PARAMS);
    store.save('b', presetParams('optimistic'));
    store.rename('id-1', '  按计划 ');
    store.duplicate('id-2', 'b (copy)');
    store.remove('id-2');
    expect(store.list().scenarios.map((s) => [s.id, s.name, s.params.reserveSignedPct])).toEqual([
      ['id-1', '按计划', 50],
      ['id-3', 'b (copy)', 70],
    ]);
  });

  it('refuses an empty name and an unknown id with a notice, leaving the list as it was', () => {
    const store = storeOver(new MemoryStorage());
    store.save('a', DEFAULT_PARAMS);
    expect(store.save('  ', DEFAULT_PARAMS).notice).toEqual({ kind: 'invalid-name' });
    expect(store.rename('nope', 'x').notice).toEqual({ kind: 'not-found' });
    expect(store.list().scenarios.map((s) => s.name)).toEqual(['a']);
  });

  it('reports a failed write and keeps the stored list', () => {
    const storage = new MemoryStorage();
    const store = storeOver(storage);
    store.save('a', DEFAULT_PARAMS);
    storage.failWrites = true;
    const state = store.save('b', DEFAULT_PARAMS);
    expect(state.notice).toEqual({ kind: 'write-failed' });
    expect(state.scenarios.map((s) => s.name)).toEqual(['a']);
  });

  it('reports unavailable storage instead of throwing', () => {
    const denied = new MemoryStorage();
    denied.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(storeOver(denied).list()).toEqual({ scenarios: [], notice: { kind: 'unavailable' } });
    expect(storeOver(null).save('a', DEFAULT_PARAMS).notice).toEqual({ kind: 'unavailable' });
  });

  it('recovers from garbage that is not JSON: backs it up, resets, says so', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORE_KEY, '{"version":1,"scenarios":[{"id":');
    expect(storeOver(storage).list()).toEqual({ scenarios: [], notice: { kind: 'corrupt-json' } });
    expect(storage.getItem(STORE_BACKUP_KEY)).toBe('{"version":1,"scenarios":[{"id":');
    expect(storeOver(storage).list()).toEqual({ scenarios: [], notice: null });
  });

  it('recovers from a store of another version', () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({ version: 7, scenarios: [entry('x')] });
    storage.setItem(STORE_KEY, raw);
    expect(storeOver(storage).list()).toEqual({ scenarios: [], notice: { kind: 'wrong-version', version: '7' } });
    expect(storage.getItem(STORE_BACKUP_KEY)).toBe(raw);
  });

  it('keeps the valid entries of a half-valid list and drops the others', () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({
      version: 1,
      scenarios: [
        entry('good-1'),
        entry('bad-params', { ...DEFAULT_PARAMS, runs: 'many' }),
        'garbage',
        null,
        entry('good-1'),
        entry('good-2', { reserveSignedPct: 80 }),
      ],
    });
    storage.setItem(STORE_KEY, raw);
    const state = storeOver(storage).list();
    expect(state.notice).toEqual({ kind: 'dropped-entries', dropped: 4, kept: 2 });
    expect(state.scenarios.map((s) => [s.id, s.params.reserveSignedPct])).toEqual([
      ['good-1', 50],
      ['good-2', 80],
    ]);
    expect(storage.getItem(STORE_BACKUP_KEY)).toBe(raw);
    expect(storeOver(storage).list().notice).toBeNull();
  });
});
