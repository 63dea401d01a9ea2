/**
 * The site's languages and what Intl needs to know about them. Dictionary-free, so browser code and the
 * formatters may import it without pulling the UI strings into a bundle.
 */

/** Site languages in the order readers see them in the language chooser. */
export const LANGS = ['ja', 'id', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** BCP 47 locale handed to Intl; en-GB gives "11 February 2026" as the design brief asks. */
export const INTL_LOCALE: Record<Lang, string> = { ja: 'ja-JP', id: 'id-ID', en: 'en-GB' };

/** Each language's name written in that language (for the switcher and the chooser). */
export const LANG_NAMES: Record<Lang, string> = { ja: '日本語', id: 'Bahasa Indonesia', en: 'English' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The language of the downloads (CSV and JSON columns, notes in them) and of build messages. */
export const DATA_LANG: Lang = 'en';

/** The Open Graph locale of a language: "ja_JP". */
export const ogLocale = (lang: Lang): string => INTL_LOCALE[lang].replace('-', '_');

/**
 * How each language writes numbers, where Intl alone does not say (design brief, "Formats"). Words and word
 * order live in the dictionaries; these are the rules the formatters in src/lib/format/ follow.
 *  - unitGap: what stands between a number and its unit ("54,122トン", "54.122 ton");
 *  - myriads: large amounts in 万/億/兆 with the unit's base word ("9,441億8,000万ルピア");
 *  - symbolFirst: a currency symbol before the number ("Rp4.002.630") rather than its name after it;
 *  - compact: steps of the short form on chart axes, largest first ("1.4億", "144,9 jt", "144.9M");
 *  - scaleWords: large amounts in words ("¥85 billion"), where the language does not count in myriads;
 *  - reading: how reading time is counted (Japanese in characters, about 500 a minute; others in words);
 *  - citationMonths: month names in a citation date (fixed: Intl's short English months vary between ICU
 *    versions, "Sep" or "Sept"); none: the date is written with numbers.
 */
export interface NumberStyle {
  unitGap: '' | ' ';
  myriads: boolean;
  symbolFirst: boolean;
  compact: readonly { size: number; suffix: string }[];
  scaleWords: readonly { size: number; word: string }[];
  reading: { by: 'character' | 'word'; perMinute: number };
  citationMonths?: readonly string[];
}

export const NUMBER_STYLE: Record<Lang, NumberStyle> = {
  ja: {
    unitGap: '',
    myriads: true,
    symbolFirst: false,
    compact: [
      { size: 1e12, suffix: '兆' },
      { size: 1e8, suffix: '億' },
      { size: 1e4, suffix: '万' },
    ],
    scaleWords: [],
    reading: { by: 'character', perMinute: 500 },
  },
  // Design brief: ribu/rb, juta/jt, miliar/M, triliun/T, written after a space.
  id: {
    unitGap: ' ',
    myriads: false,
    symbolFirst: true,
    compact: [
      { size: 1e12, suffix: ' T' },
      { size: 1e9, suffix: ' M' },
      { size: 1e6, suffix: ' jt' },
      { size: 1e3, suffix: ' rb' },
    ],
    scaleWords: [
      { size: 1e12, word: 'triliun' },
      { size: 1e9, word: 'miliar' },
      { size: 1e6, word: 'juta' },
    ],
    reading: { by: 'word', perMinute: 200 },
    citationMonths: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  },
  en: {
    unitGap: ' ',
    myriads: false,
    symbolFirst: true,
    compact: [
      { size: 1e12, suffix: 'T' },
      { size: 1e9, suffix: 'B' },
      { size: 1e6, suffix: 'M' },
      { size: 1e3, suffix: 'K' },
    ],
    scaleWords: [
      { size: 1e12, word: 'trillion' },
      { size: 1e9, word: 'billion' },
      { size: 1e6, word: 'million' },
    ],
    reading: { by: 'word', perMinute: 200 },
    citationMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
};
