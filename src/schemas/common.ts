import { z } from 'astro/zod';
import { calendarProblem } from './calendar';

/** Text written in each of the site's three languages. All three are required: no silent fallback. */
export const localizedText = z
  .strictObject({
    ja: z.string().trim().min(1),
    id: z.string().trim().min(1),
    en: z.string().trim().min(1),
  })
  .describe('The same text in Japanese, Indonesian and English');
export type LocalizedText = z.output<typeof localizedText>;

/**
 * A date-like string of the given shape that exists in the calendar (src/schemas/calendar.ts): one issue,
 * either the shape or the calendar, never both.
 */
function calendarString(shape: RegExp, expected: string) {
  return z.string().superRefine((value, ctx) => {
    if (!shape.test(value)) ctx.addIssue({ code: 'custom', message: `expected ${expected}, got "${value}"` });
    else {
      const problem = calendarProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }
  });
}

/** A calendar date as YYYY-MM-DD. Kept as a string so it prints exactly as recorded. */
export const isoDate = calendarString(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

/** A publication date that may only be known to the year or month: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = calendarString(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');

export const SECTORS = ['fisheries', 'mining', 'tourism', 'labour', 'economy'] as const;
export const sector = z.enum(SECTORS);
export type Sector = z.output<typeof sector>;

/** Lower-case words joined by hyphens: used for every id that appears in a URL. */
export const slugId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected lower-case letters, digits and single hyphens' });

export const httpUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });
