import { t, type Lang } from '../i18n/index';
import { figuresChangedAfter } from '../lib/data/revisions';
import type { ArticleData, Correction } from '../schemas/article';
import { getDatasets } from './content';

/** Dataset ids an article shows: its `datasets` list and every <Fig d="…"> in its body. */
export function boundDatasets(data: Pick<ArticleData, 'datasets'>, body: string): string[] {
  return [...new Set([...data.datasets, ...[...body.matchAll(/<Fig\b[^>]*\bd="([^"]+)"/g)].map((m) => m[1]!)])];
}

/** The date the article's bound figures last changed after its publication date, if they did. */
export async function articleFiguresUpdated(data: Pick<ArticleData, 'datasets' | 'date'>, body: string): Promise<string | undefined> {
  const datasets = new Map((await getDatasets()).map((d) => [d.id, d]));
  return figuresChangedAfter(datasets, boundDatasets(data, body), data.date);
}

/** schema.org: CreativeWork.correction as CorrectionComment items (text: what was wrong, what is right). */
export function correctionJsonLd(corrections: readonly Correction[], lang: Lang) {
  if (!corrections.length) return {};
  return {
    correction: corrections.map((c) => ({
      '@type': 'CorrectionComment',
      datePublished: c.date,
      text: `${t(lang, 'corrections.wrong')}: ${c.wrong} ${t(lang, 'corrections.right')}: ${c.right}`,
    })),
  };
}
