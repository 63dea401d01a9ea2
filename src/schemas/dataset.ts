import { z } from 'astro/zod';
import { httpUrl, isoDate, localizedNote, localizedText, partialDate, sector, slugId } from './common';
import { regionCode } from './region';
import { UNIT_IDS } from './units';

/**
 * What kind of figure an observation is. Actuals are `final` and `preliminary` (a first release the publisher
 * may revise); `estimate` is the publisher's or a source's approximation of an actual quantity (rounded,
 * projected, "about"); `target`, `plan`, `capacity` and `claimed` are not measurements of what happened:
 * an aim, an intention or announced programme, what something can hold or produce, and an assertion by an
 * interested party without a published basis. Summaries and charts never compare or join these with actuals.
 */
export const OBSERVATION_STATUSES = ['final', 'preliminary', 'estimate', 'target', 'plan', 'capacity', 'claimed'] as const;
export type ObservationStatus = (typeof OBSERVATION_STATUSES)[number];
/** Statuses that record something that happened, as measured. */
export const ACTUAL_STATUSES: readonly ObservationStatus[] = ['final', 'preliminary'];

/** A number written as the source printed it, normalised to a point decimal: "7.1", "418.90", "6550722906301". */
export const decimalString = z.string().regex(/^-?\d+(\.\d+)?$/, { error: 'expected digits with an optional point decimal, e.g. "944.18"' });

/**
 * The figure as printed, stored structurally so that rescaling loses nothing: "Rp418,90 miliar" is
 * `{ value: "418.90", unit: "idr-billion" }` beside a value recorded in trillion rupiah. The build checks that
 * the two agree (src/lib/data/published.ts) and pages render it in each language's notation.
 */
export const publishedFormSchema = z.strictObject({
  value: decimalString,
  unit: z.enum(UNIT_IDS),
});
export type PublishedForm = z.output<typeof publishedFormSchema>;

/**
 * How a derived value is computed from its inputs, in base units (src/lib/data/derived.ts). `density` divides a
 * count by an area and is checked for both: a count first, then an area in the unit the result is per.
 */
export const DERIVATION_METHODS = ['ratio', 'share', 'sum', 'difference', 'density'] as const;
export type DerivationMethod = (typeof DERIVATION_METHODS)[number];

/** One recorded observation, by key: dataset (default: the same one), series, region, period and, where sources disagree, source. */
export const observationRefSchema = z.strictObject({
  dataset: slugId.optional(),
  series: slugId.default('value'),
  region: regionCode,
  period: z.string().min(1),
  source: slugId.optional(),
});
export type ObservationRef = z.output<typeof observationRefSchema>;

/**
 * A figure Sulut Atlas computes (a cross exchange rate, a share, a per-capita value) rather than one a source
 * printed. Its value is never typed: the build computes it from the inputs and rounds it to `decimals`.
 */
export const derivationSchema = z.strictObject({
  method: z.enum(DERIVATION_METHODS),
  inputs: z.array(observationRefSchema).min(2),
});
export type Derivation = z.output<typeof derivationSchema>;

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
 * 0–100 and counts, money, mass, area and length are not negative (src/lib/content/checks/plausibility.ts), but a
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
  /** What kind of figure this is; see OBSERVATION_STATUSES. */
  status: z.enum(OBSERVATION_STATUSES).default('final'),
  /** The figure as printed, when it was recorded in another unit or with digits the value cannot keep. */
  published: publishedFormSchema.optional(),
  /** Set on a computed figure: its inputs and method. The value is computed at build time. */
  derived: derivationSchema.optional(),
});
export type Observation = z.output<typeof observationSchema>;

/**
 * An observation as written in a file: a derived observation carries no `value` (the build computes it) and no
 * `source` (its inputs name theirs). The content pass (src/lib/data/derived.ts, run by src/lib/content/checks/) fills both before anything reads the data.
 */
export const observationFileSchema = observationSchema.extend({
  value: z.number().optional(),
  source: slugId.optional(),
});

export const seriesSchema = z.strictObject({
  id: slugId,
  label: localizedText,
  /** Set when one series has a different unit from the dataset's. Charts refuse to mix units on one axis. */
  unit: z.enum(UNIT_IDS).optional(),
  /**
   * The word a count is written with, replacing the unit's generic label: "7,020 foreign visitors", "30 blok",
   * "30ブロック". Only for units of kind `count`.
   */
  noun: localizedText.optional(),
  valueRange: valueRangeSchema.optional(),
});

export const conflictSchema = z.strictObject({
  period: z.string().min(1),
  region: regionCode,
  series: slugId.default('value'),
  explanation: localizedText.describe('Why the sources differ, as far as is known'),
});

/** How often the publisher releases new figures. `irregular` needs a reason (dataset `cadenceReason`). */
export const CADENCES = ['daily', 'weekly', 'monthly', 'quarterly', 'semiannual', 'annual', 'irregular'] as const;
export type Cadence = (typeof CADENCES)[number];

/** Where the release timing is stated (a page that says when the publisher releases), not a content source. */
export const releaseScheduleSchema = z.strictObject({ url: httpUrl, publisher: z.string().trim().min(1) });

/**
 * One entry of a dataset's revisions log (src/lib/data/revisions.ts). `version` is the dataset version the entry
 * produced (src/lib/data/version.ts); the newest entry's version must equal the dataset's current version, so
 * content cannot change without an entry. Older versions are kept in content/archive/<id>/<version>.json.
 */
export const REVISION_KINDS = ['baseline', 'added', 'observations', 'revised', 'source', 'corrected'] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];
export const revisedValueSchema = z.strictObject({
  series: slugId.default('value'),
  region: regionCode,
  period: z.string().min(1),
  old: z.number(),
  new: z.number(),
});
export const revisionSchema = z.strictObject({
  date: isoDate,
  /**
   * The version this entry produced. Entries recorded from history before the log began (2026-12-06) have none:
   * those versions were not kept.
   */
  version: z.string().regex(/^[0-9a-f]{8}$/, { error: 'expected the 8-hex-digit dataset version, e.g. "a9265732"' }).optional(),
  kind: z.enum(REVISION_KINDS),
  /** What changed, in words (for observations: which periods; for sources: which and why). */
  summary: localizedText,
  /** Why it changed: a new release, a correction, a better source. */
  why: localizedText.optional(),
  /** Number of observations added by this revision. */
  added: z.number().int().min(0).optional(),
  /** Values revised by this revision, old and new. */
  revised: z.array(revisedValueSchema).optional(),
});
export type Revision = z.output<typeof revisionSchema>;

const datasetObject = z.strictObject({
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
  /** The word a count of the default series is written with (see seriesSchema.noun). */
  noun: localizedText.optional(),
  /**
   * Where several datasets cover one topic, the topic they share (e.g. "fishery-exports") and one line saying
   * what this dataset is the one to cite for. Shown on the dataset page and in the catalogue.
   */
  topic: slugId.optional(),
  citeFor: localizedText.optional(),
  /**
   * Licence of the compilation (selection, arrangement, notes, translations), always the site's. The figures
   * are facts reported by the sources, whose own texts stay under their publishers' terms
   * (src/lib/data/licence.ts states both).
   */
  license: z.literal('CC-BY-4.0').default('CC-BY-4.0'),
  lastVerified: isoDate,
  keywords: z.array(z.string().min(1)).default([]),
  /** How often the publisher releases (see CADENCES); the dataset page and `npm run freshness` use it. */
  cadence: z.enum(CADENCES),
  /** Required when the cadence is `irregular`: why no schedule can be given. */
  cadenceReason: localizedText.optional(),
  /** When the next release is expected, as precise as known (YYYY, YYYY-MM or YYYY-MM-DD). */
  nextRelease: partialDate.optional(),
  /** A page stating the publisher's release timing. */
  releaseSchedule: releaseScheduleSchema.optional(),
  /** What changed and when, oldest first; the newest entry carries the current version. */
  revisions: z.array(revisionSchema).default([]),
});

/** An irregular cadence says why; a regular one has no reason to give. */
function checkCadence(d: { cadence: Cadence; cadenceReason?: unknown }, ctx: z.RefinementCtx) {
  if (d.cadence === 'irregular' && !d.cadenceReason) ctx.addIssue({ code: 'custom', path: ['cadenceReason'], message: 'required when the cadence is "irregular": say why no schedule can be given' });
  if (d.cadence !== 'irregular' && d.cadenceReason) ctx.addIssue({ code: 'custom', path: ['cadenceReason'], message: 'only for an "irregular" cadence' });
}

export const datasetSchema = datasetObject.superRefine(checkCadence);
export type Dataset = z.output<typeof datasetSchema>;
export type DatasetInput = z.input<typeof datasetSchema>;

/** A dataset file as written: derived observations carry no typed value and no source. */
export const datasetFileSchema = datasetObject.extend({
  observations: z.array(observationFileSchema).min(1),
}).superRefine(checkCadence);
export type DatasetFile = z.output<typeof datasetFileSchema>;
