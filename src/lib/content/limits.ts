import { LANGS } from '~/i18n/index';
import type { ContentIssue } from './errors';

/**
 * Length limits for text in content, in characters per language. They are far above anything written so far
 * (the longest paragraph field is about 430 characters, the longest article about 7,000) and stop a pasted
 * document or a runaway export from bloating every page that repeats the text (a 5 MB description once grew
 * dist/ from 24 to 64 MB).
 *  - label: titles, names, captions, keywords, publishers, standfirsts (one line on a page);
 *  - url: any address;
 *  - paragraph: every other text (descriptions, summaries, caveats, gaps, narrative, notes, locators);
 *  - articleBody: an MDX article after its frontmatter.
 */
export const TEXT_LIMITS = { label: 300, url: 2_000, paragraph: 4_000, articleBody: 100_000 } as const;

const LABEL_FIELDS = new Set(['title', 'name', 'label', 'officialName', 'publisher', 'measure', 'role', 'author', 'alt', 'seat', 'standfirst', 'keywords']);
const URL_FIELDS = new Set(['url', 'src']);

/** The limit for a string at `path`: decided by the nearest field name that is not a language or an index. */
export function limitFor(path: readonly (string | number)[]): number {
  const field = [...path].reverse().find((p): p is string => typeof p === 'string' && !(LANGS as readonly string[]).includes(p));
  if (field && LABEL_FIELDS.has(field)) return TEXT_LIMITS.label;
  if (field && URL_FIELDS.has(field)) return TEXT_LIMITS.url;
  return TEXT_LIMITS.paragraph;
}

/** One issue per string in `value` (parsed JSON or frontmatter) longer than its limit. */
export function textLengthIssues(file: string, value: unknown, path: (string | number)[] = []): ContentIssue[] {
  if (typeof value === 'string') {
    const limit = limitFor(path);
    return value.length > limit ? [{ file, path, message: `text of ${value.length.toLocaleString('en')} characters is longer than the limit of ${limit.toLocaleString('en')} for this field` }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => textLengthIssues(file, item, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => textLengthIssues(file, v, [...path, k]));
  return [];
}
