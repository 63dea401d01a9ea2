/**
 * The search page's lists for readers without scripts (or when search fails to load): every section, the
 * datasets of each sector and the latest news. Each list stops at a fixed length and links to the full,
 * paginated list instead (the news listing, the catalogue's sector lists), so the page does not grow with the
 * archive: at 5,000 articles per language the unbounded lists made it 84 KB gzip against a 60 KB budget.
 */
export const BROWSE_NEWS_MAX = 30;
export const BROWSE_DATASETS_PER_SECTOR = 30;

export interface BrowseSlice<T> {
  shown: T[];
  /** All items, when some are not shown (the list then links to the full one); else undefined. */
  total: number | undefined;
}

export function browseSlice<T>(items: readonly T[], max: number): BrowseSlice<T> {
  return { shown: items.slice(0, max), total: items.length > max ? items.length : undefined };
}
