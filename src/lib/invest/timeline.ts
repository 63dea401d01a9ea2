/**
 * Pure helpers for the cooperation timeline: order, decades, sector grouping and date labels.
 * Dates are partial (YYYY, YYYY-MM, YYYY-MM-DD); a less precise date sorts before a more precise one in
 * the same period, so "2023" comes before "2023-03-02".
 */
import { t, type Lang } from '~/i18n/index';
import { formatDate } from '../format/formatDate';

export interface DatedEvent {
  id: string;
  date: string;
  approximate?: boolean;
  sectors: readonly string[];
}

export function sortEvents<T extends DatedEvent>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** The decade an event falls in: 1927 → 1920. */
export function decadeOf(date: string): number {
  const year = Number(date.slice(0, 4));
  if (!Number.isInteger(year)) throw new Error(`decadeOf: "${date}" does not start with a year`);
  return Math.floor(year / 10) * 10;
}

/** Events grouped by decade, oldest decade first; each group keeps the events' order. */
export function groupByDecade<T extends DatedEvent>(events: readonly T[]): { decade: number; events: T[] }[] {
  const groups = new Map<number, T[]>();
  for (const event of sortEvents(events)) {
    const decade = decadeOf(event.date);
    groups.set(decade, [...(groups.get(decade) ?? []), event]);
  }
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([decade, list]) => ({ decade, events: list }));
}

/** For each sector (in the order given), the events tagged with it; sectors without events are left out. */
export function eventsBySector<T extends DatedEvent, S extends string>(events: readonly T[], sectors: readonly S[]): { sector: S; events: T[] }[] {
  return sectors
    .map((sector) => ({ sector, events: sortEvents(events.filter((e) => e.sectors.includes(sector))) }))
    .filter((g) => g.events.length > 0);
}

/** "1920s" / "1920年代" / "1920-an". */
export function decadeLabel(decade: number, lang: Lang): string {
  return t(lang, 'invest.timeline.decade', { decade });
}

/** The event's date in the reader's language, no more precise than recorded; approximate dates say so. */
export function eventDateLabel(date: string, approximate: boolean, lang: Lang): string {
  const text = formatDate(date, lang);
  if (!approximate) return text;
  return t(lang, 'invest.timeline.approximateDate', { date: text });
}

/** Fragment id of an event on the timeline page. */
export const eventAnchor = (id: string) => `event-${id}`;

