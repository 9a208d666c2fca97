import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { LABEL_FONTS, LOCALISED_NAME } from '../fonts';

/** Colours of the offline basemap; the legend and tests read them from here. */
export const BASEMAP_COLORS = {
  background: '#dfe6ea',
  neighbourFill: '#f4f2ee',
  neighbourLine: '#a29f99',
  countyFill: '#ffffff',
  countyLine: '#3b4f63',
  label: '#55585c',
  labelHalo: '#ffffff',
} as const;

export interface BasemapUrls {
  county: string;
  neighbours: string;
  neighbourLabels: string;
}

export function basemapSources(urls: BasemapUrls): Record<string, SourceSpecification> {
  return {
    county: { type: 'geojson', data: urls.county },
    neighbours: { type: 'geojson', data: urls.neighbours },
    'neighbour-labels': { type: 'geojson', data: urls.neighbourLabels },
  };
}

export const basemapLayers: LayerSpecification[] = [
  { id: 'background', type: 'background', paint: { 'background-color': BASEMAP_COLORS.background } },
  { id: 'neighbours-fill', type: 'fill', source: 'neighbours', paint: { 'fill-color': BASEMAP_COLORS.neighbourFill } },
  {
    id: 'neighbours-line',
    type: 'line',
    source: 'neighbours',
    paint: { 'line-color': BASEMAP_COLORS.neighbourLine, 'line-width': 1, 'line-dasharray': [3, 2] },
  },
  { id: 'county-fill', type: 'fill', source: 'county', paint: { 'fill-color': BASEMAP_COLORS.countyFill } },
  {
    id: 'county-line',
    type: 'line',
    source: 'county',
    layout: { 'line-join': 'round' },
    paint: { 'line-color': BASEMAP_COLORS.countyLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 1.5, 12, 3] },
  },
  {
    id: 'neighbour-labels',
    type: 'symbol',
    source: 'neighbour-labels',
    layout: {
      'text-field': LOCALISED_NAME as unknown as string,
      'text-font': LABEL_FONTS,
      'text-size': 13,
      'text-letter-spacing': 0.1,
    },
    paint: { 'text-color': BASEMAP_COLORS.label, 'text-halo-color': BASEMAP_COLORS.labelHalo, 'text-halo-width': 1.5 },
  },
];
