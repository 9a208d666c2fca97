/** The IndexedDB store: versioned, re-checked on load, recovered from when corrupt (never throws). */
import { describe, expect, it } from 'vitest';
import {
  DATASET_BACKUP_KEY,
  DATASET_STORE_KEY,
  loadDatasets,
  saveDatasets,
  snapshotOf,
  type KeyValueBackend,
} from '../../../src/import/dataset-store';
import { builtin, preview } from './helpers';

function memoryBackend(initial: Record<string, unknown> = {}): KeyValueBackend & { values: Map<string, unknown> } {
  const values = new Map(Object.entries(initial));
  return {
    values,
    get: async (key) => structuredClone(values.get(key)),
    set: async (key, value) => void values.set(key, structuredClone(value)),
    del: async (key) => void values.delete(key),
  };
}

describe('dataset store', () => {
  it('gives back the imported projects and reports after a save (as after a reload)', async () => {
    const base = builtin();
    const imported = (await preview('projects-template-gbk.csv', base)).full!;
    const withReports = {
      ...imported,
      progressReports: [
        { projectId: 'T01', reportDate: '2017-06-20', status: 'under-construction' as const, investedToDateWan: 1000 },
      ],
    };
    const kv = memoryBackend();
    expect(await saveDatasets(kv, { current: snapshotOf(withReports, base, ['p.csv', 'r.csv']), previous: null })).toBeNull();
    const loaded = await loadDatasets(kv, builtin());
    expect(loaded.notice).toBeNull();
    expect(loaded.dataset?.projects).toEqual(withReports.projects);
    expect(loaded.dataset?.progressReports).toEqual(withReports.progressReports);
    expect(loaded.stored.current?.sources).toEqual(['p.csv', 'r.csv']);
    // The built-in parts are not stored: they come from the app's own data.
    expect((kv.values.get(DATASET_STORE_KEY) as { current: { sites: unknown } }).current.sites).toBeNull();
  });

  it('starts with the built-in data when nothing is stored', async () => {
    const loaded = await loadDatasets(memoryBackend(), builtin());
    expect(loaded).toEqual({ stored: { current: null, previous: null }, dataset: null, notice: null });
  });

  it('recovers from a corrupt value: backs it up, removes it, says so', async () => {
    const kv = memoryBackend({ [DATASET_STORE_KEY]: 'not an object {' });
    const loaded = await loadDatasets(kv, builtin());
    expect(loaded.notice).toEqual({ kind: 'corrupt' });
    expect(loaded.dataset).toBeNull();
    expect(kv.values.get(DATASET_BACKUP_KEY)).toBe('not an object {');
    expect(kv.values.has(DATASET_STORE_KEY)).toBe(false);
  });

  it('recovers from another schema version', async () => {
    const kv = memoryBackend({ [DATASET_STORE_KEY]: { version: 99, savedAt: 'x', current: null, previous: null } });
    expect((await loadDatasets(kv, builtin())).notice).toEqual({ kind: 'wrong-version', version: '99' });
  });

  it('recovers from stored rows that no longer pass the checks', async () => {
    const base = builtin();
    const kv = memoryBackend();
    const bad = { ...base, projects: base.projects.map((p, i) => (i === 0 ? { ...p, total_investment_wan: -1 } : p)) };
    await saveDatasets(kv, { current: snapshotOf(bad, base, ['x.csv']), previous: null });
    const loaded = await loadDatasets(kv, builtin());
    expect(loaded.notice?.kind).toBe('invalid');
    expect(loaded.dataset).toBeNull();
  });

  it('reports a storage that refuses to read, without throwing', async () => {
    const kv: KeyValueBackend = {
      get: () => Promise.reject(new Error('denied')),
      set: async () => undefined,
      del: async () => undefined,
    };
    expect((await loadDatasets(kv, builtin())).notice).toEqual({ kind: 'unavailable', detail: 'denied' });
  });
});
