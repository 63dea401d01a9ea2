/**
 * Cross-file rules for MDX articles: the sources, datasets and regions they cite exist, every <Fig> in a body
 * names exactly one observation (resolved as the page will resolve it, src/lib/data/figure.ts), and the
 * translations of one article agree on the facts they share (date, kind, sectors).
 */
import { resolveFigure } from '../../data/figure';
import type { CheckedContent } from './types';
import type { ContentIssue } from '../errors';

export function checkArticles(registry: Pick<CheckedContent, 'articles' | 'datasets' | 'sources' | 'regions'>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  type Article = CheckedContent['articles'] extends ReadonlyMap<string, infer A> ? A : never;
  const byKey = new Map<string, Article[]>();
  for (const article of registry.articles.values()) {
    const { file } = article;
    article.sources.forEach((id, i) => {
      if (!registry.sources.has(id)) issues.push({ file, path: ['sources', i], message: `unknown source id "${id}"` });
    });
    article.datasets.forEach((id, i) => {
      if (!registry.datasets.has(id)) issues.push({ file, path: ['datasets', i], message: `unknown dataset id "${id}"` });
    });
    article.regions.forEach((code, i) => {
      if (!registry.regions.has(code)) issues.push({ file, path: ['regions', i], message: `unknown region code "${code}"` });
    });
    for (const { line, attributes } of article.figures) {
      const { d, period, series, region, source } = attributes;
      try {
        resolveFigure(registry.datasets, { d: d ?? '', period: period ?? '', series, region, source }, 'fig');
      } catch (error) {
        issues.push({ file: line ? `${file}:${line}` : file, path: [], message: (error as Error).message.replace(/^fig: /, '') });
      }
    }
    byKey.set(article.translationKey, [...(byKey.get(article.translationKey) ?? []), article]);
  }
  for (const [first, ...rest] of byKey.values()) {
    for (const other of rest) {
      for (const field of ['date', 'kind', 'sectors'] as const) {
        const a = JSON.stringify(first![field]);
        const b = JSON.stringify(other[field]);
        if (a !== b) issues.push({ file: other.file, path: [field], message: `${b} disagrees with ${a} in its translation ${first!.file}` });
      }
    }
  }
  return issues;
}
