/**
 * Cross-file rules for MDX articles: the sources, datasets and regions they cite exist, and the translations of
 * one article agree on the facts they share (date, kind, sectors). Their <Fig>s are checked in ./figures.ts.
 */
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
