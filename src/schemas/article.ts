import { z } from 'astro/zod';
import { isoDate, sector, slugId } from './common';
import { regionCode } from './region';

export const ARTICLE_KINDS = ['news', 'explainer', 'analysis'] as const;

/**
 * A correction of a published claim, in the file's language (src/components/news/ArticleUpkeep.astro shows it at
 * the top of the article and in its JSON-LD; the corrections log lists it). Wording fixes are not corrections.
 */
export const correctionSchema = z.strictObject({
  date: isoDate,
  wrong: z.string().trim().min(1).describe('What the article said that was wrong'),
  right: z.string().trim().min(1).describe('What is right, with its basis'),
});
export type Correction = z.output<typeof correctionSchema>;

/**
 * Frontmatter of an MDX article in content/articles/<lang>/<name>.mdx. The file name is the article's
 * translation key: the ja, id and en files of one article share it, and it is the URL segment.
 */
export const articleSchema = z.strictObject({
  title: z.string().trim().min(1),
  summary: z.string().trim().min(1),
  date: isoDate,
  updated: isoDate.optional(),
  author: z.string().trim().min(1).describe('A person or a desk, e.g. "Data desk"'),
  kind: z.enum(ARTICLE_KINDS),
  sectors: z.array(sector).min(1),
  regions: z.array(regionCode).default(['71']),
  sources: z.array(slugId).min(1),
  datasets: z.array(slugId).default([]),
  keywords: z.array(z.string().min(1)).default([]),
  image: z.strictObject({ src: z.string().min(1), alt: z.string().trim().min(1) }).optional(),
  draft: z.boolean().default(false),
  /** Corrections of published claims, oldest first (docs/editing.md, corrections policy page). */
  corrections: z.array(correctionSchema).default([]),
});

/** An article as pages read it: its frontmatter and the translation key taken from its file name. */
export const articleEntrySchema = articleSchema.extend({ translationKey: slugId });
export type ArticleData = z.output<typeof articleEntrySchema>;
