import { z } from 'zod';
import { localizedText } from '../../workers/model/localized-text';

export const PLACE_KINDS = ['county-seat', 'city', 'airport'] as const;

export const placeFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({
    id: z.string().min(1),
    name: localizedText,
    kind: z.enum(PLACE_KINDS),
    source: z.string().min(1),
  }),
  geometry: z.object({
    type: z.literal('Point'),
    coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
  }),
});

export const placesFileSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(placeFeatureSchema).min(1),
});

export type PlaceFeature = z.infer<typeof placeFeatureSchema>;
export type PlaceKind = PlaceFeature['properties']['kind'];
