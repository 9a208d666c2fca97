import type { Cluster, ClusterGroup } from '../data/cluster-schema';
import { localText, t } from '../i18n/i18n';
import { legendClusters } from '../map/legend-model';
import { PLACE_COLORS } from '../map/layers/place-layers';
import { drawnOnMap } from '../state/map-legend-state';
import { ClusterSwatch } from './cluster-swatch';

const GROUPS: ClusterGroup[] = ['pillar', 'advantage', 'services'];
const PLACE_KEYS = { 'county-seat': 'legend.countySeat', city: 'legend.city', airport: 'legend.airport' } as const;

/**
 * Collapsible, so it never hides the map on a small screen. It lists only what the map draws in
 * view (src/map/legend-sync.ts), in the colours the layers use, so map and legend cannot drift apart.
 */
export function Legend({ clusters }: { clusters: readonly Cluster[] }) {
  const drawn = drawnOnMap.value;
  const shown = legendClusters(clusters, drawn);
  return (
    // Open by default only where it leaves the map enough room.
    <details
      class="legend"
      data-map-overlay
      data-testid="map-legend"
      open={typeof window !== 'undefined' && window.innerHeight >= 1000 && window.innerWidth > 900}
    >
      <summary class="legend__title">{t('legend.heading')}</summary>
      {GROUPS.filter((group) => shown.some((c) => c.group === group)).map((group) => (
        <div key={group} class="legend__group">
          <h3>{t(`cluster.group.${group}`)}</h3>
          <ul>
            {shown
              .filter((c) => c.group === group)
              .map((cluster) => (
                <li key={cluster.id} data-legend-item={`cluster:${cluster.id}`}>
                  <ClusterSwatch cluster={cluster} />
                  {localText(cluster.name)}
                </li>
              ))}
          </ul>
        </div>
      ))}
      <ul class="legend__places">
        {drawn.siteMarkers && (
          <li data-legend-item="site-marker">
            <span class="ring" aria-hidden="true" />
            {t('legend.siteMarker')}
          </li>
        )}
        {drawn.places.map((kind) => (
          <li key={kind} data-legend-item={`place:${kind}`}>
            <span class="dot" style={{ backgroundColor: PLACE_COLORS[kind] }} aria-hidden="true" />
            {t(PLACE_KEYS[kind])}
          </li>
        ))}
        {drawn.indicativeSites && (
          <li data-legend-item="indicative">
            <span class="swatch swatch--dashed swatch--empty" aria-hidden="true" />
            {t('legend.indicative')}
          </li>
        )}
      </ul>
    </details>
  );
}
