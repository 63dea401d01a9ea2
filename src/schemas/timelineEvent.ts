import { z } from 'astro/zod';
import { localizedText, partialDate, sector, slugId } from './common';

/**
 * One dated event in the North Sulawesi–Japan cooperation timeline (content/timeline.json).
 * The date is as precise as the sources are: YYYY, YYYY-MM or YYYY-MM-DD; `approximate` marks a date the
 * sources only give roughly ("early 1990s" is recorded as 1990 with approximate: true).
 */
export const TIMELINE_STATUSES = ['happened', 'planned'] as const;

export const timelineEventSchema = z.strictObject({
  id: slugId,
  date: partialDate,
  approximate: z.boolean().default(false),
  sectors: z.array(sector).min(1),
  title: localizedText,
  description: localizedText.describe('One or two sentences, without numbers (bind figures to datasets instead)'),
  status: z.enum(TIMELINE_STATUSES),
  sources: z.array(slugId).min(1),
});
export type TimelineEvent = z.output<typeof timelineEventSchema>;

export const timelineFileSchema = z.array(timelineEventSchema).min(1);
