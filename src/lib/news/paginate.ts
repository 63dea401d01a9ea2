export interface PageSlice<T> {
  /** 1-based page number. */
  page: number;
  /** Number of pages; at least 1, so an empty list still has a (empty) first page. */
  pages: number;
  items: T[];
  /** Position of the first item on this page in the whole list, 1-based (0 when the list is empty). */
  first: number;
  /** Position of the last item on this page, 1-based. */
  last: number;
  total: number;
}

/**
 * Splits a list into pages of `size`. Pure, so the news index, sector and kind listings share it.
 * @example paginate(['a', 'b', 'c'], 2).map((p) => p.items) // => [['a', 'b'], ['c']]
 */
export function paginate<T>(items: readonly T[], size: number): PageSlice<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`paginate: page size must be a positive integer, got ${size}`);
  const pages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pages }, (_, i) => {
    const slice = items.slice(i * size, (i + 1) * size);
    return {
      page: i + 1,
      pages,
      items: slice,
      first: slice.length > 0 ? i * size + 1 : 0,
      last: i * size + slice.length,
      total: items.length,
    };
  });
}

/**
 * Site path of page `page` of a listing whose first page lives at `basePath`: page 1 is the base itself,
 * later pages are `<base>page/<n>/`.
 * @example pagePath('news/', 1) // => 'news/'
 * @example pagePath('news/', 3) // => 'news/page/3/'
 */
export function pagePath(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}page/${page}/`;
}

/** Page numbers for a pager: first, last, and the current page with one neighbour each side; gaps are null. */
export function pagerNumbers(current: number, pages: number): (number | null)[] {
  const wanted = new Set([1, pages, current - 1, current, current + 1].filter((n) => n >= 1 && n <= pages));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n - sorted[i - 1]! > 1) out.push(null);
    out.push(n);
  });
  return out;
}
