/**
 * The one calendar check for every date-like value in content: dates, partial dates, periods of every type
 * and ranges. A shape check alone lets "2025-13" through (it would print as January 2026) and
 * "2026-02-30" (2 March); this says why such a value does not exist, in words an editor can act on.
 */

/** Years a content date may name. Wider than any source or plan the site records; typos such as 9999 fail. */
export const YEAR_RANGE = { min: 1000, max: 2999 } as const;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Why one calendar value does not exist, or undefined when it does. Accepts YYYY, YYYY-MM, YYYY-MM-DD and
 * YYYY-Qn (shape errors are reported too, so a caller may use this alone).
 */
export function calendarProblem(value: string): string | undefined {
  const match = /^(\d{4})(?:-(?:Q(\d)|(\d{2}))(?:-(\d{2}))?)?$/.exec(value);
  if (!match || (match[2] !== undefined && match[4] !== undefined)) return `"${value}" is not a date or period (expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Qn)`;
  const [, y, q, m, d] = match;
  const year = Number(y);
  if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) return `"${value}": year ${year} is outside ${YEAR_RANGE.min}–${YEAR_RANGE.max}`;
  if (q !== undefined && (Number(q) < 1 || Number(q) > 4)) return `"${value}" has no quarter ${q} (quarters are Q1–Q4)`;
  if (m === undefined) return undefined;
  const month = Number(m);
  if (month < 1 || month > 12) return `"${value}" has no month ${m} (months are 01–12)`;
  if (d === undefined) return undefined;
  const day = Number(d);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return `"${value}" does not exist: ${MONTHS[month - 1]} ${year} has days 01–${last}`;
  return undefined;
}

/** Like calendarProblem, for a span START/END as well: both ends must exist and START must not follow END. */
export function periodCalendarProblem(value: string): string | undefined {
  const parts = value.split('/');
  if (parts.length > 2) return `"${value}" is not a period`;
  for (const part of parts) {
    const problem = calendarProblem(part);
    if (problem) return parts.length === 2 ? `${problem} (in the span "${value}")` : problem;
  }
  if (parts.length === 2 && parts[0]! > parts[1]!) return `"${value}" ends before it starts`;
  return undefined;
}
