import { LANGS, type Lang } from '~/i18n/index';

/** The facts of an article the news desk sorts and groups by; the rest of the entry is carried along. */
export interface ArticleFacts {
  translationKey: string;
  date: string;
  sectors: readonly string[];
}
export interface ArticleVersion {
  lang: Lang;
  data: ArticleFacts;
}

/** Newest first; equal dates fall back to the key so the order never depends on file-system order. */
export function byNewest<T extends ArticleVersion>(a: T, b: T): number {
  return b.data.date.localeCompare(a.data.date) || a.data.translationKey.localeCompare(b.data.translationKey);
}

/**
 * Articles that exist in other languages but not in `lang`, newest first, each with its versions in the
 * site's language order. A missing translation is listed as missing, never filled with another language.
 */
export function untranslatedIn<T extends ArticleVersion>(lang: Lang, all: readonly T[]): { translationKey: string; versions: T[] }[] {
  const byKey = new Map<string, T[]>();
  for (const a of all) byKey.set(a.data.translationKey, [...(byKey.get(a.data.translationKey) ?? []), a]);
  return [...byKey.entries()]
    .filter(([, versions]) => !versions.some((v) => v.lang === lang))
    .map(([translationKey, versions]) => ({
      translationKey,
      versions: [...versions].sort((a, b) => LANGS.indexOf(a.lang) - LANGS.indexOf(b.lang)),
    }))
    .sort((a, b) => byNewest(a.versions[0]!, b.versions[0]!));
}

/**
 * Other articles in the same language that share at least one sector with `current`: most shared sectors
 * first, then newest.
 */
export function relatedArticles<T extends ArticleVersion>(current: ArticleVersion, candidates: readonly T[], limit = 3): T[] {
  const shared = (a: ArticleVersion) => a.data.sectors.filter((s) => current.data.sectors.includes(s)).length;
  const before = (a: { item: T; score: number }, b: { item: T; score: number }) => b.score - a.score || byNewest(a.item, b.item);
  // Every article page asks this of every article: keep only the best `limit` in one pass (no full sort),
  // so the build stays linear in the number of articles.
  const best: { item: T; score: number }[] = [];
  for (const item of candidates) {
    if (item.lang !== current.lang || item.data.translationKey === current.data.translationKey) continue;
    const score = shared(item);
    if (score === 0) continue;
    const entry = { item, score };
    const at = best.findIndex((b) => before(entry, b) < 0);
    if (at === -1) {
      if (best.length < limit) best.push(entry);
    } else {
      best.splice(at, 0, entry);
      if (best.length > limit) best.pop();
    }
  }
  return best.map((b) => b.item);
}
