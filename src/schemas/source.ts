import { z } from 'astro/zod';
import { httpUrl, isoDate, localizedNote, partialDate, slugId } from './common';

/**
 * Reliability grades, as the site explains them to readers:
 * A official statistics or a company's own disclosure; B a news report quoting an official; C secondary.
 */
export const GRADES = ['A', 'B', 'C'] as const;

export const sourceSchema = z.strictObject({
  id: slugId,
  publisher: z.string().trim().min(1),
  title: z.string().trim().min(1),
  url: httpUrl,
  published: partialDate.describe('Publication date as precise as the source gives it'),
  accessed: isoDate.describe('When a person last opened the URL and checked the figures'),
  language: z.enum(['id', 'en', 'ja', 'other']),
  grade: z.enum(GRADES),
  note: localizedNote.optional(),
});
export type Source = z.output<typeof sourceSchema>;

/** A file in content/sources/ holds an array of sources. */
export const sourceFileSchema = z.array(sourceSchema).min(1);
