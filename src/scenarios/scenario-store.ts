/**
 * Saved scenarios, kept in Web Storage under one versioned key:
 *   "tonghua-parks.scenarios.v1" → { "version": 1, "scenarios": [{ id, name, createdAt, updatedAt, params }] }
 * Reading never throws. A corrupt value (not JSON, another version, entries that fail validation) is
 * recovered from: valid entries are kept, bad ones dropped, the raw value is copied to
 * "tonghua-parks.scenarios.v1.corrupt" so nothing is lost for good, and a notice tells the UI what happened.
 */
import { z } from 'zod';
import { DEFAULT_PARAMS, type ScenarioParams } from '../../workers/model/parameters';
import { validateParams, type ParamsContext } from '../../workers/model/validate-params';
import { scenarioNameSchema } from './scenario-file';

export const STORE_KEY = 'tonghua-parks.scenarios.v1';
export const STORE_BACKUP_KEY = `${STORE_KEY}.corrupt`;
export const STORE_VERSION = 1;

export interface SavedScenario {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  params: ScenarioParams;
}

/** What the UI should tell the user after a store operation; null when all went as asked. */
export type StoreNotice =
  | { kind: 'corrupt-json' }
  | { kind: 'wrong-version'; version: string }
  | { kind: 'dropped-entries'; dropped: number; kept: number }
  | { kind: 'unavailable' }
  | { kind: 'write-failed' }
  | { kind: 'invalid-name' }
  | { kind: 'not-found' };

export interface StoreState {
  scenarios: SavedScenario[];
  notice: StoreNotice | null;
}

const entrySchema = z.object({
  id: z.string().min(1).max(64),
  name: scenarioNameSchema,
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  params: z.record(z.string(), z.unknown()),
});

const storeSchema = z.object({
  version: z.literal(STORE_VERSION),
  scenarios: z.array(z.unknown()),
});

export interface ScenarioStoreOptions {
  now?: () => Date;
  newId?: () => string;
}

export interface ScenarioStore {
  /** Reads the list (recovering from corruption; the notice says so). */
  list(): StoreState;
  save(name: string, params: ScenarioParams): StoreState & { saved?: SavedScenario };
  rename(id: string, name: string): StoreState;
  /** Copies a scenario under `name` (the UI passes a translated "… (copy)"). */
  duplicate(id: string, name: string): StoreState & { saved?: SavedScenario };
  remove(id: string): StoreState;
}

function randomId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * A store over `storage` (localStorage in the app, an in-memory Storage in tests, null when the
 * browser denies storage). Every parameter set read back is checked by the simulator's validator.
 * @example const store = createScenarioStore(localStorage, { siteIds, clusterIds }); store.save('保守', params);
 */
export function createScenarioStore(
  storage: Storage | null,
  context: ParamsContext,
  options: ScenarioStoreOptions = {},
): ScenarioStore {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? randomId;

  function readRaw(): { raw: string | null; failed: boolean } {
    if (!storage) return { raw: null, failed: true };
    try {
      return { raw: storage.getItem(STORE_KEY), failed: false };
    } catch {
      return { raw: null, failed: true };
    }
  }

  function write(scenarios: SavedScenario[]): boolean {
    if (!storage) return false;
    try {
      storage.setItem(STORE_KEY, JSON.stringify({ version: STORE_VERSION, scenarios }));
      return true;
    } catch {
      // Quota exceeded or storage disabled: the caller keeps the previous list and says so.
      return false;
    }
  }

  function backUp(raw: string): void {
    try {
      storage?.setItem(STORE_BACKUP_KEY, raw);
    } catch {
      // The backup is best effort; a full storage must not stop the recovery itself.
    }
  }

  function parseEntry(value: unknown): SavedScenario | null {
    const entry = entrySchema.safeParse(value);
    if (!entry.success) return null;
    const params = validateParams(entry.data.params, context, DEFAULT_PARAMS);
    return params.ok ? { ...entry.data, params: params.params } : null;
  }

  function list(): StoreState {
    const { raw, failed } = readRaw();
    if (failed) return { scenarios: [], notice: { kind: 'unavailable' } };
    if (raw === null) return { scenarios: [], notice: null };
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      backUp(raw);
      write([]);
      return { scenarios: [], notice: { kind: 'corrupt-json' } };
    }
    const store = storeSchema.safeParse(json);
    if (!store.success) {
      backUp(raw);
      write([]);
      const version =
        typeof json === 'object' && json !== null && 'version' in json ? String((json as { version: unknown }).version) : '?';
      return {
        scenarios: [],
        notice: store.error.issues.some((i) => i.path[0] === 'version')
          ? { kind: 'wrong-version', version }
          : { kind: 'corrupt-json' },
      };
    }
    const seen = new Set<string>();
    const scenarios: SavedScenario[] = [];
    for (const value of store.data.scenarios) {
      const entry = parseEntry(value);
      if (entry && !seen.has(entry.id)) {
        seen.add(entry.id);
        scenarios.push(entry);
      }
    }
    const dropped = store.data.scenarios.length - scenarios.length;
    if (dropped > 0) {
      backUp(raw);
      write(scenarios);
      return { scenarios, notice: { kind: 'dropped-entries', dropped, kept: scenarios.length } };
    }
    return { scenarios, notice: null };
  }

  /** Applies a change to the current list; on a failed write the stored list stays as it was. */
  function update(change: (scenarios: SavedScenario[]) => SavedScenario[] | StoreNotice): StoreState {
    const current = list();
    if (current.notice?.kind === 'unavailable') return current;
    const next = change(current.scenarios);
    if (!Array.isArray(next)) return { scenarios: current.scenarios, notice: next };
    if (!write(next)) return { scenarios: current.scenarios, notice: { kind: 'write-failed' } };
    return { scenarios: next, notice: current.notice };
  }

  function checkedName(name: string): string | null {
    const parsed = scenarioNameSchema.safeParse(name);
    return parsed.success ? parsed.data : null;
  }

  function add(name: string, params: ScenarioParams): StoreState & { saved?: SavedScenario } {
    const clean = checkedName(name);
    if (clean === null) return { ...list(), notice: { kind: 'invalid-name' } };
    const stamp = now().toISOString();
    // Stored copies are detached from the live state object so later edits cannot reach them.
    const saved: SavedScenario = {
      id: newId(),
      name: clean,
      createdAt: stamp,
      updatedAt: stamp,
      params: structuredClone(params),
    };
    const state = update((scenarios) => [...scenarios, saved]);
    return state.scenarios.includes(saved) ? { ...state, saved } : state;
  }

  return {
    list,
    save: add,
    rename(id, name) {
      const clean = checkedName(name);
      if (clean === null) return { ...list(), notice: { kind: 'invalid-name' } };
      return update((scenarios) =>
        scenarios.some((s) => s.id === id)
          ? scenarios.map((s) => (s.id === id ? { ...s, name: clean, updatedAt: now().toISOString() } : s))
          : { kind: 'not-found' },
      );
    },
    duplicate(id, name) {
      const original = list().scenarios.find((s) => s.id === id);
      if (!original) return { ...list(), notice: { kind: 'not-found' } };
      return add(name, original.params);
    },
    remove(id) {
      return update((scenarios) =>
        scenarios.some((s) => s.id === id) ? scenarios.filter((s) => s.id !== id) : { kind: 'not-found' },
      );
    },
  };
}
