/**
 * The only place pages and components read collections. Everything here returns plain, sorted data;
 * formatting and logic live in src/lib/.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { LANGS, type Lang } from '../i18n/index';
import type { Dataset } from '../schemas/dataset';
import type { Place } from '../schemas/place';
import type { Region } from '../schemas/region';
import type { Source } from '../schemas/source';
import type { Opportunity } from '../schemas/opportunity';
import type { TimelineEvent } from '../schemas/timelineEvent';
import { sortEvents } from '../lib/invest/timeline';
import { langPaths } from '../lib/site/langPaths';
import { SETUP_GUIDE_PAGES } from '../lib/invest/deskDatasets';
import { archiveCutoff, searchIndexFor } from '../lib/search/searchArchive';
import type { Hub } from '../schemas/hub';
import type { DeskContact } from '../schemas/contact';
import type { SetupGuide } from '../schemas/setupGuide';

export type ArticleEntry = CollectionEntry<'articles'>;

export async function getDatasets(): Promise<Dataset[]> {
  return (await getCollection('datasets')).map((e) => e.data as Dataset).sort((a, b) => a.id.localeCompare(b.id));
}

/** A dataset by id; an unknown id throws with the caller's location so the build names the culprit. */
export async function requireDataset(id: string, where: string): Promise<Dataset> {
  const entry = await getEntry('datasets', id);
  if (!entry) throw new Error(`${where}: unknown dataset id "${id}"`);
  return entry.data as Dataset;
}

export async function getSources(): Promise<Map<string, Source>> {
  const all = await getCollection('sources');
  return new Map(all.map((e) => [e.id, e.data as Source]));
}

/** The investor desk's offices (content/contacts/), by id. */
export async function getContacts(): Promise<Map<string, DeskContact>> {
  const all = await getCollection('contacts');
  return new Map(all.map((e) => [e.id, e.data as DeskContact]));
}

/** A setup guide of the investor desk (content/setup/<id>.json); an unknown id throws. */
export async function getRegions(): Promise<Map<string, Region>> {
  const all = await getCollection('regions');
  return new Map(all.map((e) => [e.id, e.data as Region]));
}

/** Map points from content/places.json, in file order (seats first, as the file lists them). */
export async function getPlaces(): Promise<Place[]> {
  return (await getCollection('places')).map((e) => e.data as Place);
}

/** Sources in the order they are first cited, for a page's source list. */
export async function sourcesFor(ids: Iterable<string>, where: string): Promise<Source[]> {
  const map = await getSources();
  return [...new Set(ids)].map((id) => {
    const source = map.get(id);
    if (!source) throw new Error(`${where}: unknown source id "${id}"`);
    return source;
  });
}

/*
 * Article lists are read by every article page. Built once per production build (content cannot change
 * during a build), they keep the build linear in the number of articles instead of quadratic; the dev
 * server reads them fresh so edits show up. Callers must not mutate the returned arrays.
 */
const memo = new Map<string, Promise<unknown>>();
function once<T>(key: string, make: () => Promise<T>): Promise<T> {
  if (!import.meta.env.PROD) return make();
  let value = memo.get(key) as Promise<T> | undefined;
  if (!value) {
    value = make();
    memo.set(key, value);
  }
  return value;
}

export type TaggedArticle = ArticleEntry & { lang: Lang };

/** Published articles in every language, each tagged with its language, newest first. */
export function getAllArticles(): Promise<TaggedArticle[]> {
  return once('articles', async () =>
    (await getCollection('articles', (e) => !e.data.draft))
      .map((e) => ({ ...e, lang: e.id.split('/')[0] as Lang }))
      .sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id)),
  );
}

/** Published articles in one language, newest first. */
export function getArticles(lang: Lang): Promise<TaggedArticle[]> {
  return once(`articles:${lang}`, async () => (await getAllArticles()).filter((a) => a.lang === lang));
}

/** The news archive's cut-off (src/lib/search/searchArchive.ts) and how many articles each language archives. */
export function getSearchArchive(): Promise<{ cutoff: string | null; archived: Record<Lang, number> }> {
  return once('searchArchive', async () => {
    const articles = await getAllArticles();
    const cutoff = archiveCutoff(articles.map((a) => a.data.date));
    const archived = Object.fromEntries(LANGS.map((l) => [l, articles.filter((a) => a.lang === l && searchIndexFor(a.data.date, cutoff) === 'archive').length]));
    return { cutoff, archived: archived as Record<Lang, number> };
  });
}

/** Every language version of one article, keyed by language. */
export async function getTranslations(translationKey: string): Promise<Partial<Record<Lang, ArticleEntry>>> {
  const byKey = await once('articles:byKey', async () => Map.groupBy(await getAllArticles(), (a) => a.data.translationKey));
  return Object.fromEntries((byKey.get(translationKey) ?? []).map((e) => [e.lang, e])) as Partial<Record<Lang, ArticleEntry>>;
}

export type PageEntry = CollectionEntry<'pages'>;

/** A prose page (content/pages/<lang>/<name>.mdx) in one language, or undefined where it is not written. */
export async function getPage(lang: Lang, name: string): Promise<PageEntry | undefined> {
  return getEntry('pages', `${lang}/${name}`);
}

/** getStaticPaths for a prose page: the languages it is written in. */
export async function pagePaths(name: string) {
  return (await getCollection('pages', (e) => e.id.endsWith(`/${name}`))).map((page) => {
    const lang = page.id.split('/')[0] as Lang;
    return { params: { lang }, props: { lang, page } };
  });
}

/** Investment opportunity profiles, by id (stable across languages). */
export async function getOpportunities(): Promise<Opportunity[]> {
  return (await getCollection('opportunities')).map((e) => e.data as Opportunity).sort((a, b) => a.id.localeCompare(b.id));
}

/** North Sulawesi–Japan cooperation events, oldest first; pass a sector to keep only its events. */
export async function getTimeline(sector?: string): Promise<TimelineEvent[]> {
  const all = (await getCollection('timeline')).map((e) => e.data as TimelineEvent);
  return sortEvents(sector ? all.filter((e) => (e.sectors as string[]).includes(sector)) : all);
}

/** Sector hubs (content/hubs/*.json), by id; the id is the hub's page path under /[lang]/. */
export async function getHubs(): Promise<Hub[]> {
  return (await getCollection('hubs')).map((e) => e.data as Hub).sort((a, b) => a.id.localeCompare(b.id));
}

/** Paths in every language for a page drawn from these datasets, or none when the content lacks one of them. */
export async function langPathsWithDatasets(ids: readonly string[]) {
  const have = new Set((await getDatasets()).map((d) => d.id));
  return ids.every((id) => have.has(id)) ? langPaths() : [];
}

/**
 * getStaticPaths of the desk's guide pages (/[lang]/invest/<path>/): each guide of SETUP_GUIDE_PAGES the content
 * has, in every language; a small test site without guides has none of these pages.
 */
export async function setupGuidePaths() {
  const guides = new Map((await getCollection('setupGuides')).map((e) => [e.id, e.data as SetupGuide]));
  return SETUP_GUIDE_PAGES.flatMap(({ path, id }) => {
    const guide = guides.get(id);
    return guide ? LANGS.map((lang) => ({ params: { lang, guide: path }, props: { lang, guide, path: `invest/${path}/` } })) : [];
  });
}
