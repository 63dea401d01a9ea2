import { z } from 'astro/zod';
import { calendarProblem } from './calendar';
import { LANGS } from '../i18n/langs';

/** Text written in each of the site's three languages. All three are required: no silent fallback. */
export const localizedText = z
  .strictObject({
    ja: z.string().trim().min(1),
    id: z.string().trim().min(1),
    en: z.string().trim().min(1),
  })
  .describe('The same text in Japanese, Indonesian and English');
export type LocalizedText = z.output<typeof localizedText>;

/** Languages a verbatim quote may be in (BCP 47 primary tags, rendered as the quote's lang attribute). */
export const QUOTE_LANGS = ['id', 'en', 'ja'] as const;
/** The placeholder that marks where the quote stands in each language's text. */
export const QUOTE_TOKEN = '{quote}';

/**
 * A short remark in the three languages (a locator, a source note). It may hold one verbatim quote, kept in
 * its original language: each language writes `{quote}` where it stands, and pages render it as
 * `<q lang="…">`. Example: `{ en: "Printed as {quote}.", ja: "原文の表記は{quote}。", id: "Tertulis {quote}.",
 * quote: { text: "311,652,02 ton", lang: "id" } }`.
 */
export const localizedNote = z
  .strictObject({
    ja: z.string().trim().min(1),
    id: z.string().trim().min(1),
    en: z.string().trim().min(1),
    quote: z.strictObject({ text: z.string().trim().min(1), lang: z.enum(QUOTE_LANGS) }).optional(),
  })
  .superRefine((note, ctx) => {
    for (const lang of LANGS) {
      const count = note[lang].split(QUOTE_TOKEN).length - 1;
      const expected = note.quote ? 1 : 0;
      if (count !== expected) {
        ctx.addIssue({
          code: 'custom',
          path: [lang],
          message: note.quote
            ? `must contain ${QUOTE_TOKEN} exactly once to place the quote (found ${count})`
            : `contains ${QUOTE_TOKEN} but the note has no quote`,
        });
      }
    }
  })
  .describe('The same remark in Japanese, Indonesian and English, optionally holding one verbatim quote');
export type LocalizedNote = z.output<typeof localizedNote>;

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

/**
 * The site's sectors in reading order, each with its hub's page path under /[lang]/ and whether the header
 * lists it. Adding a sector is this one entry, its name in the dictionaries (`sector.<id>`, src/i18n/) and its
 * hub file (content/hubs/<path>.json); every list of sectors, paths and hubs is derived from here.
 */
export const SECTOR_HUBS = {
  fisheries: { path: 'fisheries', inHeader: true },
  mining: { path: 'mining', inHeader: true },
  tourism: { path: 'tourism', inHeader: true },
  labour: { path: 'work-in-japan', inHeader: true },
  economy: { path: 'economy', inHeader: false },
} as const;
export type Sector = keyof typeof SECTOR_HUBS;
export const SECTORS = Object.keys(SECTOR_HUBS) as [Sector, ...Sector[]];
export const sector = z.enum(SECTORS);

/** Lower-case words joined by hyphens: used for every id that appears in a URL. */
export const slugId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected lower-case letters, digits and single hyphens' });

export const httpUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });
