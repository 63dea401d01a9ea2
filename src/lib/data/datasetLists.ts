/**
 * The catalogue's own list pages: every dataset of a sector, of a level of geography, of a year, split into
 * pages of a fixed number of rows, so no list page grows with the catalogue (the HTML+CSS budget is 60 KB gzip
 * per page, docs/performance.md). The catalogue itself lists every dataset only while the lists are short;
 * beyond that each sector shows its lead datasets and links to its own pages. Pure: the route files and the
 * tests share it.
 */
import { paginate, type PageSlice } from '../news/paginate';
import { GEOGRAPHY_LEVELS, indexBy, type CatalogueEntry } from './catalogue';

/** Rows per list page: a compact row is about 100–150 bytes gzip, so 100 rows stay far inside the budget. */
export const DATASET_LIST_PAGE_SIZE = 100;
/**
 * Folded rows the catalogue page holds itself (every sector's datasets after its lead cards, together). Past
 * this, the catalogue links each sector to its list pages instead. Measured with the benchmark's 1,000 cloned
 * datasets before folding: 998 KB of HTML, 57.6 KB gzip with its CSS (the clones' near-identical titles
 * compress far better than real ones would).
 */
export const CATALOGUE_INLINE_MAX = 120;
/** Datasets a hub links to in its dataset list (its own first); past this, a link to the sector's list pages. */
export const HUB_DATASETS_MAX = 30;
/** Datasets per topic in the catalogue's "which to cite for what" guide; each dataset's own page lists its whole topic. */
export const CITE_GUIDE_MAX = 10;

export type DatasetListKind = 'sector' | 'level' | 'year';

export interface DatasetList {
  kind: DatasetListKind;
  /** The sector id, geography level or year (as a string). */
  key: string;
  /** Language-independent path of the list's first page, e.g. "data/sectors/fisheries/". */
  basePath: string;
  /** Dataset ids, grouped by sector in the given sector order, then by id. */
  ids: string[];
}

const FOLDER: Record<DatasetListKind, string> = { sector: 'sectors', level: 'geography', year: 'years' };

export function listBasePath(kind: DatasetListKind, key: string): string {
  return `data/${FOLDER[kind]}/${key}/`;
}

/** Every list of the catalogue: one per sector present, per geography level present, per year with data. */
export function datasetLists(entries: readonly CatalogueEntry[], sectors: readonly string[]): DatasetList[] {
  const rank = new Map(sectors.map((s, i) => [s, i]));
  const ordered = [...entries].sort((a, b) => (rank.get(a.sector) ?? sectors.length) - (rank.get(b.sector) ?? sectors.length) || a.id.localeCompare(b.id));
  const list = (kind: DatasetListKind, key: string, ids: string[]): DatasetList => ({ kind, key, basePath: listBasePath(kind, key), ids });
  return [
    ...sectors.map((s) => list('sector', s, ordered.filter((e) => e.sector === s).map((e) => e.id))).filter((l) => l.ids.length > 0),
    ...indexBy(ordered, (e) => e.levels)
      .sort(([a], [b]) => GEOGRAPHY_LEVELS.indexOf(a) - GEOGRAPHY_LEVELS.indexOf(b))
      .map(([level, ids]) => list('level', level, ids)),
    ...indexBy(ordered, (e) => e.years).map(([year, ids]) => list('year', String(year), ids)),
  ];
}

/** A list's pages of at most DATASET_LIST_PAGE_SIZE rows. */
export function listPages(list: DatasetList, size = DATASET_LIST_PAGE_SIZE): PageSlice<string>[] {
  return paginate(list.ids, size);
}

/** Whether the catalogue page folds its sectors' remaining datasets into their list pages. */
export function catalogueFolds(foldedRows: number, max = CATALOGUE_INLINE_MAX): boolean {
  return foldedRows > max;
}
