import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Cluster } from '../data/cluster-schema';
import type { PlaceFeature } from '../data/place-schema';
import type { SiteFeature } from '../data/site-schema';
import { siteMetrics } from '../geo/site-metrics';
import { lang, localText, t } from '../i18n/i18n';
import { selectedSiteId } from '../state/app-state';
import { ClusterSwatch } from './cluster-swatch';

interface Props {
  site: SiteFeature;
  clusters: ReadonlyMap<string, Cluster>;
  countySeat: PlaceFeature | undefined;
}

const format = (value: number, digits: number) =>
  new Intl.NumberFormat(lang.value, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);

/** Details of the selected site. Esc or the close button clears the selection. */
export function SitePanel({ site, clusters, countySeat }: Props) {
  const p = site.properties;
  const metrics = useMemo(() => (countySeat ? siteMetrics(site, countySeat) : undefined), [site, countySeat]);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), [p.id]);

  // Imported sites may carry the note in one language only: localText shows that one rather than nothing.
  const sourceNote = localText(p.source_note);

  return (
    <section class="site-panel" aria-labelledby="site-panel-title" data-testid="site-panel" data-site-id={p.id}>
      <header class="site-panel__header">
        <h2 id="site-panel-title" tabIndex={-1} ref={heading}>
          {localText(p.name)}
        </h2>
        <button type="button" class="icon-button" aria-label={t('site.closeLabel')} onClick={() => (selectedSiteId.value = null)}>
          ×
        </button>
      </header>
      {(p.provenance === 'indicative' || p.geometry_provenance === 'indicative') && (
        <p class="notice notice--inline">
          {p.provenance === 'indicative' ? t('site.provenance.indicative') : t('site.geometry.indicative')}
        </p>
      )}
      <dl class="facts">
        <dt>{t('site.kind')}</dt>
        <dd>{t(`site.kind.${p.kind}`)}</dd>
        <dt>{t('site.provenance')}</dt>
        <dd data-testid="site-provenance">{t(`site.provenance.${p.provenance}`)}</dd>
        <dt>{t('site.town')}</dt>
        <dd>{localText(p.town)}</dd>
        <dt>{t('site.clusters')}</dt>
        <dd>
          <ul class="chips">
            {p.clusters.map((id) => {
              const cluster = clusters.get(id);
              return (
                cluster && (
                  <li key={id} class="chip">
                    <ClusterSwatch cluster={cluster} />
                    {localText(cluster.name)}
                  </li>
                )
              );
            })}
          </ul>
        </dd>
        {metrics && (
          <>
            <dt>{t('site.area')}</dt>
            <dd data-testid="site-area">
              {t('site.areaValue', { ha: format(metrics.areaHa, 1), mu: format(metrics.areaMu, 0) })}
            </dd>
            <dt>{t('site.distance')}</dt>
            <dd data-testid="site-distance">{t('site.distanceValue', { km: format(metrics.distanceKm, 1) })}</dd>
          </>
        )}
        {p.products && p.products.length > 0 && (
          <>
            <dt>{t('site.products')}</dt>
            <dd>{p.products.join('、')}</dd>
          </>
        )}
        {p.rnd_platforms && p.rnd_platforms.length > 0 && (
          <>
            <dt>{t('site.platforms')}</dt>
            <dd>{p.rnd_platforms.join('、')}</dd>
          </>
        )}
        <dt>{t('site.sourceNote')}</dt>
        <dd class="source-note" data-testid="site-source-note">
          {sourceNote}
        </dd>
      </dl>
    </section>
  );
}
