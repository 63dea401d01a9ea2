/**
 * The one content pass: every file a collection declares (src/content.config.ts) is read once, parsed once
 * (JSON, or an MDX file's YAML frontmatter) and validated once against its schema; then the cross-file rules
 * run once over everything (./checks/index.ts). Astro's loaders take their entries from this pass and never
 * parse again (src/loaders/contentLoader.ts). Every problem is one `file › field: reason` line.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { isLang, LANGS } from '~/i18n/index';
import { checkContent } from './checks/index';
import type { CheckedContent } from './checks/types';
import { patternParts, writtenForm, type CollectionSpec, type ContentSet, type FileSpec, type ListSpec, type MdxSpec } from './collections';
import { ContentValidationError, displayPath, zodIssues, type ContentIssue } from './errors';
import { contentFileIssues } from './files';
import { TEXT_LIMITS, textLengthIssues } from './limits';
import { checkArticleBody } from './mdxSafety';

/**
 * Ids whose own entry failed, per collection, and collections whose file could not be read at all. A reference
 * to a failed entry is not reported again as "unknown": the entry's own line is the one an editor needs.
 */
export interface FailedIds {
  ids: Map<string, Set<string>>;
  unreadable: Set<string>;
}

/** A table of declarations whose collections hold what the cross-file rules read (./checks/types.ts). */
export type ContentTable<T extends Record<string, CollectionSpec>> = T & (ContentSet<T> extends CheckedContent ? unknown : { missing: 'collections the cross-file rules read (src/lib/content/checks/types.ts)' });

export interface ContentRead<T extends Record<string, CollectionSpec>> {
  content: ContentSet<T>;
  issues: ContentIssue[];
}

const PARSES = Symbol.for('sulut-atlas.contentParses');
type GlobalWithParses = typeof globalThis & { [PARSES]?: Map<string, number> };

/** How many times each content file was parsed in this process (absolute path → count). */
export function parseCounts(): ReadonlyMap<string, number> {
  return ((globalThis as GlobalWithParses)[PARSES] ??= new Map());
}

function countParse(path: string): void {
  const counts = parseCounts() as Map<string, number>;
  counts.set(path, (counts.get(path) ?? 0) + 1);
}

const BOM = '\uFEFF';

/** A file's text; a leading byte-order mark is reported in words, then ignored so the rest is checked. */
function readText(path: string, file: string, issues: ContentIssue[]): string {
  const text = readFileSync(path, 'utf8');
  if (!text.startsWith(BOM)) return text;
  issues.push({ file, path: [], message: 'starts with a byte-order mark (U+FEFF): remove the byte-order mark (save the file as UTF-8 without BOM)' });
  return text.slice(1);
}

/** Parses a JSON file. A syntax error is one issue and nothing else is checked in that file. */
function readJson(path: string, file: string, issues: ContentIssue[]): { ok: true; value: unknown } | { ok: false } {
  const text = readText(path, file, issues);
  countParse(path);
  try {
    const value: unknown = JSON.parse(text);
    issues.push(...textLengthIssues(file, value));
    return { ok: true, value };
  } catch (error) {
    issues.push({ file, path: [], message: `not valid JSON (${(error as Error).message})` });
    return { ok: false };
  }
}

function parseWith<S extends z.ZodType>(schema: S, value: unknown, file: string, issues: ContentIssue[], prefix: (string | number)[] = []): z.output<S> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  issues.push(...zodIssues(file, result.error.issues, prefix));
  return undefined;
}

/** Files directly in a folder with the exact extension; other names are reported by ./files.ts. */
function filesIn(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension) && !name.startsWith('.'))
    .sort()
    .map((name) => join(dir, name));
}

/** The files a declaration names, with the language folder each sits in (for MDX). */
function declaredFiles(root: string, spec: CollectionSpec): { path: string; lang?: string }[] {
  const { folder, perLang, extension, name } = patternParts(spec.files);
  if (!folder) return existsSync(join(root, name!)) ? [{ path: join(root, name!) }] : [];
  const dir = join(root, folder);
  if (!perLang) return filesIn(dir, extension).map((path) => ({ path }));
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((lang) => !lang.startsWith('.') && statSync(join(dir, lang)).isDirectory())
    .sort()
    .flatMap((lang) => filesIn(join(dir, lang), extension).map((path) => ({ path, lang })));
}

type Entries = Map<string, Record<string, unknown>>;

function readList(spec: ListSpec, root: string, name: string, issues: ContentIssue[], failed: FailedIds): Entries {
  const entries: Entries = new Map();
  const files = declaredFiles(root, spec);
  if (spec.required && files.length === 0) {
    issues.push({ file: displayPath(join(root, spec.files)), path: [], message: `missing: the ${name} file is required` });
    failed.unreadable.add(name);
  }
  const minEntries = spec.minEntries ?? 1;
  for (const { path } of files) {
    const file = displayPath(path);
    const json = readJson(path, file, issues);
    if (!json.ok || !Array.isArray(json.value) || json.value.length < minEntries) {
      if (json.ok) issues.push({ file, path: [], message: minEntries > 0 ? 'expected a list [ … ] with at least one entry' : 'expected a list [ … ]' });
      failed.unreadable.add(name);
      continue;
    }
    // Entry by entry, so one bad field drops only its own entry: the others stay known and references resolve.
    json.value.forEach((raw: unknown, index) => {
      const value = parseWith(spec.schema, raw, file, issues, [index]) as Record<string, unknown> | undefined;
      if (!value) {
        const id = (raw as Record<string, unknown> | null)?.[spec.key];
        if (typeof id === 'string') failed.ids.get(name)!.add(id);
        return;
      }
      const id = String(value[spec.key]);
      const other = entries.get(id) as { file: string; index: number } | undefined;
      if (other) {
        const where = other.file === file ? `[${other.index}]` : `in ${other.file}`;
        issues.push({ file, path: [index, spec.key], message: `duplicate ${spec.noun} "${id}" (also ${where})` });
      } else entries.set(id, { ...value, file, index });
    });
  }
  return entries;
}

function readFiles(spec: FileSpec, root: string, name: string, issues: ContentIssue[], failed: FailedIds): Entries {
  const entries: Entries = new Map();
  for (const { path } of declaredFiles(root, spec)) {
    const file = displayPath(path);
    const id = basename(path, patternParts(spec.files).extension);
    const json = readJson(path, file, issues);
    const value = json.ok ? (parseWith(spec.schema, json.value, file, issues) as Record<string, unknown> | undefined) : undefined;
    if (value && 'id' in value && value.id !== id) {
      issues.push({ file, path: ['id'], message: `id "${String(value.id)}" must equal the file name "${id}"` });
    } else if (value) {
      const entry = { ...value, file };
      writtenForm.set(entry, (json as { value: unknown }).value);
      entries.set(id, entry);
      continue;
    }
    failed.ids.get(name)!.add(id);
  }
  return entries;
}

/** Splits `---\nyaml\n---\nbody`; undefined when the file has no frontmatter block. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string; bodyLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return undefined;
  return { frontmatter: match[1]!, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1) };
}

function readMdx(spec: MdxSpec, root: string, name: string, issues: ContentIssue[], failed: FailedIds): Entries {
  const entries: Entries = new Map();
  const reported = new Set<string>();
  for (const { path, lang } of declaredFiles(root, spec)) {
    const file = displayPath(path);
    const key = basename(path, '.mdx');
    const id = `${lang}/${key}`;
    if (!isLang(lang)) {
      const folder = displayPath(join(path, '..'));
      if (!reported.has(folder)) issues.push({ file: folder, path: [], message: `"${lang}" is not a site language (${LANGS.join(', ')})` });
      reported.add(folder);
      continue;
    }
    const text = readText(path, file, issues);
    const parts = splitFrontmatter(text);
    if (!parts) {
      issues.push({ file, path: [], message: 'no frontmatter block (--- … ---) at the top of the file' });
      failed.ids.get(name)!.add(id);
      continue;
    }
    countParse(path);
    let raw: unknown;
    try {
      // JSON_SCHEMA keeps dates as strings ("2026-02-11"), which is what the schemas expect.
      raw = yaml.load(parts.frontmatter, { schema: yaml.JSON_SCHEMA });
    } catch (error) {
      issues.push({ file, path: [], message: `frontmatter is not valid YAML (${(error as Error).message.split('\n')[0]})` });
      failed.ids.get(name)!.add(id);
      continue;
    }
    issues.push(...textLengthIssues(file, raw));
    if (parts.body.length > TEXT_LIMITS.articleBody) {
      issues.push({ file, path: ['body'], message: `the body has ${parts.body.length.toLocaleString('en')} characters, more than the limit of ${TEXT_LIMITS.articleBody.toLocaleString('en')}` });
    }
    // Unsafe markup, with its line (the checks the MDX pipeline also runs, ./mdxSafety.ts); the body alone is
    // compiled, its lines numbered as in the file. The <Fig> elements found are resolved by ./checks/articles.ts.
    const body = checkArticleBody(parts.body, path, parts.bodyLine);
    for (const problem of body.problems) issues.push({ file: problem.line ? `${file}:${problem.line}` : file, path: [], message: problem.reason });
    const data = parseWith(spec.schema, raw, file, issues) as Record<string, unknown> | undefined;
    if (!data) {
      failed.ids.get(name)!.add(id);
      continue;
    }
    entries.set(id, { ...data, translationKey: key, file, lang, body: parts.body, path, figures: body.figures });
  }
  return entries;
}

/** A reference message from the cross-checks, e.g. `unknown dataset id "x"` or `unknown region code "71.99"`. */
const UNKNOWN_REFERENCE = /unknown (dataset|source|region|place)(?: id| code)? "([^"]+)"/;

/** Drops "unknown …" lines about entries that failed on their own (their own line says why). */
export function withoutCascades(issues: ContentIssue[], failed: FailedIds): ContentIssue[] {
  return issues.filter((issue) => {
    const match = UNKNOWN_REFERENCE.exec(issue.message);
    if (!match) return true;
    const collection = `${match[1]}s`;
    return !failed.unreadable.has(collection) && !failed.ids.get(collection)?.has(match[2]!);
  });
}

/**
 * Reads and checks everything under a content root. Returns the content and every problem found; paths in
 * problems are relative to the working directory, as authors see them.
 */
export function readContent<T extends Record<string, CollectionSpec>>(root: string, table: ContentTable<T>): ContentRead<T> {
  const files = contentFileIssues(root, table);
  const issues: ContentIssue[] = [...files.issues];
  const failed: FailedIds = { ids: new Map(Object.keys(table).map((name) => [name, new Set(files.ignored.get(name))])), unreadable: new Set(files.unreadable) };
  const content = Object.fromEntries(
    Object.entries(table).map(([name, spec]: [string, CollectionSpec]) => {
      const read = spec.entries === 'list' ? readList : spec.entries === 'file' ? readFiles : readMdx;
      return [name, read(spec as never, root, name, issues, failed)];
    }),
  ) as ContentSet<T>;
  issues.push(...withoutCascades(checkContent(content as unknown as CheckedContent), failed));
  return { content, issues };
}

const CACHE = Symbol.for('sulut-atlas.content');
type GlobalWithCache = typeof globalThis & { [CACHE]?: Map<string, unknown> };

/**
 * The checked content of a root, read once per process however many collections (and module copies: Astro
 * loads the config and the integrations apart) ask for it. Throws ContentValidationError listing every problem.
 */
export function loadContent<T extends Record<string, CollectionSpec>>(root: string, table: ContentTable<T>): ContentSet<T> {
  const cache = ((globalThis as GlobalWithCache)[CACHE] ??= new Map());
  let result = cache.get(root) as ContentSet<T> | ContentValidationError | undefined;
  if (!result) {
    const { content, issues } = readContent(root, table);
    result = issues.length ? new ContentValidationError(issues) : content;
    cache.set(root, result);
  }
  if (result instanceof ContentValidationError) throw result;
  return result;
}

/** Drops a root's cached content (the dev server calls this when a file under it changes). */
export function forgetContent(root: string): void {
  (globalThis as GlobalWithCache)[CACHE]?.delete(root);
}
