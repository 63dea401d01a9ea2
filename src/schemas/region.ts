import { z } from 'astro/zod';
import { localizedText } from './common';

/** Official BPS/Kemendagri codes: "71" for the province, "71.01" to "71.74" for its regencies and cities. */
export const regionCode = z.string().regex(/^71(\.\d{2})?$/, { error: 'expected a North Sulawesi code such as 71 or 71.72' });

export const regionSchema = z.strictObject({
  code: regionCode,
  kind: z.enum(['province', 'regency', 'city']),
  officialName: z.string().min(1).describe('Name exactly as in idn-area-data (Kemendagri)'),
  name: localizedText,
  seat: z.string().min(1).optional().describe('Administrative seat, in its Indonesian name'),
});
export type Region = z.output<typeof regionSchema>;
export const regionFileSchema = z.array(regionSchema).min(1);
