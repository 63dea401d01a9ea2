import { z } from 'astro/zod';
import { isoDate, localizedText, sector, slugId } from './common';
import { figureRefSchema } from './figureRef';
import { regionCode } from './region';
import { PLACE_KINDS } from './place';

/**
 * A sector hub (content/hubs/<id>.json; the id is the page's path under /[lang]/): headline figures,
 * charts, a map, a narrative of strengths and risks, what is not known, and the sources behind all of it.
 * Every number is a reference to a dataset observation, resolved the way <Fig> resolves it.
 */

export { figureRefSchema, type FigureRef } from './figureRef';

/** A headline figure always has its own caption. */
export const headlineFigureSchema = figureRefSchema.extend({
  /** What the figure counts, as the card's caption. */
  label: localizedText,
});
export type HeadlineFigure = z.output<typeof headlineFigureSchema>;

export const HUB_CHART_KINDS = ['line', 'bar', 'bar-horizontal', 'bar-grouped', 'bar-stacked', 'comparison'] as const;

export const hubChartSchema = z.strictObject({
  dataset: slugId,
  /** An editor's one-sentence lead for this chart's summary (else the dataset's, when the chart shows all of it). */
  takeaway: localizedText.optional(),
  kind: z.enum(HUB_CHART_KINDS).optional(),
  /** Replaces the dataset's title when the selection draws only part of the dataset (say what is drawn). */
  title: localizedText.optional(),
  selection: z
    .strictObject({
      series: z.array(slugId).min(1).optional(),
      region: regionCode.optional(),
      from: z.string().min(4).optional(),
      to: z.string().min(4).optional(),
    })
    .optional(),
});
export type HubChart = z.output<typeof hubChartSchema>;

export const hubMapSchema = z.discriminatedUnion('type', [
  /** A regency-level dataset as proportional circles (RegencySymbolMap). */
  z.strictObject({
    type: z.literal('regency-symbols'),
    dataset: slugId,
    /** The map draws one series; when the dataset has several, the title must name the one drawn. */
    title: localizedText.optional(),
  }),
  /** Places from content/places.json, by id or kind (PlacesMap). */
  z.strictObject({
    type: z.literal('places'),
    places: z.array(slugId).default([]),
    kinds: z.array(z.enum(PLACE_KINDS)).default([]),
    title: localizedText.optional(),
  }),
  /** Manado to Tokyo Narita (RouteMap). */
  z.strictObject({ type: z.literal('route') }),
]);
export type HubMap = z.output<typeof hubMapSchema>;

export const NARRATIVE_KINDS = ['context', 'strength', 'risk'] as const;

/**
 * A paragraph of the narrative. Numbers are never typed in the text: write {fig:0}, {fig:1}, … and list the
 * observations in `figures`; the page prints each value in <data> with its source. `sources` lists the
 * sources behind the paragraph's other claims.
 */
export const narrativeParagraphSchema = z.strictObject({
  kind: z.enum(NARRATIVE_KINDS),
  text: localizedText,
  figures: z.array(figureRefSchema).default([]),
  sources: z.array(slugId).default([]),
  /** The paragraph's point in one stand-alone line for the at-a-glance block; else its first sentence is used. */
  glance: localizedText.optional(),
});
export type NarrativeParagraph = z.output<typeof narrativeParagraphSchema>;

/** Where a gap statement comes from: a research note and section, e.g. "gaps-fisheries-population.md §7". */
export const researchBasis = z
  .string()
  .regex(/^[a-z0-9-]+\.md( §[0-9]+(\.[0-9]+)?)?$/, { error: 'expected a research note and section, e.g. "gaps-fisheries-population.md §7"' });

export const hubGapSchema = z.strictObject({
  text: localizedText,
  basis: researchBasis,
  /** Datasets whose own "known gaps" say the same; linked from the box. */
  datasets: z.array(slugId).default([]),
});

export const hubSchema = z.strictObject({
  id: slugId,
  sector,
  title: localizedText,
  standfirst: localizedText.describe('One line under the title'),
  lastVerified: isoDate,
  headline: z.array(headlineFigureSchema).min(3).max(5),
  charts: z.array(hubChartSchema).min(2).max(4),
  map: hubMapSchema,
  /** A rate, share or density by regency drawn as a choropleth under the map (ChoroplethMap). */
  choropleth: z.strictObject({ dataset: slugId }).optional(),
  narrative: z.array(narrativeParagraphSchema).min(2),
  gaps: z.array(hubGapSchema).min(1),
  /** Datasets to list besides those of the charts and headline figures. */
  datasets: z.array(slugId).default([]),
  /** Sources behind the page that no figure names. */
  sources: z.array(slugId).default([]),
  keywords: z.array(z.string().min(1)).default([]),
  /** Offices from content/contacts/ (ids) to list on the hub: the two or three that matter for the sector. */
  contacts: z.array(slugId).default([]),
});
export type Hub = z.output<typeof hubSchema>;
