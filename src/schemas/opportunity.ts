import { z } from 'astro/zod';
import { isoDate, localizedText, sector, slugId } from './common';
import { figureRefSchema } from './figureRef';

/**
 * How far an opportunity has got, as the sources show it. "claimed" means only someone's statement
 * supports it (an announcement, a promise); "proposed" that it was put forward but not decided.
 */
export const OPPORTUNITY_STATUSES = ['operating', 'in-development', 'proposed', 'claimed', 'planned'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

/** A key fact: one dataset observation (src/schemas/figureRef.ts), captioned by its series unless it has a label. */
export const keyFactSchema = figureRefSchema;
export type KeyFact = z.output<typeof keyFactSchema>;

/** An incentive exactly as an official source states it; the source is required. */
export const incentiveSchema = z.strictObject({
  text: localizedText,
  source: slugId,
});

export const opportunitySchema = z.strictObject({
  id: slugId,
  sector,
  title: localizedText,
  summary: localizedText.describe('Two or three plain sentences: what, where, how far it has got'),
  status: z.enum(OPPORTUNITY_STATUSES),
  statusNote: localizedText.optional().describe('Why the status is what it is, with any doubt stated'),
  lastVerified: isoDate,
  places: z.array(slugId).min(1).describe('ids from content/places.json for the places map'),
  /** The profile's map: the places on the province map (default), or the Manado–Narita route where the link to Japan is the subject. */
  map: z.enum(['places', 'route']).default('places'),
  keyFacts: z.array(keyFactSchema).min(1),
  incentives: z.array(incentiveSchema).default([]),
  /** Said when no official source states an incentive, instead of leaving the reader guessing. */
  incentivesNote: localizedText.optional(),
  risks: z.array(localizedText).min(1),
  /** Offices from content/contacts/ (ids) that matter for this opportunity: at least two, one reachable. */
  contacts: z.array(slugId).default([]),
  sources: z.array(slugId).min(1),
  datasets: z.array(slugId).default([]),
  keywords: z.array(z.string().min(1)).default([]),
});
export type Opportunity = z.output<typeof opportunitySchema>;
