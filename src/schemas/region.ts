import { z } from 'astro/zod';
import { localizedText } from './common';

/**
 * Official BPS/Kemendagri codes: "71" for the province, "71.01" to "71.74" for its regencies and cities.
 * Figures that are national by nature (Japan's visa caps, exchange rates) use the ISO 3166-1 alpha-3 code
 * of their country, IDN or JPN, so they are never shown as if they were North Sulawesi's own.
 */
export const regionCode = z
  .string()
  .regex(/^(71(\.\d{2})?|IDN|JPN)$/, { error: 'expected a North Sulawesi code such as 71 or 71.72, or IDN/JPN for national figures' });

export const regionSchema = z.strictObject({
  code: regionCode,
  kind: z.enum(['province', 'regency', 'city', 'country']),
  officialName: z.string().min(1).describe('Name exactly as in idn-area-data (Kemendagri)'),
  name: localizedText,
  seat: z.string().min(1).optional().describe('Administrative seat, in its Indonesian name'),
});
export type Region = z.output<typeof regionSchema>;
export const regionFileSchema = z.array(regionSchema).min(1);
