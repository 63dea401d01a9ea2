import { INTL_LOCALE, type Lang } from '../../i18n/index';

/**
 * Formats YYYY, YYYY-MM or YYYY-MM-DD in the reader's language, no more precise than the input.
 * Dates are read as UTC calendar dates so no time zone can shift them by a day.
 * @example formatDate('2026-02-11', 'ja') // => '2026年2月11日'
 */
export function formatDate(value: string, lang: Lang): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) throw new Error(`formatDate: "${value}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), m ? Number(m) - 1 : 0, d ? Number(d) : 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (m) options.month = 'long';
  if (d) options.day = 'numeric';
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], options).format(date);
}

/** A period label for tables: years stay years, quarters read "2024 Q3", months and dates as formatDate. */
export function formatPeriod(period: string, lang: Lang): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) {
    const [, y, q] = quarter;
    return lang === 'ja' ? `${y}年第${q}四半期` : lang === 'id' ? `Triwulan ${q} ${y}` : `Q${q} ${y}`;
  }
  const range = /^([\d-]+)\/([\d-]+)$/.exec(period);
  if (range) {
    const [from, to] = [formatPeriod(range[1]!, lang), formatPeriod(range[2]!, lang)];
    return from === to ? from : `${from}–${to}`;
  }
  if (/^\d{4}$/.test(period)) return lang === 'ja' ? `${period}年` : period;
  return formatDate(period, lang);
}
