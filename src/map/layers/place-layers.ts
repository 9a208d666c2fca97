import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { PlaceFeature, PlaceKind } from '../../data/place-schema';
import { LABEL_FONTS, LOCALISED_NAME, nameLabels } from '../fonts';

export const PLACES_SOURCE = 'places';

/** Marker colours by kind of place; the legend reads the same table. */
export const PLACE_COLORS: Record<PlaceKind, string> = {
  'county-seat': '#c0392b',
  city: '#3b4f63',
  airport: '#1f6fb2',
};

export const PLACE_RADIUS: Record<PlaceKind, number> = { 'county-seat': 6, city: 7, airport: 5 };

export function placeSources(places: readonly PlaceFeature[]): Record<string, SourceSpecification> {
  return {
    [PLACES_SOURCE]: {
      type: 'geojson',
      data: {
        type: 'FeatureCollection',
        features: places.map((place) => ({
          ...place,
          properties: { ...place.properties, ...nameLabels(place.properties.name) },
        })),
      },
    },
  };
}

const byKind = <T>(table: Record<PlaceKind, T>, fallback: T) =>
  ['match', ['get', 'kind'], ...Object.entries(table).flat(), fallback] as unknown as string;

export const placeLayers: LayerSpecification[] = [
  {
    id: 'places-circle',
    type: 'circle',
    source: PLACES_SOURCE,
    paint: {
      'circle-color': byKind(PLACE_COLORS, '#000000'),
      'circle-radius': byKind(PLACE_RADIUS, 5) as unknown as number,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
    },
  },
  {
    id: 'places-label',
    type: 'symbol',
    source: PLACES_SOURCE,
    layout: {
      'text-field': LOCALISED_NAME as unknown as string,
      'text-font': LABEL_FONTS,
      'text-size': 13,
      'text-anchor': 'left',
      'text-offset': [0.8, 0],
    },
    paint: { 'text-color': '#1d2733', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
  },
];
