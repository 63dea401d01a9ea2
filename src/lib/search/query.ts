/**
 * The search page's state as it lives in the address bar (?q=…&sector=…&kind=…&year=…&sort=newest&archive=1), and
 * the options Pagefind's JS API expects for it. Pure, so the page script stays a thin DOM layer.
 */

/** Filter keys the layout writes on every indexed page (see SearchFacets in BaseLayout). */
export const FILTER_KEYS = ['kind', 'sector', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type SortOrder = 'relevance' | 'newest';

export interface SearchState {
  query: string;
  filters: Record<FilterKey, string[]>;
  sort: SortOrder;
  /** The news archive's index is searched too (searchArchive.ts). */
  archive: boolean;
}

const VALUE = /^[a-z0-9-]{1,40}$/;

/** Reads the state from a query string; unknown keys and malformed values are ignored. */
export function parseSearchParams(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters = Object.fromEntries(
    FILTER_KEYS.map((key) => [key, [...new Set(params.getAll(key).filter((v) => VALUE.test(v)))].sort()]),
  ) as Record<FilterKey, string[]>;
  return {
    query: (params.get('q') ?? '').trim().slice(0, 200),
    filters,
    sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
    archive: params.get('archive') === '1',
  };
}

/** Writes the state back as a query string (without "?"), omitting defaults so shared links stay short. */
export function toSearchParams(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  if (state.sort === 'newest') params.set('sort', 'newest');
  if (state.archive) params.set('archive', '1');
  return params.toString();
}

export function hasActiveSearch(state: SearchState): boolean {
  return state.query !== '' || FILTER_KEYS.some((k) => state.filters[k].length > 0);
}

export interface PagefindSearchOptions {
  filters: Partial<Record<FilterKey, { any: string[] }>>;
  sort?: { date: 'desc' };
}

/**
 * Pagefind options: values chosen within one filter widen the results (any), different filters narrow them.
 * Sorting by date drops pages without a date (Pagefind's rule), so it is only applied when asked for.
 * @example pagefindArguments(parseSearchParams('q=gold&sector=mining')) // => ['gold', { filters: { sector: { any: ['mining'] } } }]
 */
export function pagefindArguments(state: SearchState): [string | null, PagefindSearchOptions] {
  const filters: PagefindSearchOptions['filters'] = {};
  for (const key of FILTER_KEYS) if (state.filters[key].length > 0) filters[key] = { any: state.filters[key] };
  const options: PagefindSearchOptions = { filters };
  if (state.sort === 'newest') options.sort = { date: 'desc' };
  // Pagefind treats null as "everything that matches the filters", which makes filters work without typing.
  return [state.query === '' ? null : state.query, options];
}
