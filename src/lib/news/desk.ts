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
 * first, then newest. With `newestFirst` (the caller's list is sorted by date, newest first, as getArticles
 * returns it) the scan stops once the list is full of best-possible matches and the dates have moved past
 * the oldest of them: on a 5,000-article archive most pages then read a few dozen articles, not all.
 */
export function relatedArticles<T extends ArticleVersion>(current: ArticleVersion, candidates: readonly T[], limit = 3, { newestFirst = false } = {}): T[] {
  const shared = (a: ArticleVersion) => a.data.sectors.filter((s) => current.data.sectors.includes(s)).length;
  const before = (a: { item: T; score: number }, b: { item: T; score: number }) => b.score - a.score || byNewest(a.item, b.item);
  const bestScore = current.data.sectors.length;
  // Keep only the best `limit` in one pass (no full sort), so each page costs at most one read of the list.
  const best: { item: T; score: number }[] = [];
  for (const item of candidates) {
    const weakest = best[limit - 1];
    // Nothing older can beat a full list of best-possible matches; equal dates still compete on the key.
    if (newestFirst && weakest && weakest.score === bestScore && item.data.date < weakest.item.data.date) break;
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
