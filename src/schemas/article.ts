import { z } from 'astro/zod';
import { isoDate, sector, slugId } from './common';
import { regionCode } from './region';

export const ARTICLE_KINDS = ['news', 'explainer', 'analysis'] as const;

/** Frontmatter of an MDX article in content/articles/<lang>/<translationKey>.mdx. */
export const articleSchema = z.strictObject({
  translationKey: slugId.describe('Shared by the ja, id and en files of one article; equals the file name'),
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
});
export type ArticleData = z.output<typeof articleSchema>;
