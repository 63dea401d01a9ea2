import { z } from 'astro/zod';
import { localizedText } from './common';

/**
 * Region codes:
 * - Indonesian provinces by their two-digit Kemendagri code as in idn-area-data ("71" North Sulawesi, "31"
 *   Jakarta), and North Sulawesi's regencies and cities by their four-digit code ("71.01" … "71.74"); other
 *   provinces' regencies are not coded (the site has no figures for them);
 * - Japanese prefectures by ISO 3166-2:JP ("JP-13" Tokyo, "JP-39" Kochi): a bare JIS number would collide
 *   with a province code (13 is also West Sumatra);
 * - figures that are national by nature (Japan's visa caps, exchange rates, a national minimum wage average) by
 *   the ISO 3166-1 alpha-3 code of their country, IDN or JPN, so they are never shown as a province's own.
 * A code must also be listed in content/regions.json; the registry rejects any other.
 */
export const regionCode = z.string().regex(/^(\d{2}|71\.\d{2}|IDN|JPN|JP-\d{2})$/, {
  error: 'expected a region code: a province such as 71, a North Sulawesi regency or city such as 71.72, a prefecture such as JP-13, or IDN/JPN for national figures',
});

export const REGION_KINDS = ['province', 'regency', 'city', 'country', 'prefecture'] as const;
export type RegionKind = (typeof REGION_KINDS)[number];

/** The shape of code each kind takes; a regency coded like a province would slip into the wrong lists. */
export const CODE_SHAPES: Record<RegionKind, RegExp> = {
  province: /^\d{2}$/,
  regency: /^\d{2}\.\d{2}$/,
  city: /^\d{2}\.\d{2}$/,
  country: /^(IDN|JPN)$/,
  prefecture: /^JP-\d{2}$/,
};

export const regionSchema = z
  .strictObject({
    code: regionCode,
    kind: z.enum(REGION_KINDS),
    officialName: z
      .string()
      .min(1)
      .describe('Indonesia: the name exactly as in idn-area-data (Kemendagri); Japan: the prefecture’s official Japanese name'),
    name: localizedText,
    seat: z.string().min(1).optional().describe('Administrative seat, in its Indonesian name'),
  })
  .superRefine((region, ctx) => {
    if (!CODE_SHAPES[region.kind].test(region.code)) {
      ctx.addIssue({ code: 'custom', path: ['kind'], message: `a ${region.kind} cannot have the code "${region.code}"` });
    }
  });
export type Region = z.output<typeof regionSchema>;
export const regionFileSchema = z.array(regionSchema).min(1);
