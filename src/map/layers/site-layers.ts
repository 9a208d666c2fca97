import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { Cluster } from '../../data/cluster-schema';
import type { SiteFeature } from '../../data/site-schema';
import { sitesToFeatureCollection } from '../../data/sites';
import { centroid } from '@turf/turf';
import { LABEL_FONTS, nameLabels } from '../fonts';

export const SITES_SOURCE = 'sites';
/** One point per site (its centroid): the marker that keeps a small site visible at county zoom. */
export const SITE_MARKERS_SOURCE = 'site-markers';
/** Label anchors and leader lines, laid out in screen space by src/map/site-callouts.ts. */
export const SITE_CALLOUTS_SOURCE = 'site-callouts';
export const SITE_LABEL_LAYER = 'sites-label';
export const SITE_MARKER_LAYER = 'site-markers';

/** Radius in px of a site marker (12 px is the smallest a site may ever appear). */
export const SITE_MARKER_RADIUS = 7;
/** Site labels: one size at every zoom, so the callout layout can measure them in advance. */
export const SITE_LABEL_SIZE = 13;
/** Zoom from which the site polygons are large enough on their own; markers fade out over it. */
export const MARKER_FADE_ZOOM: readonly [number, number] = [10.5, 11.5];
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

/** The marker points: each site's centroid with the properties the marker is styled by. */
export function siteMarkerData(sites: readonly SiteFeature[]) {
  return {
    type: 'FeatureCollection' as const,
    features: sites.map((site) => ({
      ...centroid(site),
      properties: { id: site.properties.id, clusters: site.properties.clusters },
    })),
  };
}

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

export function siteSources(sites: readonly SiteFeature[]): Record<string, SourceSpecification> {
  return {
    [SITES_SOURCE]: { type: 'geojson', data: siteSourceData(sites), promoteId: 'id' },
    [SITE_MARKERS_SOURCE]: { type: 'geojson', data: siteMarkerData(sites), promoteId: 'id' },
    [SITE_CALLOUTS_SOURCE]: { type: 'geojson', data: EMPTY },
  };
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
  ];
}

/**
 * Markers and labels, drawn above the project circles so that no bubble ever hides a site or its
 * name. The labels sit at anchors the callout layout chose (text, anchor and leader line come with
 * the data); MapLibre's own collision check stays on, so a label is only drawn where it fits.
 */
export function siteMarkerLayers(clusters: readonly Cluster[]): LayerSpecification[] {
  const color = siteColorExpression(clusters);
  const fade = (from: number) =>
    ['interpolate', ['linear'], ['zoom'], MARKER_FADE_ZOOM[0], from, MARKER_FADE_ZOOM[1], 0] as unknown as number;
  return [
    {
      // A ring, not a disc: the site's own shape and the county-seat dot stay visible inside it.
      id: SITE_MARKER_LAYER,
      type: 'circle',
      source: SITE_MARKERS_SOURCE,
      maxzoom: MARKER_FADE_ZOOM[1],
      paint: {
        'circle-radius': SITE_MARKER_RADIUS - 1.5,
        'circle-color': color,
        'circle-opacity': fade(0.25),
        'circle-stroke-color': color,
        'circle-stroke-width': ['case', isActive, 4, 3] as unknown as number,
        'circle-stroke-opacity': fade(1),
      },
    },
    {
      id: 'site-callout-leaders',
      type: 'line',
      source: SITE_CALLOUTS_SOURCE,
      filter: ['==', ['geometry-type'], 'LineString'],
      paint: { 'line-color': SITE_COLORS.label, 'line-width': 1, 'line-opacity': 0.75 },
    },
    {
      id: SITE_LABEL_LAYER,
      type: 'symbol',
      source: SITE_CALLOUTS_SOURCE,
      filter: ['==', ['geometry-type'], 'Point'],
      layout: {
        'text-field': ['get', 'label'],
        'text-font': LABEL_FONTS,
        'text-size': SITE_LABEL_SIZE,
        'text-anchor': ['get', 'anchor'] as unknown as 'center',
        'text-justify': 'auto',
        // The layout wraps lines itself; MapLibre must not wrap them again.
        'text-max-width': 100,
        'text-padding': 1,
      },
      paint: { 'text-color': SITE_COLORS.label, 'text-halo-color': SITE_COLORS.labelHalo, 'text-halo-width': 2 },
    },
  ];
}
