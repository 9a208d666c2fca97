import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { Cluster } from '../../data/cluster-schema';
import type { SiteFeature } from '../../data/site-schema';
import { sitesToFeatureCollection } from '../../data/sites';
import { LABEL_FONTS, LOCALISED_NAME, nameLabels } from '../fonts';

export const SITES_SOURCE = 'sites';
/** The layer that receives hover and click for sites. */
export const SITES_FILL_LAYER = 'sites-fill';

export const SITE_COLORS = {
  fallback: '#777777',
  outline: '#1d2733',
  selectedOutline: '#000000',
  label: '#1d2733',
  labelHalo: '#ffffff',
} as const;

/** A site is drawn in the colour of its first lead cluster — the same colour the legend shows. */
export function siteColorExpression(clusters: readonly Cluster[]): ExpressionSpecification {
  const pairs = clusters.flatMap((cluster) => [cluster.id, cluster.color]);
  return ['match', ['at', 0, ['get', 'clusters']], ...pairs, SITE_COLORS.fallback] as unknown as ExpressionSpecification;
}

/** The sites as the map's source holds them: each with its name flattened to `name:LANG` for the label. */
export function siteSourceData(sites: readonly SiteFeature[]) {
  const collection = sitesToFeatureCollection(sites);
  return {
    ...collection,
    features: collection.features.map((site) => ({
      ...site,
      properties: { ...site.properties, ...nameLabels(site.properties.name) },
    })),
  };
}

export function siteSources(sites: readonly SiteFeature[]): Record<string, SourceSpecification> {
  return { [SITES_SOURCE]: { type: 'geojson', data: siteSourceData(sites), promoteId: 'id' } };
}

const isActive: ExpressionSpecification = [
  'any',
  ['boolean', ['feature-state', 'hover'], false],
  ['boolean', ['feature-state', 'selected'], false],
];

export function siteLayers(clusters: readonly Cluster[]): LayerSpecification[] {
  const color = siteColorExpression(clusters);
  return [
    {
      id: SITES_FILL_LAYER,
      type: 'fill',
      source: SITES_SOURCE,
      paint: { 'fill-color': color, 'fill-opacity': ['case', isActive, 0.9, 0.65] },
    },
    {
      id: 'sites-outline',
      type: 'line',
      source: SITES_SOURCE,
      filter: ['!=', ['get', 'provenance'], 'indicative'],
      paint: { 'line-color': SITE_COLORS.outline, 'line-width': ['case', isActive, 2.5, 1.2] },
    },
    {
      // Indicative sites (name and place assumed) are outlined dashed, as the legend explains.
      id: 'sites-outline-indicative',
      type: 'line',
      source: SITES_SOURCE,
      filter: ['==', ['get', 'provenance'], 'indicative'],
      paint: { 'line-color': SITE_COLORS.outline, 'line-width': ['case', isActive, 2.5, 1.5], 'line-dasharray': [2, 1.5] },
    },
    {
      id: 'sites-selected',
      type: 'line',
      source: SITES_SOURCE,
      paint: {
        'line-color': SITE_COLORS.selectedOutline,
        'line-width': 4,
        'line-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 1, 0],
      },
    },
    {
      id: 'sites-label',
      type: 'symbol',
      source: SITES_SOURCE,
      layout: {
        'text-field': LOCALISED_NAME as unknown as string,
        'text-font': LABEL_FONTS,
        'text-size': ['interpolate', ['linear'], ['zoom'], 8, 12, 12, 15],
        'text-max-width': 8,
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.8,
        'text-padding': 2,
      },
      paint: { 'text-color': SITE_COLORS.label, 'text-halo-color': SITE_COLORS.labelHalo, 'text-halo-width': 2 },
    },
  ];
}
