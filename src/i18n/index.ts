import en from './en';
import id from './id';
import ja from './ja';
import type { UiDictionary, UiKey } from './types';

/** Site languages in the order readers see them in the language chooser. */
export const LANGS = ['ja', 'id', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type { UiDictionary, UiKey };

const DICTIONARIES: Record<Lang, UiDictionary> = { ja, id, en };

/** BCP 47 locale handed to Intl; en-GB gives "11 February 2026" as the design brief asks. */
export const INTL_LOCALE: Record<Lang, string> = { ja: 'ja-JP', id: 'id-ID', en: 'en-GB' };

/** Each language's name written in that language (for the switcher and the chooser). */
export const LANG_NAMES: Record<Lang, string> = { ja: '日本語', id: 'Bahasa Indonesia', en: 'English' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

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
  const template = DICTIONARIES[lang][key];
  if (typeof template !== 'string') {
    throw new Error(`src/i18n/${lang}.ts: missing UI string "${String(key)}"`);
  }
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) {
      throw new Error(`src/i18n/${lang}.ts: "${String(key)}" needs a value for {${name}}`);
    }
    return String(value);
  });
}

/** `t` bound to one language, for components. */
export function useTranslations(lang: Lang) {
  return (key: UiKey, vars?: Record<string, string | number>) => t(lang, key, vars);
}

/** Picks the reader's language from one of the site's localised text objects ({ ja, id, en }). */
export function pick<T>(text: Record<Lang, T>, lang: Lang): T {
  return text[lang];
}
