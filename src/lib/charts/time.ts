import type { Lang } from '~/i18n/index';
import { formatMonth, formatPeriodLabel, periodBounds, periodMidpoint } from '../format/period';

/**
 * A real time axis for dated series: each period sits at its midpoint in UTC milliseconds on a linear scale,
 * so 2020-06 → 2023-12 is wider than one month. Tick labels are written here at build time with the site's
 * own Intl formatters (period.ts), so the browser needs no date adapter.
 */
export interface TimeAxis {
  /** Each category's midpoint, start and exclusive end (ms, UTC). */
  positions: number[];
  starts: number[];
  ends: number[];
  /** Axis extent: the start of the first period to the end of the last. */
  min: number;
  max: number;
  ticks: { value: number; label: string }[];
  /** Ranges are drawn as spans over their period, not as points (range datasets). */
  spans: boolean;
}

const MAX_TICKS = 8;
const MONTH_STEPS = [1, 2, 3, 6];
const YEAR_STEPS = [1, 2, 5, 10, 20, 50];
const monthMid = (index: number) => {
  const [y, m] = [Math.floor(index / 12), index % 12];
  return Math.round((Date.UTC(y, m, 1) + Date.UTC(y, m + 1, 1)) / 2);
};

/**
 * Ticks at the middle of whole years (labelled "2019" / "2019年") or, for data finer than a year over a short
 * span, of months ("Jan 2024"); at most eight.
 */
export function timeTicks(min: number, max: number, lang: Lang, yearsOnly = false): { value: number; label: string }[] {
  const first = new Date(min);
  const last = new Date(max - 1);
  const firstMonth = first.getUTCFullYear() * 12 + first.getUTCMonth();
  const lastMonth = last.getUTCFullYear() * 12 + last.getUTCMonth();
  const months = lastMonth - firstMonth + 1;
  const inside = (value: number) => value >= min && value <= max;
  if (!yearsOnly && months <= MAX_TICKS * 6) {
    const step = MONTH_STEPS.find((s) => Math.ceil(months / s) <= MAX_TICKS) ?? 6;
    const ticks = [];
    for (let m = firstMonth; m <= lastMonth; m++) {
      if (m % 12 % step === 0 && inside(monthMid(m))) ticks.push({ value: monthMid(m), label: formatMonth(m, lang) });
    }
    if (ticks.length >= 2 || months <= 1) return ticks;
  }
  const [y1, y2] = [Math.floor(firstMonth / 12), Math.floor(lastMonth / 12)];
  const step = YEAR_STEPS.find((s) => Math.ceil((y2 - y1 + 1) / s) <= MAX_TICKS) ?? 50;
  const ticks = [];
  for (let y = y1; y <= y2; y++) {
    const value = periodMidpoint(String(y));
    if (y % step === 0 && inside(value)) ticks.push({ value, label: formatPeriodLabel(String(y), lang) });
  }
  return ticks;
}

/** The time axis for a chart's periods (sorted as the categories are). */
export function timeAxis(periods: readonly string[], lang: Lang, spans: boolean): TimeAxis {
  const bounds = periods.map(periodBounds);
  const starts = bounds.map((b) => b.start);
  const ends = bounds.map((b) => b.end);
  const min = Math.min(...starts);
  const max = Math.max(...ends);
  const yearsOnly = bounds.every((b) => b.months !== null && b.months % 12 === 0);
  let ticks = timeTicks(min, max, lang, yearsOnly);
  // A span too short for any tick (a few days of exchange rates): label the periods themselves.
  if (ticks.length === 0) ticks = periods.map((p) => ({ value: periodMidpoint(p), label: formatPeriodLabel(p, lang) }));
  return { positions: periods.map(periodMidpoint), starts, ends, min, max, ticks, spans };
}
