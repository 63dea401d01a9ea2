import { LANGS, type Lang } from '../../i18n/index';

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
  return candidates
    .filter((a) => a.lang === current.lang && a.data.translationKey !== current.data.translationKey && shared(a) > 0)
    .sort((a, b) => shared(b) - shared(a) || byNewest(a, b))
    .slice(0, limit);
}
