import type { Cluster, ClusterGroup } from '../data/cluster-schema';
import { localText, t } from '../i18n/i18n';
import { PLACE_COLORS } from '../map/layers/place-layers';
import { ClusterSwatch } from './cluster-swatch';

const GROUPS: ClusterGroup[] = ['pillar', 'advantage', 'services'];

/** Collapsible, so it never hides the map on a small screen. The legend reads the same colour constants as the map layers, so the two cannot drift apart. */
export function Legend({ clusters }: { clusters: readonly Cluster[] }) {
  return (
    // Open by default only where it leaves the map enough room.
    <details class="legend" open={typeof window !== 'undefined' && window.innerHeight >= 1000 && window.innerWidth > 900}>
      <summary class="legend__title">{t('legend.heading')}</summary>
      {GROUPS.map((group) => (
        <div key={group} class="legend__group">
          <h3>{t(`cluster.group.${group}`)}</h3>
          <ul>
            {clusters
              .filter((c) => c.group === group)
              .map((cluster) => (
                <li key={cluster.id}>
                  <ClusterSwatch cluster={cluster} />
                  {localText(cluster.name)}
                </li>
              ))}
          </ul>
        </div>
      ))}
      <ul class="legend__places">
        <li>
          <span class="dot" style={{ backgroundColor: PLACE_COLORS['county-seat'] }} aria-hidden="true" />
          {t('legend.countySeat')}
        </li>
        <li>
          <span class="dot" style={{ backgroundColor: PLACE_COLORS.city }} aria-hidden="true" />
          {t('legend.city')}
        </li>
        <li>
          <span class="dot" style={{ backgroundColor: PLACE_COLORS.airport }} aria-hidden="true" />
          {t('legend.airport')}
        </li>
        <li>
          <span class="swatch swatch--dashed swatch--empty" aria-hidden="true" />
          {t('legend.indicative')}
        </li>
      </ul>
    </details>
  );
}
