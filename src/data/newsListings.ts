/**
 * The news desk's listing pages (all news, per sector, per kind), paginated per language. Route files call
 * these from getStaticPaths; the pages themselves only render what they are given.
 */
import { LANGS, type Lang } from '../i18n/index';
import type { ArticleData } from '../schemas/article';
import { paginate, type PageSlice } from '../lib/news/paginate';
import { untranslatedIn } from '../lib/news/desk';
import { getAllArticles, type ArticleEntry } from './content';

export const NEWS_PAGE_SIZE = 10;

export type TaggedArticle = ArticleEntry & { lang: Lang };

export interface ListingPage {
  lang: Lang;
  /** Language-independent path of the listing's first page, e.g. "news/sector/mining/". */
  basePath: string;
  slice: PageSlice<TaggedArticle>;
  /** Articles of this listing that exist only in other languages (first page only). */
  untranslated: ReturnType<typeof untranslatedIn<TaggedArticle>>;
  /** Languages in which this page number exists, for hreflang alternates. */
  availableIn: Lang[];
}

/** Every page of one listing in every language; a language with no matching article still gets an (empty) first page. */
export async function listingPages(basePath: string, include: (data: ArticleData) => boolean = () => true): Promise<ListingPage[]> {
  const all = (await getAllArticles()).filter((a) => include(a.data));
  const perLang = LANGS.map((lang) => ({ lang, pages: paginate(all.filter((a) => a.lang === lang), NEWS_PAGE_SIZE) }));
  return perLang.flatMap(({ lang, pages }) =>
    pages.map((slice) => ({
      lang,
      basePath,
      slice,
      untranslated: slice.page === 1 ? untranslatedIn(lang, all) : [],
      availableIn: perLang.filter((p) => p.pages.length >= slice.page).map((p) => p.lang),
    })),
  );
}

/** Rest parameter for a listing route: undefined for the first page, "page/<n>" after it. */
export function pageParam(page: number): string | undefined {
  return page <= 1 ? undefined : `page/${page}`;
}

/**
 * getStaticPaths of a family of listings, one per value (each article kind, each sector): every page of each
 * value's listing in every language, /[lang]/news/<key>/<value>/ and …/page/2/.
 */
export async function groupedListingPaths<V extends string, K extends string>(key: K, values: readonly V[], include: (value: V) => (data: ArticleData) => boolean) {
  const perValue = await Promise.all(values.map(async (value) => (await listingPages(`news/${key}/${value}/`, include(value))).map((listing) => ({ value, listing }))));
  return perValue.flat().map(({ value, listing }) => ({
    params: { lang: listing.lang, page: pageParam(listing.slice.page), ...({ [key]: value } as Record<K, V>) },
    props: { value, listing },
  }));
}
