import { useEffect, useMemo } from 'preact/hooks';
import type { BuiltinData } from '../data/builtin-data';
import { LANGS, lang, t } from '../i18n/i18n';
import { selectedSiteId } from '../state/app-state';
import { Legend } from './legend';
import { MapView } from './map-view';
import { SiteList } from './site-list';
import { SitePanel } from './site-panel';

/** The explore layout: header, illustrative-data notice, sidebar (sites or the selected site) and map. */
export function App({ data }: { data: BuiltinData }) {
  const clusters = useMemo(() => new Map(data.clusters.map((c) => [c.id, c])), [data]);
  const countySeat = data.places.find((p) => p.properties.kind === 'county-seat');
  const selected = data.sites.find((s) => s.properties.id === selectedSiteId.value);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && selectedSiteId.value !== null) {
        selectedSiteId.value = null;
        document.querySelector<HTMLElement>('#site-list button')?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const otherLang = LANGS.find((l) => l !== lang.value) ?? 'en';
  return (
    <div class="app">
      <a class="skip-link" href="#site-list">
        {t('app.skipToList')}
      </a>
      <header class="app-header">
        <h1>{t('app.title')}</h1>
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
      <main class="app-main">
        <aside class="sidebar">
          {selected ? <SitePanel site={selected} clusters={clusters} countySeat={countySeat} /> : null}
          <SiteList sites={data.sites} clusters={clusters} />
        </aside>
        <div class="map-area">
          <MapView data={data} />
          <Legend clusters={data.clusters} />
        </div>
      </main>
    </div>
  );
}
