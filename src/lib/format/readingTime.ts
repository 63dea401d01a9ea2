import { NUMBER_STYLE, type Lang } from '~/i18n/langs';

/**
 * Minutes to read a text, at least one. Japanese is counted in characters (about 500 a minute),
 * Indonesian and English in words (about 200 a minute). MDX tags and expressions are not counted.
 */
export function readingMinutes(body: string, lang: Lang): number {
  const text = body
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ');
  const { by, perMinute } = NUMBER_STYLE[lang].reading;
  const amount = (by === 'character' ? text.replace(/\s+/g, '').length : text.split(/\s+/).filter(Boolean).length) / perMinute;
  return Math.max(1, Math.round(amount));
}
