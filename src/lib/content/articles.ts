import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import yaml from 'js-yaml';
import { articleSchema, type ArticleData } from '../../schemas/article';
import { LANGS, isLang, type Lang } from '../../i18n/index';
import { displayPath, zodIssues, type ContentIssue } from './errors';
import type { Registry } from './registry';

export interface ArticleFile {
  file: string;
  lang: Lang;
  slug: string;
  data: ArticleData;
}

/** Splits `---\nyaml\n---\nbody`; returns undefined when the file has no frontmatter block. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return match ? { frontmatter: match[1]!, body: match[2]! } : undefined;
}

/**
 * Reads every content/articles/<lang>/<key>.mdx frontmatter, validates it against the article schema and
 * checks what a schema cannot: the folder is a site language, the file name is the translation key,
 * references resolve, and translations agree on the facts they share (date, kind, sectors).
 */
export function readArticles(root: string, registry: Registry): { articles: ArticleFile[]; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const articles: ArticleFile[] = [];
  const dir = join(root, 'articles');
  if (!existsSync(dir)) return { articles, issues };
  const rel = (p: string) => displayPath(p);

  for (const folder of readdirSync(dir).sort()) {
    const folderPath = join(dir, folder);
    if (!isLang(folder)) {
      issues.push({ file: rel(folderPath), path: [], message: `"${folder}" is not a site language (${LANGS.join(', ')})` });
      continue;
    }
    for (const name of readdirSync(folderPath).filter((n) => /\.mdx?$/.test(n)).sort()) {
      const file = rel(join(folderPath, name));
      const parts = splitFrontmatter(readFileSync(join(folderPath, name), 'utf8'));
      if (!parts) {
        issues.push({ file, path: [], message: 'no frontmatter block (--- … ---) at the top of the file' });
        continue;
      }
      let raw: unknown;
      try {
        // JSON_SCHEMA keeps dates as strings ("2026-02-11"), which is what the schema expects.
        raw = yaml.load(parts.frontmatter, { schema: yaml.JSON_SCHEMA });
      } catch (error) {
        issues.push({ file, path: [], message: `frontmatter is not valid YAML (${(error as Error).message.split('\n')[0]})` });
        continue;
      }
      const result = articleSchema.safeParse(raw);
      if (!result.success) {
        issues.push(...zodIssues(file, result.error.issues));
        continue;
      }
      const data = result.data;
      const slug = basename(name).replace(/\.mdx?$/, '');
      if (data.translationKey !== slug) {
        issues.push({ file, path: ['translationKey'], message: `"${data.translationKey}" disagrees with the file name "${slug}" that its translations share` });
      }
      data.sources.forEach((id, i) => {
        if (!registry.sources.has(id)) issues.push({ file, path: ['sources', i], message: `unknown source id "${id}"` });
      });
      data.datasets.forEach((id, i) => {
        if (!registry.datasets.has(id)) issues.push({ file, path: ['datasets', i], message: `unknown dataset id "${id}"` });
      });
      data.regions.forEach((code, i) => {
        if (!registry.regions.has(code)) issues.push({ file, path: ['regions', i], message: `unknown region code "${code}"` });
      });
      articles.push({ file, lang: folder, slug, data });
    }
  }

  const groups = new Map<string, ArticleFile[]>();
  for (const a of articles) groups.set(a.data.translationKey, [...(groups.get(a.data.translationKey) ?? []), a]);
  for (const group of groups.values()) {
    const [first, ...rest] = group;
    for (const other of rest) {
      for (const field of ['date', 'kind', 'sectors'] as const) {
        const a = JSON.stringify(first!.data[field]);
        const b = JSON.stringify(other.data[field]);
        if (a !== b) {
          issues.push({ file: other.file, path: [field], message: `${b} disagrees with ${a} in its translation ${first!.file}` });
        }
      }
    }
  }
  return { articles, issues };
}
