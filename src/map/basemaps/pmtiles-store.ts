/**
 * The planner's PMTiles file, kept in IndexedDB (a Blob, so the browser stores it on disk, not in
 * memory) so the basemap survives a reload and works offline. One file at a time.
 */
import { createStore, del, get, set } from 'idb-keyval';

const store = () => createStore('tonghua-parks-basemap', 'files');
const KEY = 'pmtiles.v1';

export interface StoredPmtiles {
  name: string;
  size: number;
  savedAt: string;
  blob: Blob;
}

export async function loadStoredPmtiles(): Promise<StoredPmtiles | null> {
  try {
    const value = await get<StoredPmtiles>(KEY, store());
    return value && value.blob instanceof Blob ? value : null;
  } catch {
    return null;
  }
}

export async function saveStoredPmtiles(file: File): Promise<StoredPmtiles> {
  const entry: StoredPmtiles = { name: file.name, size: file.size, savedAt: new Date().toISOString(), blob: file };
  await set(KEY, entry, store());
  return entry;
}

export async function deleteStoredPmtiles(): Promise<void> {
  await del(KEY, store());
}
