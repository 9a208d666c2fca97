import { useEffect, useMemo, useState } from 'preact/hooks';
import type { BuiltinData } from '../data/builtin-data';
import { LANGS, lang, t } from '../i18n/i18n';
import { appMode, selectedSiteId } from '../state/app-state';
import { dataset } from '../state/data-state';
import { AssumptionsPanel } from './assumptions-panel';
import { ChartsDock } from './charts-dock';
import { Legend } from './legend';
import { MapView } from './map-view';
import { SidebarTabs, type Tab } from './sidebar-tabs';
import { SiteList } from './site-list';
import { SitePanel } from './site-panel';
import { LazyComponent } from './lazy-component';
import { ScenariosPanel } from './scenarios-panel';
import { enterPresentation } from '../present/present-entry';
import { TimeBar } from './time-bar';
import { hasRegisterParams } from '../register/register-url-keys';
import { scenarioNotice } from '../scenarios/scenario-notice';
import { NoticeView } from './scenario-notice-view';

const loadDataPanel = () => import('../import/data-panel').then((m) => m.DataPanel);
const loadRegister = () => import('../register/register-panel').then((m) => m.RegisterPanel);
const loadPresentation = () => import('../present/presentation-mode').then((m) => m.PresentationMode);

type SidebarTab = 'sites' | 'register' | 'assumptions' | 'scenarios' | 'data';

/** The explore layout: header, illustrative-data notice, sidebar tabs, map with time bar, results. */
export function App() {
  const data = dataset.value;
  if (!data) return null;
  return <AppFor data={data} />;
}

function AppFor({ data }: { data: BuiltinData }) {
  const clusters = useMemo(() => new Map(data.clusters.map((c) => [c.id, c])), [data]);
  const siteNames = useMemo(() => data.sites.map((s) => s.properties), [data]);
  const countySeat = data.places.find((p) => p.properties.kind === 'county-seat');
  const selected = data.sites.find((s) => s.properties.id === selectedSiteId.value);
  // A link that carries a register filter opens the register.
  const [tab, setTab] = useState<SidebarTab>(() => (hasRegisterParams(location.search) ? 'register' : 'sites'));

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && selectedSiteId.value !== null) {
        // Focus goes back to the site that was open, where a keyboard user left the list.
        const closed = selectedSiteId.value;
        selectedSiteId.value = null;
        document.querySelector<HTMLElement>(`#site-list button[data-site-id="${CSS.escape(closed)}"]`)?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // A site selected on the map (or by a link) is shown in the sites tab.
  useEffect(() => {
    if (selected) setTab('sites');
  }, [selected]);

  const tabs: Tab<SidebarTab>[] = [
    {
      id: 'sites',
      label: 'explorer.tab.sites',
      render: () => (
        <>
          {selected ? <SitePanel site={selected} clusters={clusters} countySeat={countySeat} /> : null}
          <SiteList sites={data.sites} clusters={clusters} />
        </>
      ),
    },
    { id: 'register', label: 'explorer.tab.register', render: () => <LazyComponent load={loadRegister} props={{}} /> },
    { id: 'assumptions', label: 'explorer.tab.assumptions', render: () => <AssumptionsPanel /> },
    { id: 'scenarios', label: 'explorer.tab.scenarios', render: () => <ScenariosPanel /> },
    { id: 'data', label: 'import.heading', render: () => <LazyComponent load={loadDataPanel} props={{}} /> },
  ];

  // The switch steps through the registered languages in turn (with two, it toggles).
  const otherLang = LANGS[(LANGS.indexOf(lang.value) + 1) % LANGS.length] ?? lang.value;

  if (appMode.value === 'present') {
    return (
      <div class="app app--present" data-mode="present">
        <main class="present-stage">
          <MapView data={data} />
          <LazyComponent load={loadPresentation} props={{ data }} />
        </main>
      </div>
    );
  }
  if (appMode.value === 'embed') {
    // An iframe tile: the map, the month and the site panel; the host page supplies the rest.
    return (
      <div class="app app--embed" data-mode="embed">
        <main class="workspace">
          <div class="map-area">
            <MapView data={data} />
            {selected && (
              <div class="embed-panel" data-map-overlay>
                <SitePanel site={selected} clusters={clusters} countySeat={countySeat} />
              </div>
            )}
          </div>
          <TimeBar />
        </main>
      </div>
    );
  }
  return (
    <div class="app" data-mode="explore">
      <a class="skip-link" href="#site-list">
        {t('app.skipToList')}
      </a>
      <header class="app-header">
        <h1>{t('app.title')}</h1>
        {/* Before the language switch with an auto margin: the header spreads its items, these two stay together on the right. */}
        <button
          type="button"
          class="lang-switch"
          style={{ marginLeft: 'auto' }}
          title={t('present.enterTitle')}
          onClick={enterPresentation}
          data-testid="enter-presentation"
        >
          {t('present.enter')}
        </button>
        <button
          type="button"
          class="lang-switch"
          lang={otherLang}
          aria-label={t('lang.switchLabel')}
          onClick={() => (lang.value = otherLang)}
          data-testid="lang-switch"
        >
          {t('lang.switch')}
        </button>
      </header>
      <p class="notice" role="note" data-testid="illustrative-notice">
        {t('notice.illustrative')}
      </p>
      {tab !== 'scenarios' && <AppNotice />}
      <main class={tab === 'register' ? 'app-main app-main--wide' : 'app-main'}>
        <aside class="sidebar">
          <SidebarTabs tabs={tabs} active={tab} onSelect={setTab} />
        </aside>
        <div class="workspace workspace--with-results">
          <div class="map-area">
            <MapView data={data} />
            <Legend clusters={data.clusters} />
          </div>
          <TimeBar />
          <ChartsDock clusters={data.clusters} sites={siteNames} />
        </div>
      </main>
    </div>
  );
}

/** The scenario notice (e.g. a damaged share link) where the user is, while the scenarios tab is closed. */
function AppNotice() {
  const notice = scenarioNotice.value;
  if (!notice) return null;
  return (
    <div class="app-notice" data-testid="app-notice">
      <NoticeView notice={notice} onDismiss={() => (scenarioNotice.value = null)} />
    </div>
  );
}
