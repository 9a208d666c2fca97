/**
 * The data panel: drop or choose a file, see a preview with every problem (row, column or feature)
 * in the user's language, then apply it — or, by an explicit choice, apply it without its bad rows.
 * Also restore the previous data, reset to the built-in data, download templates and export the data
 * in use in the same format. Names from files are rendered as text (Preact escapes them).
 * The parsers are loaded only when a file arrives (`import-preview.ts` and what it imports).
 */
import { useRef, useState } from 'preact/hooks';
import type { BuiltinData } from '../data/builtin-data';
import { lang, t, type MessageKey } from '../i18n/i18n';
import { downloadBlob } from '../shared/download';
import { dataset } from '../state/data-state';
import { applyDataset, importNotice, resetToBuiltin, restorePrevious, storedDatasets } from './dataset-history';
import { exampleProject, projectsCsv, projectsXlsx, reportsCsv, reportsXlsx, sitesGeoJson, templateRows } from './dataset-export';
import { issueLocation, issueMessage } from './import-issue';
import type { ImportPreview } from './import-preview';
import { CRS_OPTIONS, type Crs } from './crs';
import { BasemapFilePanel } from '../map/basemaps/basemap-file-panel';
import './data-panel.css';

const ACCEPT = '.geojson,.json,.kml,.kmz,.zip,.csv,.txt,.xlsx';

/** Lets the browser paint between batches of work (a frame, or 50 ms when frames are throttled). */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 50);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

let countyPromise: Promise<GeoJSON.FeatureCollection | null> | null = null;

/** The county outline for the "outside the county" warning, fetched once from the app's own files. */
function loadCounty(): Promise<GeoJSON.FeatureCollection | null> {
  countyPromise ??= import('./county-outline').then((m) => m.loadCountyOutline()).catch(() => null);
  return countyPromise;
}

interface Busy {
  file: string;
  done: number;
  total: number;
}

const CSV_TYPE = 'text/csv;charset=utf-8';

async function downloadXlsx(kind: 'projects' | 'reports', data: BuiltinData, template: boolean, fileName: string): Promise<void> {
  const rows = template ? templateRows(data) : { projects: data.projects, reports: data.progressReports ?? [] };
  const blob = kind === 'projects' ? await projectsXlsx(rows.projects) : await reportsXlsx(rows.reports);
  downloadBlob(blob, fileName);
}

export function DataPanel() {
  const data = dataset.value;
  const [crs, setCrs] = useState<Crs>('wgs84');
  const [busy, setBusy] = useState<Busy | null>(null);
  const [preview, setPreview] = useState<{ preview: ImportPreview; base: BuiltinData } | null>(null);
  const [skipChosen, setSkipChosen] = useState(false);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const run = useRef(0);
  if (!data) return null;

  const readFile = async (file: File) => {
    const mine = ++run.current;
    setPreview(null);
    setSkipChosen(false);
    setBusy({ file: file.name, done: 0, total: 0 });
    try {
      const [{ previewImport }, county, buffer] = await Promise.all([
        import('./import-preview'),
        loadCounty(),
        file.arrayBuffer(),
      ]);
      const base = dataset.peek() ?? data;
      const result = await previewImport({ name: file.name, bytes: new Uint8Array(buffer) }, base, {
        crs,
        county,
        onProgress: async (done, total) => {
          if (run.current === mine) setBusy({ file: file.name, done, total });
          await nextPaint();
        },
      });
      if (run.current !== mine) return;
      setPreview({ preview: result, base });
      if (!result.full) importNotice.value = null;
    } catch {
      if (run.current === mine)
        importNotice.value = { key: 'import.notice.readFailed', params: { file: file.name }, tone: 'error' };
    } finally {
      if (run.current === mine) setBusy(null);
    }
  };

  const onFiles = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) void readFile(file);
  };

  const apply = async (skipping: boolean) => {
    if (!preview) return;
    const next = skipping ? preview.preview.skipping : preview.preview.full;
    if (!next) return;
    // A preview checked against other data than the data in use now is not applied: check again.
    if (preview.base !== dataset.peek()) {
      setPreview(null);
      return;
    }
    setPreview(null);
    await applyDataset(next, preview.preview.fileName, preview.preview.kind ?? 'projects');
  };

  const discard = () => {
    if (preview) importNotice.value = { key: 'import.notice.rejected', params: { file: preview.preview.fileName }, tone: 'info' };
    setPreview(null);
  };

  const stored = storedDatasets.value;
  const notice = importNotice.value;
  const p = preview?.preview ?? null;
  const errors = p ? p.issues.filter((i) => i.severity === 'error').length : 0;
  const warnings = p ? p.issues.filter((i) => i.severity === 'warning').length : 0;
  const kindLabel = (k: ImportPreview['kind']): string => (k ? t(`import.kind.${k}` as MessageKey) : '—');

  return (
    <section class="data-panel" aria-labelledby="data-panel-heading" data-testid="data-panel">
      <h2 id="data-panel-heading" class="data-panel__heading">
        {t('import.heading')}
      </h2>
      <p class="data-panel__intro">{t('import.intro')}</p>

      <div class="data-panel__status" data-testid="data-status">
        <strong>{t('import.status.heading')}：</strong>
        {stored.current
          ? t('import.status.imported', { sources: stored.current.sources.join('、') })
          : t('import.status.builtin')}
        <br />
        {t('import.status.counts', {
          sites: data.sites.length,
          projects: data.projects.length,
          reports: data.progressReports?.length ?? 0,
        })}
      </div>

      <div aria-live="polite" class="data-panel__live">
        {notice && (
          <p class={`data-panel__notice data-panel__notice--${notice.tone}`} data-testid="data-notice">
            {t(notice.key, notice.params)}
          </p>
        )}
      </div>

      <label class="data-panel__crs">
        {t('import.crs.label')}
        <select
          value={crs}
          onChange={(e) => setCrs((e.currentTarget as HTMLSelectElement).value as Crs)}
          data-testid="import-crs"
        >
          {CRS_OPTIONS.map((c) => (
            <option key={c} value={c}>
              {t(`import.crs.${c}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>

      <div
        class={`data-panel__drop${dragging ? ' data-panel__drop--over' : ''}`}
        data-testid="import-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          onFiles(e.dataTransfer?.files);
        }}
      >
        <p>{t('import.drop.label')}</p>
        <label class="data-panel__file">
          <input
            ref={input}
            type="file"
            accept={ACCEPT}
            data-testid="import-file"
            onChange={(e) => {
              const target = e.currentTarget as HTMLInputElement;
              onFiles(target.files);
              // The same file can be chosen again after a fix.
              target.value = '';
            }}
          />
          <span>{t('import.drop.choose')}</span>
        </label>
        <p class="data-panel__hint">{t('import.drop.hint')}</p>
      </div>

      {busy && (
        <div class="data-panel__busy" data-testid="import-progress">
          <p>{t('import.progress', { file: busy.file })}</p>
          {busy.total > 0 ? (
            <progress max={busy.total} value={busy.done} aria-label={t('import.progressLabel')} />
          ) : (
            <progress aria-label={t('import.progressLabel')} />
          )}
        </div>
      )}

      {p && (
        <section
          class="data-panel__preview"
          aria-labelledby="import-preview-heading"
          data-testid="import-preview"
          data-kind={p.kind ?? ''}
        >
          <h3 id="import-preview-heading">{t('import.preview.heading', { file: p.fileName })}</h3>
          <p data-testid="import-summary">
            {t('import.preview.summary', { kind: kindLabel(p.kind), count: p.rowCount, bad: p.badCount, warnings })}
          </p>
          {p.encoding && (
            <p class="data-panel__hint">
              {t('import.preview.encoding', {
                encoding: p.encoding === 'gb18030' ? 'GBK / GB18030' : p.encoding === 'utf-8-bom' ? 'UTF-8 (BOM)' : 'UTF-8',
              })}
            </p>
          )}

          <h4>{t('import.issues.heading', { count: p.issues.length + p.moreIssues })}</h4>
          {p.issues.length === 0 ? (
            <p data-testid="import-no-issues">{t('import.issues.none')}</p>
          ) : (
            <div class="data-panel__scroll">
              <table class="data-panel__issues" data-testid="import-issues">
                <thead>
                  <tr>
                    <th scope="col">{t('import.issues.where')}</th>
                    <th scope="col">{t('import.issues.problem')}</th>
                  </tr>
                </thead>
                <tbody>
                  {p.issues.map((issue, i) => (
                    <tr key={i} class={`data-panel__issue--${issue.severity}`} data-code={issue.code}>
                      <td>{issueLocation(issue, lang.value, p.fileName)}</td>
                      <td>{issueMessage(issue, lang.value)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {p.moreIssues > 0 && <p>{t('import.issues.more', { count: p.moreIssues, max: p.issues.length })}</p>}

          {p.rows.length > 0 && (
            <>
              <div class="data-panel__scroll" tabIndex={0} role="region" aria-label={t('import.preview.tableLabel')}>
                <table class="data-panel__rows" data-testid="import-rows">
                  <thead>
                    <tr>
                      <th scope="col">{t('import.preview.row')}</th>
                      <th scope="col">{t('import.preview.status')}</th>
                      {p.columns.map((c, i) => (
                        <th scope="col" key={i}>
                          {c}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {p.rows.map((row) => (
                      <tr key={row.row} class={`data-panel__row--${row.status}`}>
                        <th scope="row">{row.row}</th>
                        <td>
                          {t(
                            row.status === 'ok'
                              ? 'import.preview.ok'
                              : row.status === 'bad'
                                ? 'import.preview.bad'
                                : 'import.preview.warn',
                          )}
                        </td>
                        {row.cells.map((cell, i) => (
                          <td key={i}>{cell}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {p.rowCount > p.rows.length && (
                <p class="data-panel__hint">{t('import.preview.shown', { shown: p.rows.length })}</p>
              )}
            </>
          )}

          <div class="data-panel__actions">
            {p.full ? (
              <button type="button" class="primary" onClick={() => void apply(false)} data-testid="import-apply">
                {t('import.action.apply')}
              </button>
            ) : p.skipping && errors > 0 ? (
              <div class="data-panel__skip">
                <label>
                  <input
                    type="checkbox"
                    checked={skipChosen}
                    onChange={(e) => setSkipChosen((e.currentTarget as HTMLInputElement).checked)}
                    data-testid="import-skip-confirm"
                  />
                  {t('import.action.skipConfirm', { bad: p.badCount })}
                </label>
                <button type="button" disabled={!skipChosen} onClick={() => void apply(true)} data-testid="import-apply-skipping">
                  {t('import.action.applySkipping', { good: p.goodCount })}
                </button>
              </div>
            ) : (
              <p class="data-panel__blocked" data-testid="import-blocked">
                {t('import.action.blocked')}
              </p>
            )}
            <button type="button" onClick={discard} data-testid="import-discard">
              {t('import.action.discard')}
            </button>
          </div>
        </section>
      )}

      <div class="data-panel__actions">
        <button type="button" onClick={() => void restorePrevious()} disabled={!stored.previous} data-testid="import-restore">
          {t('import.action.restore')}
        </button>
        <button type="button" onClick={() => void resetToBuiltin()} data-testid="import-reset">
          {t('import.action.reset')}
        </button>
      </div>

      <h3 class="data-panel__subheading">{t('import.templates.heading')}</h3>
      <p class="data-panel__hint">{t('import.templates.note')}</p>
      <div class="data-panel__downloads">
        <button
          type="button"
          onClick={() =>
            downloadBlob(new Blob([projectsCsv([exampleProject(data)])], { type: CSV_TYPE }), 'projects-template.csv')
          }
        >
          {t('import.templates.projectsCsv')}
        </button>
        <button type="button" onClick={() => void downloadXlsx('projects', data, true, 'projects-template.xlsx')}>
          {t('import.templates.projectsXlsx')}
        </button>
        <button
          type="button"
          onClick={() =>
            downloadBlob(new Blob([reportsCsv(templateRows(data).reports)], { type: CSV_TYPE }), 'progress-reports-template.csv')
          }
        >
          {t('import.templates.reportsCsv')}
        </button>
        <button type="button" onClick={() => void downloadXlsx('reports', data, true, 'progress-reports-template.xlsx')}>
          {t('import.templates.reportsXlsx')}
        </button>
        <button
          type="button"
          onClick={() => downloadBlob(new Blob([projectsCsv(data.projects)], { type: CSV_TYPE }), 'projects.csv')}
          data-testid="export-projects-csv"
        >
          {t('import.export.projectsCsv')}
        </button>
        <button type="button" onClick={() => void downloadXlsx('projects', data, false, 'projects.xlsx')}>
          {t('import.export.projectsXlsx')}
        </button>
        <button
          type="button"
          onClick={() =>
            downloadBlob(new Blob([reportsCsv(data.progressReports ?? [])], { type: CSV_TYPE }), 'progress-reports.csv')
          }
        >
          {t('import.export.reportsCsv')}
        </button>
        <button
          type="button"
          onClick={() => downloadBlob(new Blob([sitesGeoJson(data.sites)], { type: 'application/geo+json' }), 'sites.geojson')}
        >
          {t('import.export.sites')}
        </button>
      </div>

      <BasemapFilePanel />
    </section>
  );
}
