/**
 * The data panel's basemap file section: pick a PMTiles file, see it checked (type, bounds, size),
 * keep it in the browser and show it; or remove it. A rejected file changes nothing. The `pmtiles`
 * library is loaded only when a file is picked.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../i18n/i18n';
import { mapInstance, whenMapSettled } from '../../state/app-state';
import { basemapChoice, BUILTIN_BASEMAP, pmtilesStored, setPmtilesStored, startBasemaps } from './basemap-choice';
import { loadBasemapConfig } from './basemap-config';

type Status = { key: MessageKey; params: Record<string, string | number>; tone: 'info' | 'error' } | null;

export function BasemapFilePanel() {
  const [current, setCurrent] = useState<{ name: string; size: number } | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!pmtilesStored.value) return setCurrent(null);
    void import('./pmtiles-store')
      .then((m) => m.loadStoredPmtiles())
      .then((stored) => setCurrent(stored ? { name: stored.name, size: stored.size } : null));
  }, [pmtilesStored.value]);

  const pick = async (file: File) => {
    setBusy(true);
    setStatus({ key: 'basemap.file.checking', params: { file: file.name }, tone: 'info' });
    try {
      const [{ acceptPmtilesFile }, config] = await Promise.all([import('./pmtiles-source'), loadBasemapConfig()]);
      const saved = await acceptPmtilesFile(file, config);
      setPmtilesStored(true);
      setCurrent({ name: saved.name, size: saved.size });
      setStatus({ key: 'basemap.file.saved', params: { file: file.name }, tone: 'info' });
      // A new file replaces the old one on the map even when the PMTiles basemap was already shown.
      basemapChoice.value = BUILTIN_BASEMAP;
      basemapChoice.value = 'pmtiles';
      const map = mapInstance.peek();
      if (map) startBasemaps(map, whenMapSettled);
    } catch (error) {
      const rejected = error as { name?: string; problem?: string; detail?: Record<string, string | number> };
      if (rejected.name === 'PmtilesRejected' && rejected.problem)
        setStatus({
          key: `basemap.file.error.${rejected.problem}` as MessageKey,
          params: { file: file.name, ...rejected.detail },
          tone: 'error',
        });
      else setStatus({ key: 'basemap.file.error.storage', params: { file: file.name }, tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    await (await import('./pmtiles-store')).deleteStoredPmtiles();
    setPmtilesStored(false);
    if (basemapChoice.peek() === 'pmtiles') basemapChoice.value = BUILTIN_BASEMAP;
    setCurrent(null);
    setStatus({ key: 'basemap.file.removed', params: {}, tone: 'info' });
  };

  return (
    <section class="basemap-file" aria-labelledby="basemap-file-heading" data-testid="basemap-file">
      <h3 id="basemap-file-heading" class="data-panel__subheading">
        {t('basemap.file.heading')}
      </h3>
      <p class="data-panel__hint">{t('basemap.file.intro')}</p>
      <p data-testid="basemap-file-current">
        {current
          ? t('basemap.file.current', { file: current.name, size: (current.size / 2 ** 20).toFixed(1) })
          : t('basemap.file.none')}
      </p>
      <div class="data-panel__actions">
        <label class="data-panel__file">
          <input
            type="file"
            accept=".pmtiles"
            disabled={busy}
            data-testid="basemap-file-input"
            onChange={(event) => {
              const input = event.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              input.value = '';
              if (file) void pick(file);
            }}
          />
          <span>{t('basemap.file.choose')}</span>
        </label>
        {current && (
          <button type="button" onClick={() => void remove()} data-testid="basemap-file-remove">
            {t('basemap.file.remove')}
          </button>
        )}
      </div>
      {status && (
        <p role={status.tone === 'error' ? 'alert' : 'status'} data-testid="basemap-file-status" data-tone={status.tone}>
          {t(status.key, status.params)}
        </p>
      )}
    </section>
  );
}
