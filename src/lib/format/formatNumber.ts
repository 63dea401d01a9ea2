import { INTL_LOCALE, type Lang } from '~/i18n/index';
import { numberFormat } from './intl';

/** Locale-formatted number, keeping exactly `decimals` places when the source published them. */
export function formatNumber(value: number, lang: Lang, decimals?: number): string {
  const options: Intl.NumberFormatOptions =
    decimals === undefined ? { maximumFractionDigits: 6 } : { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  return numberFormat(INTL_LOCALE[lang], options).format(value);
}

/** Counts decimals in a recorded JSON number, so 870252.94 keeps two places even without `decimals`. */
export function decimalsOf(value: number): number {
  const text = String(value);
  if (text.includes('e')) return 0;
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}
