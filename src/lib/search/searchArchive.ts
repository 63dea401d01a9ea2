/**
 * The news archive's own search index. Pagefind fetches a metadata file listing every page of a language before
 * it looks up a word (about 9 bytes a page, gzip), so a newsroom with thousands of old articles would make every
 * first search heavy. Articles older than ARCHIVE_YEARS before the newest article go to a second index
 * (`pagefind-archive/`) that the search page loads only when a reader asks for it. The cut-off follows the
 * content, not the clock, so the same content always builds the same indexes.
 */

/** How many years of news, counted back from the newest article, the first search covers. */
export const ARCHIVE_YEARS = 2;

/** The HTML attribute on <main> that tells the index step which index a page belongs to. */
export type SearchIndexName = 'current' | 'archive';

/**
 * The first day the current index covers: the newest date minus ARCHIVE_YEARS (29 February falls back to the
 * 28th). Null without dates. Articles dated before it are archived.
 * @example archiveCutoff(['2026-02-11', '2025-06-01']) // => '2024-02-11'
 */
export function archiveCutoff(dates: readonly string[]): string | null {
  if (dates.length === 0) return null;
  const newest = dates.reduce((a, b) => (b > a ? b : a));
  const [year, month, day] = newest.split('-').map(Number) as [number, number, number];
  const cutoff = new Date(Date.UTC(year - ARCHIVE_YEARS, month - 1, day));
  if (cutoff.getUTCMonth() !== month - 1) cutoff.setUTCDate(0); // 29 Feb → 28 Feb
  return cutoff.toISOString().slice(0, 10);
}

export function searchIndexFor(date: string | undefined, cutoff: string | null): SearchIndexName {
  return date !== undefined && cutoff !== null && date < cutoff ? 'archive' : 'current';
}

export interface ScoredResult {
  score: number;
}

/**
 * One list from the current index's results and the archive's. By relevance they interleave by score (what
 * Pagefind's own mergeIndex does); newest first, every archived article is older than every current one, so the
 * current results come first, each list keeping Pagefind's date order.
 */
export function mergeResults<R extends ScoredResult>(lists: readonly (readonly R[])[], sort: 'relevance' | 'newest'): R[] {
  const all = lists.flat();
  return sort === 'newest' ? all : all.map((r, i) => ({ r, i })).sort((a, b) => b.r.score - a.r.score || a.i - b.i).map(({ r }) => r);
}

export type FilterCounts = Record<string, Record<string, number>>;

/** Adds filter counts from several indexes (a missing one counts nothing). */
export function sumCounts(list: readonly (FilterCounts | undefined)[]): FilterCounts {
  const sum: FilterCounts = {};
  for (const counts of list) {
    for (const [key, values] of Object.entries(counts ?? {})) {
      const into = (sum[key] ??= {});
      for (const [value, n] of Object.entries(values)) into[value] = (into[value] ?? 0) + n;
    }
  }
  return sum;
}
