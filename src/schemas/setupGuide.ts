import { z } from 'astro/zod';
import { isoDate, localizedText, slugId } from './common';
import { figureRefSchema } from './hub';

/**
 * A step-by-step guide of the investor desk (content/setup/<id>.json, file name = id): setting up a company,
 * or receiving workers in Japan. Every step names its legal basis and its sources (whose dates the page
 * prints, marking any older than 24 months at build time). Numbers are never typed in a step's text: write
 * {fig:0}, {fig:1}, … and list the observations in `figures`, as hub narratives do.
 */
export const guideStepSchema = z.strictObject({
  id: slugId,
  title: localizedText,
  text: localizedText,
  figures: z.array(figureRefSchema).default([]),
  /** The rule the step rests on, as its title or number reads ("PP 28/2025", "改正入管法"). */
  basis: localizedText,
  sources: z.array(slugId).min(1),
  /** Where sources disagree: what each says, so both are shown. */
  disagreement: localizedText.optional(),
});
export type GuideStep = z.output<typeof guideStepSchema>;

export const setupGuideSchema = z.strictObject({
  id: slugId,
  title: localizedText,
  lede: localizedText,
  lastVerified: isoDate,
  sections: z
    .array(z.strictObject({ id: slugId, heading: localizedText, steps: z.array(guideStepSchema).min(1) }))
    .min(1),
  /** What was looked for and not found. */
  gaps: z.array(localizedText).default([]),
});
export type SetupGuide = z.output<typeof setupGuideSchema>;
