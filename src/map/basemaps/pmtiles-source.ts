/**
 * Where the PMTiles basemap comes from: the file the planner loaded (kept in IndexedDB), otherwise
 * the deployer's same-origin `pmtilesUrl`. Loaded on demand, with the `pmtiles` library.
 */
import type { Lang } from '../../i18n/i18n';
import { DEFAULT_PMTILES_MAX_MB, isAllowedUrl, type BasemapConfig } from './basemap-config';
import type { BasemapLayers } from './basemap-spec';
import { pmtilesBasemap } from './pmtiles-basemap';
import { openPmtiles, PmtilesRejected, type OpenedArchive } from './pmtiles-file';
import { loadStoredPmtiles, saveStoredPmtiles, type StoredPmtiles } from './pmtiles-store';

let cached: { key: string; opened: OpenedArchive; attribution: string | undefined } | null = null;

/** The archive's own attribution as plain text (MapLibre shows attribution as HTML; a file is not trusted). */
async function plainAttribution(opened: OpenedArchive): Promise<string | undefined> {
  try {
    const metadata = (await opened.archive.getMetadata()) as { attribution?: unknown } | null;
    if (typeof metadata?.attribution !== 'string') return undefined;
    const text = metadata.attribution
      .replace(/<[^>]*>/g, '')
      .replace(/[<>&"]/g, '')
      .trim();
    return text.slice(0, 200) || undefined;
  } catch {
    return undefined;
  }
}

async function openCurrent(config: BasemapConfig): Promise<typeof cached> {
  const stored = await loadStoredPmtiles();
  const key = stored ? `file:${stored.savedAt}` : config.pmtilesUrl ? `url:${config.pmtilesUrl}` : null;
  if (key === null) throw new PmtilesRejected('not-pmtiles');
  if (cached?.key === key) return cached;
  let opened: OpenedArchive;
  if (stored) opened = await openPmtiles(stored.blob, { key: 'local-basemap' });
  else {
    // Same origin only: the deployer's file is served beside the app, never from another host.
    if (!isAllowedUrl(config.pmtilesUrl!, document.baseURI)) throw new PmtilesRejected('not-pmtiles');
    opened = await openPmtiles(new URL(config.pmtilesUrl!, document.baseURI).href);
  }
  cached = { key, opened, attribution: await plainAttribution(opened) };
  return cached;
}

/** The PMTiles basemap in the UI language; throws PmtilesRejected when there is none or it is unusable. */
export async function currentPmtilesBasemap(config: BasemapConfig, lang: Lang): Promise<BasemapLayers> {
  const current = await openCurrent(config);
  return pmtilesBasemap(current!.opened, lang, current!.attribution);
}

/**
 * Checks a file the planner picked and keeps it; throws PmtilesRejected (or a storage error) and
 * keeps nothing when it is not usable.
 */
export async function acceptPmtilesFile(file: File, config: BasemapConfig): Promise<StoredPmtiles> {
  const maxBytes = (config.pmtilesMaxMB ?? DEFAULT_PMTILES_MAX_MB) * 2 ** 20;
  await openPmtiles(file, { maxBytes, key: `check:${file.name}` });
  const saved = await saveStoredPmtiles(file);
  cached = null;
  return saved;
}
