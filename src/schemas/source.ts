import { z } from 'astro/zod';
import { httpUrl, isoDate, localizedNote, partialDate, slugId } from './common';

/**
 * Reliability grades, as the site explains them to readers:
 * A official statistics or a company's own disclosure; B a news report quoting an official; C secondary.
 */
export const GRADES = ['A', 'B', 'C'] as const;

/**
 * The original publisher and release of an official figure that this source reports: the source is where the
 * figure was read (a news outlet), the origin is who published it first (BPS Sulawesi Utara, Berita Resmi
 * Statistik, 5 Feb 2026). Pages print "BPS Sulawesi Utara, via ANTARA". Only what the source itself states
 * (or a cited address) goes here; the grade stays that of the source actually read.
 */
export const originSchema = z.strictObject({
  publisher: z.string().trim().min(1),
  /** Release title and/or number as reported: "Berita Resmi Statistik No. 58/10/71/Th. XIX". */
  release: z.string().trim().min(1).optional(),
  date: partialDate.optional(),
  url: httpUrl.optional(),
});
export type Origin = z.output<typeof originSchema>;

/**
 * Terms under which a source's own text is published, where it is an open licence (SPDX id). Absent: the
 * publisher's own terms (usually all rights reserved); Sulut Atlas reuses only the figures, as facts.
 */
export const SOURCE_LICENCES = ['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC-BY-SA-3.0', 'CC0-1.0', 'ODbL-1.0'] as const;

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
  origin: originSchema.optional(),
  licence: z.enum(SOURCE_LICENCES).optional(),
});
export type Source = z.output<typeof sourceSchema>;

/** A file in content/sources/ holds an array of sources. */
export const sourceFileSchema = z.array(sourceSchema).min(1);
