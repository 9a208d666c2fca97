/** Apply, restore the previous data in one step, reset to the built-in data; all persisted. */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  applyDataset,
  resetHistoryForTests,
  resetToBuiltin,
  restoreImportedDataset,
  restorePrevious,
  storedDatasets,
} from '../../../src/import/dataset-history';
import type { KeyValueBackend } from '../../../src/import/dataset-store';
import { dataset } from '../../../src/state/data-state';
import { builtin, preview } from './helpers';

function memoryBackend(): KeyValueBackend {
  const values = new Map<string, unknown>();
  return {
    get: async (k) => structuredClone(values.get(k)),
    set: async (k, v) => void values.set(k, structuredClone(v)),
    del: async (k) => void values.delete(k),
  };
}

describe('dataset history', () => {
  beforeEach(() => resetHistoryForTests());

  it('applies, restores the previous data, resets, and a reload sees the last state', async () => {
    const base = builtin();
    const kv = memoryBackend();
    dataset.value = base;
    await restoreImportedDataset(base, kv);
    const imported = (await preview('projects-template-gbk.csv', base)).full!;

    await applyDataset(imported, 'projects.csv', 'projects');
    expect(dataset.value).toBe(imported);
    expect(storedDatasets.value.current?.sources).toEqual(['projects.csv']);

    await restorePrevious();
    expect(dataset.value?.projects).toBe(base.projects);

    await restorePrevious();
    expect(dataset.value?.projects).toEqual(imported.projects);

    // A reload: a new session reads the store.
    resetHistoryForTests();
    const reloaded = await restoreImportedDataset(builtin(), kv);
    expect(reloaded.dataset?.projects).toEqual(imported.projects);

    dataset.value = reloaded.dataset;
    await resetToBuiltin();
    expect(dataset.value?.projects.length).toBe(base.projects.length);
    resetHistoryForTests();
    expect((await restoreImportedDataset(builtin(), kv)).dataset).toBeNull();
  });

  it('resets to the built-in data even when saving fails', async () => {
    const base = builtin();
    const failing: KeyValueBackend = {
      get: async () => undefined,
      set: () => Promise.reject(new Error('quota')),
      del: () => Promise.reject(new Error('quota')),
    };
    dataset.value = base;
    await restoreImportedDataset(base, failing);
    const imported = (await preview('projects-template-gbk.csv', base)).full!;
    await applyDataset(imported, 'p.csv', 'projects');
    expect(dataset.value).toBe(imported);
    await resetToBuiltin();
    expect(dataset.value).toBe(base);
  });
});
