import { readArticles, type ArticleFile } from './articles';
import { ContentValidationError, type ContentIssue } from './errors';
import { readRegistry, type Registry } from './registry';

/**
 * All of content/ checked at once, JSON and articles, so one build run lists every problem (one line each)
 * rather than stopping at the first collection that fails.
 */
export function readContent(root: string): { registry: Registry; articles: ArticleFile[]; issues: ContentIssue[] } {
  const { registry, issues, failed } = readRegistry(root);
  const articles = readArticles(root, registry, failed);
  return { registry, articles: articles.articles, issues: [...issues, ...articles.issues] };
}

const cache = new Map<string, Registry | ContentValidationError>();

/** The validated registry, cached per process; throws ContentValidationError listing every problem. */
export function loadContent(root: string): Registry {
  let result = cache.get(root);
  if (!result) {
    const { registry, issues } = readContent(root);
    result = issues.length ? new ContentValidationError(issues) : registry;
    cache.set(root, result);
  }
  if (result instanceof ContentValidationError) throw result;
  return result;
}
