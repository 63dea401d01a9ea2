import { z } from 'astro/zod';
import { localizedText, slugId } from './common';
import { regionCode } from './region';

/**
 * Kinds of place the maps know how to draw. A regency's seat is `seat`; the others are points of interest.
 * Adding a kind means adding its symbol and legend label (src/lib/geo/symbols.ts and the i18n "maps.kind.*").
 */
export const PLACE_KINDS = ['seat', 'city', 'airport', 'port', 'sez', 'mine', 'park', 'dive'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** [longitude, latitude] in decimal degrees (GeoJSON order), as published by the source. */
export const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const placeSchema = z.strictObject({
  id: slugId,
  kind: z.enum(PLACE_KINDS),
  name: localizedText,
  coordinates: lonLat,
  /** The regency or city the place lies in; for a seat, the region it is the seat of. */
  region: regionCode.optional(),
  source: slugId.describe('id of an entry in content/sources/ that gives the coordinates'),
  note: localizedText.optional(),
});
export type Place = z.output<typeof placeSchema>;

/** content/places.json holds an array of places. */
export const placeFileSchema = z.array(placeSchema);
