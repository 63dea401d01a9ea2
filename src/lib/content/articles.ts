import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import yaml from 'js-yaml';
import { articleSchema, type ArticleData } from '../../schemas/article';
import { LANGS, isLang, type Lang } from '../../i18n/index';
import { displayPath, zodIssues, type ContentIssue } from './errors';
import { TEXT_LIMITS, textLengthIssues } from './limits';
import { checkArticleBody } from './mdxSafety';
import { resolveFigure } from '../data/figure';
import { withoutCascades, type FailedIds, type Registry } from './registry';

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
export function readArticles(root: string, registry: Registry, failed?: FailedIds): { articles: ArticleFile[]; issues: ContentIssue[] } {
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
    // Only exact ".mdx" files are articles; contentFileIssues (./files.ts) reports any other name.
    for (const name of readdirSync(folderPath).filter((n) => n.endsWith('.mdx') && !n.startsWith('.')).sort()) {
      const file = rel(join(folderPath, name));
      let text = readFileSync(join(folderPath, name), 'utf8');
      if (text.startsWith('\uFEFF')) {
        issues.push({ file, path: [], message: 'starts with a byte-order mark (U+FEFF): remove the byte-order mark (save the file as UTF-8 without BOM)' });
        text = text.slice(1);
      }
      const parts = splitFrontmatter(text);
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
      issues.push(...textLengthIssues(file, raw));
      if (parts.body.length > TEXT_LIMITS.articleBody) {
        issues.push({ file, path: ['body'], message: `the article body has ${parts.body.length.toLocaleString('en')} characters, more than the limit of ${TEXT_LIMITS.articleBody.toLocaleString('en')}` });
      }
      // Unsafe markup in the body, with its line: the same checks the MDX pipeline runs (./mdxSafety.ts); and
      // every <Fig> resolved now, so a figure naming no observation is one line here, not a render-time crash.
      const body = checkArticleBody(text, join(folderPath, name));
      const at = (line: number | undefined) => (line ? `${file}:${line}` : file);
      for (const { line, reason } of body.problems) issues.push({ file: at(line), path: [], message: reason });
      for (const { line, attributes } of body.figures) {
        const { d, period, series, region, source } = attributes;
        try {
          resolveFigure(registry.datasets, { d: d ?? '', period: period ?? '', series, region, source }, 'fig');
        } catch (error) {
          issues.push({ file: at(line), path: [], message: (error as Error).message.replace(/^fig: /, '') });
        }
      }
      const result = articleSchema.safeParse(raw);
      if (!result.success) {
        issues.push(...zodIssues(file, result.error.issues));
        continue;
      }
      const data = result.data;
      const slug = basename(name, '.mdx');
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
  return { articles, issues: failed ? withoutCascades(issues, failed) : issues };
}
