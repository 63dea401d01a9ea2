import en from './en';
import id from './id';
import ja from './ja';
import { LANGS, isLang, type Lang } from './langs';
import { fill, parts, type TemplatePart } from './template';
import type { UiDictionary, UiKey } from './types';

export { INTL_LOCALE, LANG_NAMES, LANGS, isLang, type Lang } from './langs';
export type { UiDictionary, UiKey };
export type { TemplatePart } from './template';

const DICTIONARIES: Record<Lang, UiDictionary> = { ja, id, en };

export function assertLang(value: unknown, where: string): Lang {
  if (!isLang(value)) {
    throw new Error(`${where}: unknown language "${String(value)}" (expected one of ${LANGS.join(', ')})`);
  }
  return value;
}

export function dictionary(lang: Lang): UiDictionary {
  return DICTIONARIES[lang];
}

/**
 * Looks up a UI string and fills `{name}` placeholders. An unknown key or an unfilled placeholder throws,
 * so a missing translation fails the build instead of printing a raw key.
 * @example t('en', 'news.by', { author: 'Data desk' }) // => 'By Data desk'
 */
export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  return fill(template(lang, key), vars, (name) => {
    throw new Error(`src/i18n/${lang}.ts: "${String(key)}" needs a value for {${name}}`);
  });
}

/**
 * A UI string split around its placeholders, for a component that puts elements in them (a <time> where
 * "{date}" stands): the same strings as `t`, filled by the caller.
 * @example tParts('en', 'invest.jpy') // => [{ text: '(' }, { slot: 'amount' }, { text: ' at the rate of ' }, …]
 */
export function tParts(lang: Lang, key: UiKey): TemplatePart[] {
  return parts(template(lang, key));
}

function template(lang: Lang, key: UiKey): string {
  const value = DICTIONARIES[lang][key];
  if (typeof value !== 'string') throw new Error(`src/i18n/${lang}.ts: missing UI string "${String(key)}"`);
  return value;
}

/** `t` bound to one language, for components. */
export function useTranslations(lang: Lang) {
  return (key: UiKey, vars?: Record<string, string | number>) => t(lang, key, vars);
}

/** Picks the reader's language from one of the site's localised text objects ({ ja, id, en }). */
export function pick<T>(text: Record<Lang, T>, lang: Lang): T {
  return text[lang];
}
