import { z } from 'astro/zod';
import { isoDate, localizedNote, localizedText, sector, slugId } from './common';
import { regionCode } from './region';
import { UNIT_IDS } from './units';

/** Period formats by period type; checked per observation in the dataset refinement below. */
export const PERIOD_PATTERNS = {
  year: /^\d{4}$/,
  quarter: /^\d{4}-Q[1-4]$/,
  month: /^\d{4}-\d{2}$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  /** A span such as a plan period or a survey window: 2020/2024 or 2024-01/2024-06. */
  range: /^\d{4}(-\d{2})?\/\d{4}(-\d{2})?$/,
} as const;
export type PeriodType = keyof typeof PERIOD_PATTERNS;

/**
 * Bounds a value may take, declared where the default for its unit kind would be wrong: a percentage lies in
 * 0–100 and counts, money, mass, area and length are not negative (src/lib/content/plausibility.ts), but a
 * growth rate may fall below zero. A declared range replaces the default; an omitted bound is open.
 */
export const valueRangeSchema = z
  .strictObject({ min: z.number().optional(), max: z.number().optional() })
  .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, { error: 'min must not exceed max' });
export type ValueRange = z.output<typeof valueRangeSchema>;

export const observationSchema = z.strictObject({
  period: z.string().min(1),
  region: regionCode,
  /** Which series the value belongs to; datasets with one series may omit it. */
  series: slugId.default('value'),
  value: z.number(),
  /** Decimal places as published, so 2.50 prints as 2.50 and not 2.5. */
  decimals: z.number().int().min(0).max(6).optional(),
  source: slugId.describe('id of an entry in content/sources/'),
  /** Where in the source the figure stands (table, page, paragraph). */
  locator: localizedNote.optional(),
  note: localizedText.optional(),
  /** Marks a figure the source itself calls an estimate, target, claim or preliminary value. */
  status: z.enum(['final', 'preliminary', 'estimate', 'target', 'claimed']).default('final'),
});
export type Observation = z.output<typeof observationSchema>;

export const seriesSchema = z.strictObject({
  id: slugId,
  label: localizedText,
  /** Set when one series has a different unit from the dataset's. Charts refuse to mix units on one axis. */
  unit: z.enum(UNIT_IDS).optional(),
  valueRange: valueRangeSchema.optional(),
});

export const conflictSchema = z.strictObject({
  period: z.string().min(1),
  region: regionCode,
  series: slugId.default('value'),
  explanation: localizedText.describe('Why the sources differ, as far as is known'),
});

export const datasetSchema = z.strictObject({
  id: slugId,
  sector,
  title: localizedText,
  description: localizedText.describe('One or two sentences in plain language'),
  unit: z.enum(UNIT_IDS),
  valueRange: valueRangeSchema.optional(),
  measure: localizedText.describe('What one value counts, e.g. "fish landed, tonnes"'),
  periodType: z.enum(Object.keys(PERIOD_PATTERNS) as [PeriodType, ...PeriodType[]]),
  geography: z.array(regionCode).min(1),
  series: z.array(seriesSchema).default([]),
  observations: z.array(observationSchema).min(1),
  conflicts: z.array(conflictSchema).default([]),
  caveats: localizedText,
  gaps: localizedText.describe('What is known to be missing: years, regions or definitions not found'),
  notes: localizedText.optional(),
  /** An editor's one-sentence lead for the chart summary, written from the data; it comes before the generated sentences. */
  takeaway: localizedText.optional(),
  /**
   * Pairs of source ids whose figures may be compared although their original publishers differ (a change
   * between them may be stated). Without a pair, generated summaries compare only within one source family.
   */
  comparableSources: z.array(z.tuple([slugId, slugId])).optional(),
  license: z.string().min(1).default('CC-BY-4.0'),
  lastVerified: isoDate,
  keywords: z.array(z.string().min(1)).default([]),
});
export type Dataset = z.output<typeof datasetSchema>;
export type DatasetInput = z.input<typeof datasetSchema>;
