import { pick, type Lang } from '../i18n/index';
import { getArticles, getDatasets } from './content';

/** One line of the corrections log: an article's correction or a dataset revision of kind "corrected". */
export interface CorrectionEntry {
  date: string;
  kind: 'article' | 'dataset';
  title: string;
  href: string;
  wrong?: string;
  right?: string;
  summary?: string;
  why?: string;
}

/** Every correction in one language, newest first (then by title), as the corrections log lists them. */
export async function correctionsLog(lang: Lang, href: (path: string) => string): Promise<CorrectionEntry[]> {
  const articles = (await getArticles(lang)).flatMap((a) =>
    a.data.corrections.map((c) => ({ date: c.date, kind: 'article' as const, title: a.data.title, href: href(`news/${a.data.translationKey}/`), wrong: c.wrong, right: c.right })),
  );
  const datasets = (await getDatasets()).flatMap((d) =>
    d.revisions.flatMap((r, index) => (r.kind === 'corrected' ? [{ date: r.date, kind: 'dataset' as const, title: pick(d.title, lang), href: `${href(`data/${d.id}/`)}#rev-${index}`, summary: pick(r.summary, lang), why: r.why ? pick(r.why, lang) : undefined }] : [])),
  );
  return [...articles, ...datasets].sort((a, b) => (a.date === b.date ? a.kind.localeCompare(b.kind) || a.title.localeCompare(b.title) : a.date < b.date ? 1 : -1));
}
