import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SimulatorData } from '../../workers/model/model-data';
import type { SimulationResult } from '../../workers/model/result-types';
import type { ParamsContext } from '../../workers/model/validate-params';
import { formatMoney, formatPercent } from '../shared/money-format';
import { lang, t, type MessageKey } from '../i18n/i18n';
import { compareResults, type CompareMetricId, type CompareRow } from '../scenarios/compare';
import { buildCompareChart } from '../scenarios/compare-chart';
import { ChartCanvas } from '../charts/chart-canvas';
import { createCompareRunner, type RunScenario } from '../scenarios/compare-runner';
import { downloadBlob, safeFileName } from '../shared/download';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { PrintFormat } from '../scenarios/print-export';
import { resultsToCsv } from '../scenarios/results-csv';
import { parseScenarioText, scenarioFileJson } from '../scenarios/scenario-file';
import type { ScenarioIssue } from '../scenarios/scenario-issues';
import { scenarioNotice, type ScenarioNotice } from '../scenarios/scenario-notice';
import { NoticeView } from './scenario-notice-view';
import { createScenarioStore, type SavedScenario, type StoreNotice, type StoreState } from '../scenarios/scenario-store';
import { shareUrl } from '../scenarios/share-link';
import { mapInstance } from '../state/app-state';
import { dataset, simulatorDataOf } from '../state/data-state';
import { currentResult, monteCarloResult, scenarioName, scenarioParams, sensitivityResult } from '../state/scenario-state';
import './scenarios-panel.css';

export interface ScenariosPanelProps {
  /**
   * The dataset the simulator runs on (default: the shared `dataset` signal): its site and cluster ids
   * validate every scenario coming in, and compare runs use it.
   */
  simulatorData?: SimulatorData;
  /** The live map for the map export (default: the shared `mapInstance`); the export shows only while there is one. */
  getMap?: () => MapLibreMap | null;
  /** Where saved scenarios live (default: localStorage; null when the browser denies storage). */
  storage?: Storage | null;
  /** Runs a saved scenario for the compare view (default: a worker of its own, Monte Carlo). */
  runScenario?: RunScenario;
}

/** The formats of src/scenarios/print-export.ts, listed here so the panel does not load that module. */
const PRINT_FORMAT_IDS: readonly PrintFormat[] = ['png-2x', 'png-3x', 'pdf-a4', 'pdf-a3'];

const STORE_NOTICE_KEYS: Record<StoreNotice['kind'], MessageKey> = {
  'corrupt-json': 'scenarios.notice.corruptStore',
  'wrong-version': 'scenarios.notice.wrongVersion',
  'dropped-entries': 'scenarios.notice.droppedEntries',
  unavailable: 'scenarios.notice.storageUnavailable',
  'write-failed': 'scenarios.notice.writeFailed',
  'invalid-name': 'scenarios.notice.invalidName',
  'not-found': 'scenarios.notice.notFound',
};

function storeNotice(notice: StoreNotice): ScenarioNotice {
  const values: Record<string, string | number> = {};
  if (notice.kind === 'dropped-entries') Object.assign(values, { dropped: notice.dropped, kept: notice.kept });
  if (notice.kind === 'wrong-version') values['version'] = notice.version;
  return {
    tone: notice.kind === 'invalid-name' || notice.kind === 'not-found' || notice.kind === 'write-failed' ? 'error' : 'info',
    message: { key: STORE_NOTICE_KEYS[notice.kind], values },
  };
}

function defaultStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be disabled by policy (intranet browsers, private modes); the store reports it.
    return null;
  }
}

const METRIC_KEYS: Record<CompareMetricId, MessageKey> = {
  investmentTargetYear: 'scenarios.metric.investmentTargetYear',
  grossOutputTargetYear: 'scenarios.metric.grossOutputTargetYear',
  gdpGrowthTargetYear: 'scenarios.metric.gdpGrowthTargetYear',
  probabilityReachTarget: 'scenarios.metric.probabilityReachTarget',
  cumulativeInvestmentHorizon: 'scenarios.metric.cumulativeInvestmentHorizon',
};

function formatValue(row: CompareRow, value: number | null): string {
  if (value === null) return '—';
  if (row.unit === 'wan') return formatMoney(value, lang.value);
  return formatPercent(row.unit === 'share' ? value * 100 : value);
}

function formatDelta(row: CompareRow): string {
  if (row.delta === null) return '—';
  const sign = row.delta > 0 ? '+' : '';
  if (row.unit === 'wan') return `${sign}${formatMoney(row.delta, lang.value)}`;
  const points = row.unit === 'share' ? row.delta * 100 : row.delta;
  return `${sign}${formatPercent(points).replace('%', '')} ${t('scenarios.pp')}`;
}

function CompareChart({
  a,
  b,
}: {
  a: { name: string; result: SimulationResult };
  b: { name: string; result: SimulationResult };
}) {
  const language = lang.value;
  const option = useMemo(() => buildCompareChart(a, b, language, t('scenarios.chartTitle')), [a, b, language]);
  return (
    <ChartCanvas option={option} class="scenarios-compare__chart" label={t('scenarios.chartLabel', { a: a.name, b: b.name })} />
  );
}

type CompareState =
  | { status: 'idle' }
  | { status: 'running' }
  | {
      status: 'done';
      a: { name: string; result: SimulationResult };
      b: { name: string; result: SimulationResult };
      rows: CompareRow[];
    }
  | { status: 'failed'; message: string };

function CompareView({ state }: { state: CompareState }) {
  if (state.status === 'idle') return null;
  if (state.status === 'running') return <p role="status">{t('scenarios.comparing')}</p>;
  if (state.status === 'failed') return <p role="alert">{t('scenarios.compareFailed', { message: state.message })}</p>;
  return (
    <div class="scenarios-compare">
      <div class="scenarios-compare__scroll">
        <table class="scenarios-compare__table" data-testid="compare-table">
          <caption>{t('scenarios.compareCaption', { a: state.a.name, b: state.b.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('scenarios.metric')}</th>
              <th scope="col" title={state.a.name}>
                A
              </th>
              <th scope="col" title={state.b.name}>
                B
              </th>
              <th scope="col">{t('scenarios.delta')}</th>
            </tr>
          </thead>
          <tbody>
            {state.rows.map((row) => (
              <tr key={row.id} data-metric={row.id}>
                <th scope="row">{t(METRIC_KEYS[row.id])}</th>
                <td>{formatValue(row, row.a)}</td>
                <td>{formatValue(row, row.b)}</td>
                <td data-delta={row.delta ?? ''}>
                  {formatDelta(row)}
                  {row.deltaPct !== null && (
                    <small class="scenarios-compare__pct" aria-label={t('scenarios.deltaPct')}>
                      {`${row.deltaPct > 0 ? '+' : ''}${formatPercent(row.deltaPct)}`}
                    </small>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CompareChart a={state.a} b={state.b} />
    </div>
  );
}

function ScenarioItem(props: {
  scenario: SavedScenario;
  selected: boolean;
  onToggleCompare: () => void;
  onLoad: () => void;
  onRename: (name: string) => void;
  onDuplicate: () => void;
  onDelete: () => void;
}) {
  const { scenario } = props;
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm-delete'>('view');
  const [draft, setDraft] = useState(scenario.name);
  const date = new Date(scenario.updatedAt).toLocaleString(lang.value, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <li class="scenario-item" data-scenario-id={scenario.id}>
      <label class="scenario-item__compare">
        <input
          type="checkbox"
          checked={props.selected}
          onChange={props.onToggleCompare}
          aria-label={t('scenarios.compareSelect', { name: scenario.name })}
        />
      </label>
      {mode === 'rename' ? (
        <form
          class="scenario-item__rename"
          onSubmit={(event) => {
            event.preventDefault();
            props.onRename(draft);
            setMode('view');
          }}
        >
          <input
            value={draft}
            maxLength={80}
            aria-label={t('scenarios.renameLabel', { name: scenario.name })}
            onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit">{t('scenarios.renameSave')}</button>
          <button type="button" onClick={() => setMode('view')}>
            {t('scenarios.cancel')}
          </button>
        </form>
      ) : (
        <span class="scenario-item__name">
          {scenario.name}
          <small>{date}</small>
        </span>
      )}
      {mode === 'confirm-delete' ? (
        <span class="scenario-item__actions" role="group" aria-label={t('scenarios.deleteConfirm', { name: scenario.name })}>
          <span>{t('scenarios.deleteConfirm', { name: scenario.name })}</span>
          <button type="button" class="danger" data-action="confirm-delete" onClick={props.onDelete}>
            {t('scenarios.deleteYes')}
          </button>
          <button type="button" onClick={() => setMode('view')}>
            {t('scenarios.cancel')}
          </button>
        </span>
      ) : (
        mode === 'view' && (
          <span class="scenario-item__actions">
            <button type="button" data-action="load" onClick={props.onLoad}>
              {t('scenarios.load')}
            </button>
            <button
              type="button"
              data-action="rename"
              onClick={() => {
                setDraft(scenario.name);
                setMode('rename');
              }}
            >
              {t('scenarios.rename')}
            </button>
            <button type="button" data-action="duplicate" onClick={props.onDuplicate}>
              {t('scenarios.duplicate')}
            </button>
            <button type="button" data-action="delete" onClick={() => setMode('confirm-delete')}>
              {t('scenarios.delete')}
            </button>
          </span>
        )
      )}
    </li>
  );
}

/**
 * Saved scenarios and the doors in and out: save / load / rename / duplicate / delete, compare two,
 * share link, scenario JSON export and import, results CSV, map PNG. Talks to the rest of the app
 * only through the scenario state signals.
 */
export function ScenariosPanel({
  simulatorData: given,
  getMap = () => mapInstance.value,
  storage,
  runScenario,
}: ScenariosPanelProps) {
  const shared = dataset.value;
  const simulatorData = useMemo(() => given ?? (shared ? simulatorDataOf(shared) : null), [given, shared]);
  // Before a dataset exists no site or cluster id is known, so scenarios naming one are refused.
  const context: ParamsContext = useMemo(
    () => ({ siteIds: simulatorData?.siteIds ?? [], clusterIds: simulatorData?.clusterIds ?? [] }),
    [simulatorData],
  );
  const store = useMemo(
    () => createScenarioStore(storage === undefined ? defaultStorage() : storage, context),
    [storage, context],
  );
  const [scenarios, setScenarios] = useState<SavedScenario[]>([]);
  const [name, setName] = useState(scenarioName.peek());
  const [selected, setSelected] = useState<string[]>([]);
  const [compare, setCompare] = useState<CompareState>({ status: 'idle' });
  const [manualLink, setManualLink] = useState<string | null>(null);
  const runner = useMemo(
    () => (runScenario || !simulatorData ? null : createCompareRunner(simulatorData)),
    [runScenario, simulatorData],
  );
  useEffect(() => () => runner?.dispose(), [runner]);

  const apply = <S extends StoreState>(state: S): S => {
    setScenarios(state.scenarios);
    setSelected((ids) => ids.filter((id) => state.scenarios.some((s) => s.id === id)));
    if (state.notice) scenarioNotice.value = storeNotice(state.notice);
    return state;
  };

  useEffect(() => {
    apply(store.list());
  }, [store]);

  // The name field follows a scenario loaded elsewhere (preset, share link).
  // Only on a change: on mount the field already holds it, and the effect (which runs after paint)
  // must not wipe what the user typed in the meantime.
  const liveName = scenarioName.value;
  const seenName = useRef(liveName);
  useEffect(() => {
    if (seenName.current === liveName) return;
    seenName.current = liveName;
    setName(liveName);
  }, [liveName]);

  const info = (key: MessageKey, values?: Record<string, string | number>) =>
    (scenarioNotice.value = { tone: 'info', message: { key, values } });
  const error = (key: MessageKey, values?: Record<string, string | number>, details?: ScenarioIssue[]) =>
    (scenarioNotice.value = { tone: 'error', message: { key, values }, details });

  const currentName = () => name.trim() || scenarioName.peek().trim() || t('scenarios.untitled');

  const save = (event: Event) => {
    event.preventDefault();
    const state = apply(store.save(currentName(), scenarioParams.peek()));
    if (state.saved) {
      scenarioName.value = state.saved.name;
      info('scenarios.notice.saved', { name: state.saved.name });
    }
  };

  const load = (scenario: SavedScenario) => {
    scenarioParams.value = structuredClone(scenario.params);
    scenarioName.value = scenario.name;
    info('scenarios.notice.loaded', { name: scenario.name });
  };

  const runCompare = async () => {
    const [a, b] = selected.map((id) => scenarios.find((s) => s.id === id));
    const run = runScenario ?? runner?.run;
    if (!a || !b || !run) return;
    setCompare({ status: 'running' });
    try {
      const ra = await run(a.params);
      const rb = await run(b.params);
      setCompare({
        status: 'done',
        a: { name: a.name, result: ra },
        b: { name: b.name, result: rb },
        rows: compareResults(ra, rb),
      });
    } catch (e) {
      setCompare({ status: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };

  const exportJson = () => {
    const fileName = `${safeFileName(currentName())}.scenario.json`;
    downloadBlob(
      new Blob([scenarioFileJson(currentName(), scenarioParams.peek(), new Date())], { type: 'application/json' }),
      fileName,
    );
  };

  const importJson = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared so that picking the same file again (after fixing it) fires a change event.
    input.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      error('scenarios.notice.importFailed', { file: file.name }, [{ key: 'scenarios.issue.notJson' }]);
      return;
    }
    const parsed = parseScenarioText(text, context);
    if (!parsed.ok) {
      error('scenarios.notice.importFailed', { file: file.name }, parsed.issues);
      return;
    }
    scenarioParams.value = parsed.scenario.params;
    scenarioName.value = parsed.scenario.name;
    const state = apply(store.save(parsed.scenario.name, parsed.scenario.params));
    if (!state.notice) info('scenarios.notice.imported', { name: parsed.scenario.name });
  };

  const copyLink = async () => {
    const link = await shareUrl(location.href, scenarioParams.peek(), scenarioName.peek() || name);
    try {
      await navigator.clipboard.writeText(link);
      setManualLink(null);
      info('scenarios.notice.linkCopied');
    } catch {
      // No clipboard permission (plain http on an intranet, or denied): show the link to copy by hand.
      setManualLink(link);
      info('scenarios.notice.linkManual');
    }
  };

  const result = currentResult.value;
  const exportCsv = () => {
    const params = scenarioParams.peek();
    if (!result) return;
    const sensitivity =
      sensitivityResult.peek()?.params === params && monteCarloResult.peek()?.result === result
        ? sensitivityResult.peek()!.sensitivity
        : null;
    const csv = resultsToCsv({ result, params, name: currentName(), sensitivity });
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${safeFileName(currentName())}.${result.mode}.csv`);
    info('scenarios.notice.csvExported', {
      mode: t(result.mode === 'montecarlo' ? 'scenarios.mode.montecarlo' : 'scenarios.mode.expected'),
    });
  };

  const [printFormat, setPrintFormat] = useState<PrintFormat>('png-2x');
  const [printing, setPrinting] = useState(false);
  const exportMap = async () => {
    const map = getMap();
    if (!map) return;
    setPrinting(true);
    try {
      // The print code (sheet, PDF writer) loads only when someone exports.
      const { exportPrint, PRINT_FORMATS } = await import('../scenarios/print-export');
      const blob = await exportPrint(map, printFormat);
      downloadBlob(blob, `${safeFileName(currentName())}.map.${printFormat}.${PRINT_FORMATS[printFormat].kind}`);
    } catch (e) {
      error('scenarios.notice.pngFailed', { message: e instanceof Error ? e.message : String(e) });
    } finally {
      setPrinting(false);
    }
  };

  const notice = scenarioNotice.value;
  return (
    <section class="scenarios-panel" aria-labelledby="scenarios-title" data-testid="scenarios-panel">
      <h2 id="scenarios-title" class="panel-heading">
        {t('scenarios.heading')}
      </h2>
      {notice && <NoticeView notice={notice} onDismiss={() => (scenarioNotice.value = null)} />}

      <form class="scenarios-save" onSubmit={save}>
        <label for="scenario-name">{t('scenarios.nameLabel')}</label>
        <div class="scenarios-row">
          <input
            id="scenario-name"
            data-testid="scenario-name-input"
            value={name}
            maxLength={80}
            placeholder={t('scenarios.untitled')}
            onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" data-testid="scenario-save">
            {t('scenarios.save')}
          </button>
        </div>
      </form>

      <div class="scenarios-actions" role="group" aria-label={t('scenarios.exportGroup')}>
        <button type="button" data-testid="share-link" onClick={() => void copyLink()}>
          {t('scenarios.shareLink')}
        </button>
        <button type="button" data-testid="export-json" onClick={exportJson}>
          {t('scenarios.exportJson')}
        </button>
        <label class="scenarios-file">
          <input
            type="file"
            accept=".json,application/json"
            data-testid="import-json"
            onChange={(e) => void importJson(e.currentTarget as HTMLInputElement)}
          />
          <span>{t('scenarios.importJson')}</span>
        </label>
        <button
          type="button"
          data-testid="export-csv"
          disabled={!result}
          title={result ? undefined : t('scenarios.csvWaiting')}
          onClick={exportCsv}
        >
          {t('scenarios.exportCsv')}
        </button>
        {getMap() && (
          <span class="scenarios-print">
            <select
              aria-label={t('scenarios.exportFormatLabel')}
              data-testid="export-map-format"
              value={printFormat}
              onChange={(e) => setPrintFormat((e.currentTarget as HTMLSelectElement).value as PrintFormat)}
            >
              {PRINT_FORMAT_IDS.map((id) => (
                <option key={id} value={id}>
                  {t(`scenarios.exportFormat.${id}`)}
                </option>
              ))}
            </select>
            <button type="button" data-testid="export-map" disabled={printing} onClick={() => void exportMap()}>
              {t('scenarios.exportMap')}
            </button>
          </span>
        )}
      </div>
      {manualLink && (
        <p class="scenarios-manual-link">
          <label>
            {t('scenarios.linkLabel')}
            <input
              readOnly
              value={manualLink}
              data-testid="share-link-text"
              onFocus={(e) => (e.currentTarget as HTMLInputElement).select()}
            />
          </label>
        </p>
      )}

      <h3 class="scenarios-subheading">{t('scenarios.listHeading')}</h3>
      {scenarios.length === 0 ? (
        <p class="hint" data-testid="scenario-list-empty">
          {t('scenarios.empty')}
        </p>
      ) : (
        <p class="hint">{t('scenarios.compareHint')}</p>
      )}
      <ul class="scenario-list" data-testid="scenario-list">
        {scenarios.map((s) => (
          <ScenarioItem
            key={s.id}
            scenario={s}
            selected={selected.includes(s.id)}
            // Keeps the two most recent picks: a third pick replaces the oldest.
            onToggleCompare={() =>
              setSelected((ids) => (ids.includes(s.id) ? ids.filter((id) => id !== s.id) : [...ids, s.id].slice(-2)))
            }
            onLoad={() => load(s)}
            onRename={(newName) => {
              const state = apply(store.rename(s.id, newName));
              if (!state.notice) info('scenarios.notice.renamed', { name: newName.trim() });
            }}
            onDuplicate={() => apply(store.duplicate(s.id, t('scenarios.copyName', { name: s.name }).slice(0, 80)))}
            onDelete={() => {
              const state = apply(store.remove(s.id));
              if (!state.notice) info('scenarios.notice.deleted', { name: s.name });
            }}
          />
        ))}
      </ul>
      <button
        type="button"
        data-testid="scenario-compare"
        disabled={selected.length !== 2 || compare.status === 'running'}
        onClick={() => void runCompare()}
      >
        {t('scenarios.compare')}
      </button>
      <CompareView state={compare} />
    </section>
  );
}
