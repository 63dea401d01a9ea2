import type { Lang } from '../../i18n/index';

/**
 * Minutes to read a text, at least one. Japanese is counted in characters (about 500 a minute),
 * Indonesian and English in words (about 200 a minute). MDX tags and expressions are not counted.
 */
export function readingMinutes(body: string, lang: Lang): number {
  const text = body
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ');
  const amount = lang === 'ja' ? text.replace(/\s+/g, '').length / 500 : text.split(/\s+/).filter(Boolean).length / 200;
  return Math.max(1, Math.round(amount));
}
