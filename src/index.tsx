/**
 * Composition root: loads the built-in data, restores state from the URL, keeps the document and URL
 * in step with the state, and mounts the UI. It holds no logic of its own.
 */
import { effect } from '@preact/signals';
import { render } from 'preact';
import { loadBuiltinData } from './data/builtin-data';
import { lang, t } from './i18n/i18n';
import { appMode, selectedSiteId } from './state/app-state';
import { basemapChoice, BUILTIN_BASEMAP } from './map/basemaps/basemap-choice';
import { dataset } from './state/data-state';
import { currentMonthIndex, DEFAULT_MONTH_INDEX } from './state/scenario-state';
import { monthIndex, readUrlState, withUrlState } from './state/url-state';
import { startScenarioLinks } from './scenarios/scenario-links';
import { startSimulator } from './sim/scenario-runner';
import { registerServiceWorkerAfterLoad } from './offline/register-service-worker';
import { App } from './ui/app';
import { monthLabel } from './ui/time-bar';
import './styles/app.css';
import { datasetIds } from './data/dataset-ids';
import { startMonthOf } from '../workers/model/calendar';

const root = document.getElementById('app');
if (!root) throw new Error('index.html lacks #app');

try {
  const data = loadBuiltinData();
  const initial = readUrlState(location.search, new Set(datasetIds(data).siteIds));
  if (initial.lang) lang.value = initial.lang;
  if (initial.site) selectedSiteId.value = initial.site;
  if (initial.mode) appMode.value = initial.mode;
  if (initial.basemap) basemapChoice.value = initial.basemap;
  // The simulation starts in January after the base year (data/baseline.json).
  const startMonth = startMonthOf(data.baseline.base_year.value);
  if (initial.month) {
    const index = monthIndex(startMonth, initial.month);
    if (index >= 0 && index < 120) currentMonthIndex.value = index;
  }

  effect(() => {
    document.documentElement.lang = lang.value;
    document.title = t('app.title');
  });
  effect(() => {
    const month = currentMonthIndex.value === DEFAULT_MONTH_INDEX ? null : monthLabel(startMonth, currentMonthIndex.value);
    const href = withUrlState(location.href, {
      site: selectedSiteId.value,
      lang: lang.value === 'zh-CN' ? null : lang.value,
      month,
      basemap: basemapChoice.value === BUILTIN_BASEMAP ? null : basemapChoice.value,
    });
    if (href !== location.href) history.replaceState(history.state, '', href);
  });

  dataset.value = data;
  // Data the planner imported earlier replaces the built-in set as soon as IndexedDB answers.
  void import('./import/dataset-history')
    .then((m) => m.restoreImportedDataset(data))
    .then(({ dataset: saved }) => {
      if (saved) dataset.value = saved;
    });
  startScenarioLinks(window);
  render(<App />, root);

  if (appMode.value === 'embed') void import('./embed/embed-bridge').then((m) => m.startEmbedBridge(data));

  startSimulator();
  // Offline support (production builds only; vite-plugin-pwa writes sw.js).
  if (import.meta.env.PROD) registerServiceWorkerAfterLoad();
} catch (error) {
  root.textContent = '';
  const message = document.createElement('pre');
  message.className = 'fatal-error';
  message.setAttribute('role', 'alert');
  message.textContent = error instanceof Error ? error.message : String(error);
  root.append(message);
  throw error;
}
