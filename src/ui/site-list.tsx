import type { SiteFeature } from '../data/site-schema';
import type { Cluster } from '../data/cluster-schema';
import { localText, t } from '../i18n/i18n';
import { hoveredSiteId, selectedSiteId } from '../state/app-state';
import { ClusterSwatch } from './cluster-swatch';

interface Props {
  sites: readonly SiteFeature[];
  clusters: ReadonlyMap<string, Cluster>;
}

/** The nine sites as buttons: the keyboard path to everything the map's pointer path offers. */
export function SiteList({ sites, clusters }: Props) {
  return (
    <nav aria-label={t('sites.listLabel')} id="site-list">
      <h2 class="panel-heading">{t('sites.heading')}</h2>
      <ul class="site-list">
        {sites.map(({ properties: site }) => {
          const lead = clusters.get(site.clusters[0] ?? '');
          const selected = selectedSiteId.value === site.id;
          return (
            <li key={site.id}>
              <button
                type="button"
                class={`site-list__item${selected ? ' is-selected' : ''}`}
                aria-pressed={selected}
                data-site-id={site.id}
                onClick={() => (selectedSiteId.value = selected ? null : site.id)}
                onMouseEnter={() => (hoveredSiteId.value = site.id)}
                onMouseLeave={() => (hoveredSiteId.value = null)}
                onFocus={() => (hoveredSiteId.value = site.id)}
                onBlur={() => (hoveredSiteId.value = null)}
              >
                {lead && <ClusterSwatch cluster={lead} dashed={site.provenance === 'indicative'} />}
                <span class="site-list__name">{localText(site.name)}</span>
                <span class="site-list__kind">{t(`site.kind.${site.kind}`)}</span>
                {site.provenance === 'indicative' && <span class="badge badge--indicative">{t('notice.illustrativeShort')}</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
