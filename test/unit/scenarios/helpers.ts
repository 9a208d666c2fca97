import { BUILTIN_CLUSTER_IDS as CLUSTER_IDS, BUILTIN_SITE_IDS as SITE_IDS } from '../builtin-ids';
import type { ParamsContext } from '../../../workers/model/validate-params';

export const CONTEXT: ParamsContext = { siteIds: [...SITE_IDS], clusterIds: [...CLUSTER_IDS] };

/** Web Storage in memory, optionally failing on write (a full or disabled localStorage). */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  failWrites = false;

  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw new DOMException('quota exceeded', 'QuotaExceededError');
    this.items.set(key, String(value));
  }
}
