import { z } from 'astro/zod';
import { localizedText, slugId } from './common';
import { regionCode } from './region';

const spellings = z.strictObject({
  ja: z.array(z.string().trim().min(1)).min(1).optional(),
  id: z.array(z.string().trim().min(1)).min(1).optional(),
  en: z.array(z.string().trim().min(1)).min(1).optional(),
});

/**
 * content/place-names.json: the site's spelling of places, with content/regions.json and places.json.
 * An entry either names a place that has no sourced position (a village, a mine pit: `name` + `region`) or
 * adds spellings to a place or region that exists (`of`: a place id or a region code). `variants` are
 * spellings to avoid (a test fails on them anywhere in content/ or on a built page); `historical` are old
 * names written on purpose, such as Menado for pre-war Manado.
 */
export const placeNameSchema = z
  .strictObject({
    id: slugId,
    of: z.string().min(1).optional().describe('id of a place in content/places.json or a region code'),
    name: localizedText.optional(),
    region: regionCode.optional(),
    variants: spellings.optional(),
    historical: spellings.optional(),
  })
  .superRefine((entry, ctx) => {
    if (Boolean(entry.of) === Boolean(entry.name)) ctx.addIssue({ code: 'custom', path: ['name'], message: 'give either "name" (a new place) or "of" (an existing place or region), not both or neither' });
  });
export type PlaceName = z.output<typeof placeNameSchema>;
export const placeNameFileSchema = z.array(placeNameSchema);
