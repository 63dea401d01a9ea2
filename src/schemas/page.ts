import { z } from 'astro/zod';

/**
 * Frontmatter of a site page written as prose (content/pages/<lang>/<name>.mdx: the about page, the investor
 * guide). The body is MDX like an article's: figures through <Fig>, yen through <Jpy>.
 */
export const pageSchema = z.strictObject({
  title: z.string().trim().min(1),
  description: z.string().trim().min(1).describe('The standfirst under the title, also the page description for search engines'),
  /** Extra words the site search should find the page by (abbreviations, terms in other scripts). */
  keywords: z.array(z.string().min(1)).default([]),
});
export type PageData = z.output<typeof pageSchema>;
