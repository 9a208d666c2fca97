/**
 * Imported data kept in IndexedDB (idb-keyval) under one versioned key:
 *   "tonghua-parks.dataset" → { version: 1, savedAt, current: Snapshot | null, previous: Snapshot | null }
 * A snapshot holds only what the user imported (sites, projects, progress reports; null = built-in);
 * clusters, places, baseline and targets always come from the built-in data. Everything read back goes
 * through the same checks as an imported file. A value that fails them (not an object, another
 * version, invalid rows) is copied to "tonghua-parks.dataset.corrupt", removed, and reported as a
 * notice; reading never throws.
 */
import { z } from 'zod';
import type { BuiltinData } from '../data/builtin-data';
import { validateReportTable } from '../../workers/model/input/progress-reports-csv';
import { validateProjectTable, PROJECT_CSV_COLUMNS, type Project } from '../../workers/model/input/projects-csv';
import { simulatedPeriod } from '../../workers/model/input/simulated-period';
import { checkSites } from '../data/sites';
import type { SiteFeature } from '../data/site-schema';
import { simulatorDataOf } from '../state/data-state';
import { prepareData, type ProgressReport } from '../../workers/model/model-data';

export const DATASET_STORE_KEY = 'tonghua-parks.dataset';
export const DATASET_BACKUP_KEY = `${DATASET_STORE_KEY}.corrupt`;
export const DATASET_STORE_VERSION = 1;

/** What the user imported on top of the built-in data. */
export interface Snapshot {
  sites: SiteFeature[] | null;
  projects: Project[] | null;
  progressReports: ProgressReport[];
  /** Names of the files whose data is in use, in the order they were applied. */
  sources: string[];
  /** Which file each part came from (absent in stores written before it was recorded). */
  parts?: SourceParts;
}

/** The file each part of a snapshot came from: so that a file whose data was replaced is no longer listed. */
export interface SourceParts {
  sites: string | null;
  projects: string | null;
  /** `projectId@reportDate` → file. */
  reports: Record<string, string>;
}

export interface StoredDatasets {
  current: Snapshot | null;
  previous: Snapshot | null;
}

/** The storage the store needs (idb-keyval in the app, a Map in tests). */
export interface KeyValueBackend {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
}

export type DatasetStoreNotice =
  | { kind: 'corrupt' }
  | { kind: 'wrong-version'; version: string }
  | { kind: 'invalid'; detail: string }
  | { kind: 'unavailable'; detail: string };

const snapshotShape = z.object({
  sites: z.array(z.unknown()).nullable(),
  projects: z.array(z.record(z.string(), z.unknown())).nullable(),
  progressReports: z.array(z.record(z.string(), z.unknown())),
  sources: z.array(z.string().max(500)).max(100),
  parts: z
    .object({
      sites: z.string().max(500).nullable(),
      projects: z.string().max(500).nullable(),
      reports: z.record(z.string().max(200), z.string().max(500)),
    })
    .optional(),
});

const storeShape = z.object({
  version: z.literal(DATASET_STORE_VERSION),
  savedAt: z.string(),
  current: snapshotShape.nullable(),
  previous: snapshotShape.nullable(),
});

/** The snapshot of a dataset relative to the built-in one (unchanged parts stored as null). */
export function snapshotOf(data: BuiltinData, builtin: BuiltinData, sources: string[], parts?: SourceParts): Snapshot {
  return {
    sites: data.sites === builtin.sites ? null : data.sites,
    projects: data.projects === builtin.projects ? null : data.projects,
    progressReports: data.progressReports ?? [],
    sources,
    ...(parts ? { parts } : {}),
  };
}

const text = (value: unknown): string => (typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '');

/**
 * Rebuilds and re-checks a stored snapshot: the sites, projects and reports pass the import checks
 * again and the simulator accepts the result; otherwise the reason, in English (it goes to a notice).
 */
export function datasetOfSnapshot(
  snapshot: z.infer<typeof snapshotShape>,
  builtin: BuiltinData,
): { ok: true; data: BuiltinData; snapshot: Snapshot } | { ok: false; detail: string } {
  const clusterIds = builtin.clusters.map((c) => c.id);
  let sites = builtin.sites;
  if (snapshot.sites) {
    const checked = checkSites(snapshot.sites, new Set(clusterIds), 'stored sites');
    if (checked.problems.length > 0 || checked.sites.length === 0)
      return { ok: false, detail: checked.problems[0]?.text ?? 'no sites' };
    sites = checked.sites;
  }
  let projects = builtin.projects;
  if (snapshot.projects) {
    const table = {
      header: [...PROJECT_CSV_COLUMNS],
      rows: snapshot.projects.map((p) => PROJECT_CSV_COLUMNS.map((c) => text(p[c]))),
    };
    const v = validateProjectTable(table, {
      siteIds: sites.map((s) => s.properties.id),
      clusterIds,
      maxIssues: 1,
      period: simulatedPeriod(builtin.baseline.base_year.value),
    });
    if (v.issues.length > 0) return { ok: false, detail: `projects row ${v.issues[0]!.row}: ${v.issues[0]!.message}` };
    projects = v.projects;
  }
  const reportTable = {
    header: ['project_id', 'report_date', 'status', 'invested_to_date_wan'],
    rows: snapshot.progressReports.map((r) => [
      text(r['projectId']),
      text(r['reportDate']),
      text(r['status']),
      text(r['investedToDateWan']),
    ]),
  };
  let progressReports: ProgressReport[] = [];
  if (reportTable.rows.length > 0) {
    const v = validateReportTable(reportTable, {
      projects: new Map(projects.map((p) => [p.id, p.total_investment_wan])),
      period: simulatedPeriod(builtin.baseline.base_year.value),
      maxIssues: 1,
    });
    if (v.badRows.size > 0 || v.fatal)
      return { ok: false, detail: `progress report row ${v.issues[0]?.row ?? 0}: ${v.issues[0]?.code ?? 'invalid'}` };
    progressReports = v.reports;
  }
  const data: BuiltinData = { ...builtin, sites, projects, progressReports };
  const prepared = prepareData(simulatorDataOf(data));
  if (!prepared.ok) return { ok: false, detail: prepared.issues[0]?.message ?? 'rejected by the simulator' };
  return {
    ok: true,
    data,
    snapshot: {
      sites: snapshot.sites ? sites : null,
      projects: snapshot.projects ? projects : null,
      progressReports,
      sources: snapshot.sources,
      ...(snapshot.parts ? { parts: snapshot.parts } : {}),
    },
  };
}

/** idb-keyval, loaded on first use so the initial bundle does not carry it. */
export function idbBackend(): KeyValueBackend {
  const lib = import('idb-keyval');
  return {
    get: async (key) => (await lib).get(key),
    set: async (key, value) => (await lib).set(key, value),
    del: async (key) => (await lib).del(key),
  };
}

export interface LoadResult {
  stored: StoredDatasets;
  /** The dataset to use at start-up: the stored current one, or null for the built-in data. */
  dataset: BuiltinData | null;
  notice: DatasetStoreNotice | null;
}

/**
 * Reads the stored datasets and checks them; recovers from anything wrong (see the file comment).
 * @example const { dataset, notice } = await loadDatasets(idbBackend(), loadBuiltinData());
 */
export async function loadDatasets(backend: KeyValueBackend, builtin: BuiltinData): Promise<LoadResult> {
  const empty: StoredDatasets = { current: null, previous: null };
  let raw: unknown;
  try {
    raw = await backend.get(DATASET_STORE_KEY);
  } catch (error) {
    return {
      stored: empty,
      dataset: null,
      notice: { kind: 'unavailable', detail: error instanceof Error ? error.message : String(error) },
    };
  }
  if (raw === undefined || raw === null) return { stored: empty, dataset: null, notice: null };

  const recover = async (notice: DatasetStoreNotice): Promise<LoadResult> => {
    try {
      await backend.set(DATASET_BACKUP_KEY, raw);
    } catch {
      // The backup is best effort; the recovery itself must go on.
    }
    try {
      await backend.del(DATASET_STORE_KEY);
    } catch {
      // Still unusable next time; the same recovery will run again.
    }
    return { stored: empty, dataset: null, notice };
  };

  const shape = storeShape.safeParse(raw);
  if (!shape.success) {
    const version = typeof raw === 'object' && 'version' in raw ? (raw as { version: unknown }).version : undefined;
    if (version !== undefined && version !== DATASET_STORE_VERSION)
      return recover({ kind: 'wrong-version', version: String(version) });
    return recover({ kind: 'corrupt' });
  }
  const stored: StoredDatasets = { current: null, previous: null };
  let dataset: BuiltinData | null = null;
  if (shape.data.current) {
    const current = datasetOfSnapshot(shape.data.current, builtin);
    if (!current.ok) return recover({ kind: 'invalid', detail: current.detail });
    stored.current = current.snapshot;
    dataset = current.data;
  }
  if (shape.data.previous) {
    // A damaged "previous" only loses the undo step, not the data in use.
    const previous = datasetOfSnapshot(shape.data.previous, builtin);
    if (previous.ok) stored.previous = previous.snapshot;
  }
  return { stored, dataset, notice: null };
}

/** Writes the stored datasets; resolves to an error message when the browser refuses. */
export async function saveDatasets(backend: KeyValueBackend, stored: StoredDatasets, now = new Date()): Promise<string | null> {
  try {
    if (!stored.current && !stored.previous) await backend.del(DATASET_STORE_KEY);
    else await backend.set(DATASET_STORE_KEY, { version: DATASET_STORE_VERSION, savedAt: now.toISOString(), ...stored });
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
