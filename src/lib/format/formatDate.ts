import { INTL_LOCALE, type Lang } from '~/i18n/index';
import { formatPeriodLabel } from './period';
import { dateTimeFormat } from './intl';

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
  return dateTimeFormat(INTL_LOCALE[lang], options).format(date);
}

/**
 * A period label for charts, tables and subtitles: the short form of formatPeriodLabel (period.ts), e.g.
 * "2024", "Q3 2024", "Jun 2025", "Jan–May 2022" / "2022年1–5月" / "Jan–Mei 2022".
 */
export function formatPeriod(period: string, lang: Lang): string {
  return formatPeriodLabel(period, lang, 'short');
}
