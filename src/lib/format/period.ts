import { INTL_LOCALE, t, type Lang } from '~/i18n/index';
import { dateTimeFormat } from './intl';

/**
 * Periods as time: where a period starts and ends, how long it is, and how to print it short ("Jan–May 2022",
 * "2022年1–5月", "Jan–Mei 2022") or long ("January–May 2022") in each language. Dataset periods are YYYY,
 * YYYY-Qn, YYYY-MM, YYYY-MM-DD or a range of years or months ("2020/2024", "2024-01/2024-05").
 */

export type PeriodStyle = 'short' | 'long';

export interface PeriodBounds {
  /** Milliseconds since the epoch (UTC) at the first instant of the period. */
  start: number;
  /** The first instant after the period (exclusive end). */
  end: number;
  /** Length in whole months; null for a single day. */
  months: number | null;
  /** Month index (year × 12 + month − 1) of the first and last month the period touches. */
  firstMonth: number;
  lastMonth: number;
}

const monthStart = (index: number) => Date.UTC(Math.floor(index / 12), index % 12, 1);

function monthIndexOf(part: string, edge: 'first' | 'last'): number {
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(part);
  if (!m) throw new Error(`period: "${part}" is not YYYY or YYYY-MM`);
  const year = Number(m[1]);
  if (m[2]) return year * 12 + Number(m[2]) - 1;
  return year * 12 + (edge === 'first' ? 0 : 11);
}

/**
 * Start, end and length of a period.
 * @example periodBounds('2024-01/2024-05').months // => 5
 */
export function periodBounds(period: string): PeriodBounds {
  const range = /^([\d-]+)\/([\d-]+)$/.exec(period);
  if (range) {
    const firstMonth = monthIndexOf(range[1]!, 'first');
    const lastMonth = monthIndexOf(range[2]!, 'last');
    return { start: monthStart(firstMonth), end: monthStart(lastMonth + 1), months: lastMonth - firstMonth + 1, firstMonth, lastMonth };
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) {
    const firstMonth = Number(quarter[1]) * 12 + (Number(quarter[2]) - 1) * 3;
    return { start: monthStart(firstMonth), end: monthStart(firstMonth + 3), months: 3, firstMonth, lastMonth: firstMonth + 2 };
  }
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(period);
  if (date) {
    const start = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
    const month = Number(date[1]) * 12 + Number(date[2]) - 1;
    return { start, end: start + 86_400_000, months: null, firstMonth: month, lastMonth: month };
  }
  const firstMonth = monthIndexOf(period, 'first');
  const lastMonth = monthIndexOf(period, 'last');
  return { start: monthStart(firstMonth), end: monthStart(lastMonth + 1), months: lastMonth - firstMonth + 1, firstMonth, lastMonth };
}

/** Length of a period in months (a year is 12, "2024-01/2024-05" is 5); null for a single day. */
export const periodMonths = (period: string): number | null => periodBounds(period).months;

/** The middle of a period, where a chart places its value on a time axis. */
export function periodMidpoint(period: string): number {
  const { start, end } = periodBounds(period);
  return Math.round((start + end) / 2);
}

const monthFormat = (lang: Lang, style: PeriodStyle, withYear: boolean) =>
  dateTimeFormat(INTL_LOCALE[lang], { timeZone: 'UTC', month: style, ...(withYear ? { year: 'numeric' } : {}) });

/** One month: "Jan 2022" / "January 2022" / "2022年1月". */
export function formatMonth(index: number, lang: Lang, style: PeriodStyle = 'short'): string {
  return monthFormat(lang, style, true).format(new Date(monthStart(index)));
}

/**
 * A run of whole months, as short as the language allows: one month ("May 2022"), a whole year ("2022"),
 * whole years ("2020–2024"), months in one year ("Jan–May 2022", "2022年1–5月") or across years
 * ("Sept 2020–Feb 2021"). Never four dates in a row.
 */
export function formatMonthSpan(firstMonth: number, lastMonth: number, lang: Lang, style: PeriodStyle = 'short'): string {
  const [y1, m1, y2, m2] = [Math.floor(firstMonth / 12), (firstMonth % 12) + 1, Math.floor(lastMonth / 12), (lastMonth % 12) + 1];
  if (firstMonth === lastMonth) return formatMonth(firstMonth, lang, style);
  if (m1 === 1 && m2 === 12) return y1 === y2 ? t(lang, 'period.year', { year: y1 }) : t(lang, 'period.years', { fromYear: y1, toYear: y2 });
  // The month as the language writes it inside a date: "Jan", "Januari", or "1" in Japanese ("2022年1–5月").
  const name = (index: number) => monthFormat(lang, style, false).formatToParts(new Date(monthStart(index))).find((p) => p.type === 'month')!.value;
  const vars = { year: y1, fromYear: y1, toYear: y2, from: name(firstMonth), to: name(lastMonth) };
  return t(lang, y1 === y2 ? 'period.monthsSameYear' : 'period.monthsAcrossYears', vars);
}

/** A day: "11 Feb 2026" / "11 February 2026" / "2026年2月11日". */
function formatDay(period: string, lang: Lang, style: PeriodStyle): string {
  const [y, m, d] = period.split('-').map(Number) as [number, number, number];
  return dateTimeFormat(INTL_LOCALE[lang], { timeZone: 'UTC', year: 'numeric', month: style, day: 'numeric' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/**
 * A dataset period for charts, tables and subtitles (short) or sentences (long).
 * @example formatPeriodLabel('2022-01/2022-05', 'ja') // => '2022年1–5月'
 * @example formatPeriodLabel('2022-01/2022-05', 'en', 'long') // => 'January–May 2022'
 */
export function formatPeriodLabel(period: string, lang: Lang, style: PeriodStyle = 'short'): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(period)) return formatDay(period, lang, style);
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return t(lang, 'period.quarter', { year: quarter[1]!, q: quarter[2]! });
  const { firstMonth, lastMonth } = periodBounds(period);
  return formatMonthSpan(firstMonth, lastMonth, lang, style);
}

/**
 * The span from the start of one period to the end of another, for subtitles and coverage sentences:
 * "Sept 2020–May 2024", not "September 2020–October 2020–January 2024–May 2024".
 */
export function formatPeriodSpan(first: string, last: string, lang: Lang, style: PeriodStyle = 'short'): string {
  if (first === last) return formatPeriodLabel(first, lang, style);
  const dayLike = /^\d{4}-\d{2}-\d{2}$/;
  if (dayLike.test(first) || dayLike.test(last)) {
    return t(lang, 'period.between', { from: formatPeriodLabel(first, lang, style), to: formatPeriodLabel(last, lang, style) });
  }
  const a = periodBounds(first);
  const b = periodBounds(last);
  // Whole years stay years ("2018–2025"); anything finer is a run of months.
  return formatMonthSpan(Math.min(a.firstMonth, b.firstMonth), Math.max(a.lastMonth, b.lastMonth), lang, style);
}
