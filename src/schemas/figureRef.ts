import { z } from 'astro/zod';
import { localizedText, slugId } from './common';
import { regionCode } from './region';

/**
 * One dataset observation, as <Fig d period series region source /> names it: a hub's headline figure, an
 * opportunity's key fact. Never a typed number: the page resolves it the way <Fig> does
 * (src/lib/data/figure.ts), so an unknown, ambiguous or disputed value fails the build.
 */
export const figureRefSchema = z.strictObject({
  dataset: slugId,
  period: z.string().min(1),
  region: regionCode.optional(),
  series: slugId.optional(),
  /** Needed when sources disagree about the value (a declared conflict): which one is quoted. */
  source: slugId.optional(),
  /** The figure's caption; without one, the series label or what the dataset measures. */
  label: localizedText.optional(),
});
export type FigureRef = z.output<typeof figureRefSchema>;
