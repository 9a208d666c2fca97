/**
 * The data in use and one step of history: apply an import, restore the previous data, reset to the
 * built-in data. The `dataset` signal changes first (map, simulator and charts follow it); saving to
 * IndexedDB comes after and only adds a notice if it fails, so reset always works.
 */
import { signal } from '@preact/signals';
import type { BuiltinData } from '../data/builtin-data';
import type { MessageKey } from '../i18n/i18n';
import { dataset } from '../state/data-state';
import {
  idbBackend,
  loadDatasets,
  saveDatasets,
  snapshotOf,
  type DatasetStoreNotice,
  type KeyValueBackend,
  type Snapshot,
  type SourceParts,
  type StoredDatasets,
} from './dataset-store';
import type { ImportKind } from './import-preview';

export interface ImportNotice {
  key: MessageKey;
  params?: Record<string, string | number>;
  tone: 'info' | 'error';
}

/** What is stored (current import, previous data), mirrored for the panel. */
export const storedDatasets = signal<StoredDatasets>({ current: null, previous: null });
/** The latest message for the data panel (a live region shows it). */
export const importNotice = signal<ImportNotice | null>(null);

const BUILTIN_SNAPSHOT: Snapshot = { sites: null, projects: null, progressReports: [], sources: [] };

let builtin: BuiltinData | null = null;
let backend: KeyValueBackend | null = null;

function kv(): KeyValueBackend {
  backend ??= idbBackend();
  return backend;
}

/** The built-in data, as recorded at start-up (or the data in use when nothing is imported). */
function builtinData(): BuiltinData {
  if (!builtin) {
    const data = dataset.peek();
    if (!data) throw new Error('no dataset loaded');
    builtin = data;
  }
  return builtin;
}

export function datasetOf(snapshot: Snapshot): BuiltinData {
  const base = builtinData();
  return {
    ...base,
    sites: snapshot.sites ?? base.sites,
    projects: snapshot.projects ?? base.projects,
    progressReports: snapshot.progressReports,
  };
}

export function storeNoticeOf(notice: DatasetStoreNotice): ImportNotice {
  switch (notice.kind) {
    case 'corrupt':
      return { key: 'import.notice.corrupt', tone: 'error' };
    case 'wrong-version':
      return { key: 'import.notice.wrongVersion', params: { version: notice.version }, tone: 'error' };
    case 'invalid':
      return { key: 'import.notice.invalidStored', params: { detail: notice.detail }, tone: 'error' };
    case 'unavailable':
      return { key: 'import.notice.saveFailed', params: { detail: notice.detail }, tone: 'error' };
  }
}

/**
 * Start-up: reads the imported data saved by an earlier visit. Resolves to the dataset to use (null:
 * keep the built-in data) and a notice when the store was corrupt and had to be reset (the raw value is
 * backed up). Never rejects.
 * @example
 *   const builtin = loadBuiltinData();
 *   dataset.value = builtin;
 *   void restoreImportedDataset(builtin).then(({ dataset: saved }) => { if (saved) dataset.value = saved; });
 */
export async function restoreImportedDataset(
  builtinDataset: BuiltinData,
  store: KeyValueBackend = kv(),
): Promise<{ dataset: BuiltinData | null; notice: ImportNotice | null }> {
  builtin = builtinDataset;
  backend = store;
  const loaded = await loadDatasets(store, builtinDataset);
  storedDatasets.value = loaded.stored;
  const notice = loaded.notice ? storeNoticeOf(loaded.notice) : null;
  if (notice) importNotice.value = notice;
  return { dataset: loaded.dataset, notice };
}

async function persist(next: StoredDatasets): Promise<void> {
  storedDatasets.value = next;
  const failed = await saveDatasets(kv(), next);
  if (failed) importNotice.value = { key: 'import.notice.saveFailed', params: { detail: failed }, tone: 'error' };
}

const reportKey = (r: { projectId: string; reportDate: string }) => `${r.projectId}@${r.reportDate}`;

/**
 * The files whose data is in `next` after applying `fileName`: the file of each part, a reports file
 * as long as one of its reports is still in use. Stores written before parts were recorded keep
 * their list as it was, plus the new file.
 */
export function sourcesAfter(
  before: Snapshot | null,
  current: BuiltinData | null,
  next: BuiltinData,
  fileName: string,
  kind: ImportKind,
): { sources: string[]; parts: SourceParts } {
  const previous = before?.parts ?? { sites: null, projects: null, reports: {} };
  const parts: SourceParts = { ...previous, reports: {} };
  if (kind === 'sites') parts.sites = fileName;
  if (kind === 'projects') parts.projects = fileName;
  // Reports carried over keep their file; the ones that are new objects came from this file.
  const kept = new Set(current?.progressReports ?? []);
  for (const r of next.progressReports ?? []) {
    const key = reportKey(r);
    const file = kept.has(r) ? previous.reports[key] : kind === 'reports' ? fileName : undefined;
    if (file !== undefined) parts.reports[key] = file;
  }
  const inUse = new Set([parts.sites, parts.projects, ...Object.values(parts.reports)]);
  const order = [...(before?.sources ?? []).filter((f) => f !== fileName), fileName];
  const sources = before && !before.parts ? order.slice(-20) : order.filter((f) => inUse.has(f));
  return { sources, parts };
}

/** Makes `next` (a checked preview's dataset) the data in use; the data before becomes "previous". */
export async function applyDataset(next: BuiltinData, fileName: string, kind: ImportKind): Promise<void> {
  const base = builtinData();
  const before = storedDatasets.peek();
  const { sources, parts } = sourcesAfter(before.current, dataset.peek(), next, fileName, kind);
  dataset.value = next;
  importNotice.value = { key: 'import.notice.applied', params: { file: fileName }, tone: 'info' };
  await persist({ current: snapshotOf(next, base, sources, parts), previous: before.current ?? BUILTIN_SNAPSHOT });
}

/** Swaps the data in use with the previous data (so a second click undoes the first). */
export async function restorePrevious(): Promise<void> {
  const before = storedDatasets.peek();
  if (!before.previous) {
    importNotice.value = { key: 'import.notice.noPrevious', tone: 'info' };
    return;
  }
  dataset.value = datasetOf(before.previous);
  importNotice.value = { key: 'import.notice.restored', tone: 'info' };
  const isBuiltin = (s: Snapshot) => s.sites === null && s.projects === null && s.progressReports.length === 0;
  await persist({ current: isBuiltin(before.previous) ? null : before.previous, previous: before.current ?? BUILTIN_SNAPSHOT });
}

/** The built-in data again; what was in use becomes "previous". */
export async function resetToBuiltin(): Promise<void> {
  const before = storedDatasets.peek();
  dataset.value = builtinData();
  importNotice.value = { key: 'import.notice.reset', tone: 'info' };
  await persist({ current: null, previous: before.current ?? before.previous });
}

/** For tests: forget the recorded built-in data and storage. */
export function resetHistoryForTests(): void {
  builtin = null;
  backend = null;
  storedDatasets.value = { current: null, previous: null };
  importNotice.value = null;
}
