/**
 * The catalogue's list pages (per sector, geography level and year) in every language, for the route files'
 * getStaticPaths. Computed once per build; the pages only render the slice they are given.
 */
import { LANGS, type Lang } from '../i18n/index';
import type { PageSlice } from '../lib/news/paginate';
import { catalogueEntry, type CatalogueEntry } from '../lib/data/catalogue';
import { datasetLists, listPages, type DatasetList, type DatasetListKind } from '../lib/data/datasetLists';
import { SECTORS } from '../schemas/common';
import { getDatasets, getSources } from './content';

export interface DatasetListPage {
  lang: Lang;
  list: DatasetList;
  slice: PageSlice<string>;
}

let lists: Promise<{ lists: DatasetList[]; entries: Map<string, CatalogueEntry> }> | undefined;

/** Every list with the catalogue entries it draws on (one pass over the datasets per build). */
export function catalogueLists(): Promise<{ lists: DatasetList[]; entries: Map<string, CatalogueEntry> }> {
  return (lists ??= (async () => {
    const [datasets, sources] = await Promise.all([getDatasets(), getSources()]);
    const entries = datasets.map((d) => catalogueEntry(d, sources));
    return { lists: datasetLists(entries, SECTORS), entries: new Map(entries.map((e) => [e.id, e])) };
  })());
}

/** Every page of every list of one kind, in every language. */
export async function datasetListPages(kind: DatasetListKind): Promise<DatasetListPage[]> {
  const { lists: all } = await catalogueLists();
  return LANGS.flatMap((lang) => all.filter((l) => l.kind === kind).flatMap((list) => listPages(list).map((slice) => ({ lang, list, slice }))));
}
