import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { displayPath, type ContentIssue } from './errors';

/**
 * Which files content/ may hold. A file the loaders would skip (content/datasets/x.JSON, an article saved as
 * .MDX or .md, a stray backup) fails the build instead of silently missing from the site. Hidden files
 * (.DS_Store) are ignored; content/geo/ holds map geometry and its README and is read by other code.
 */
const JSON_FOLDERS = ['sources', 'datasets', 'opportunities', 'hubs', 'contacts', 'setup'];
const ROOT_FILES = new Set(['regions.json', 'places.json', 'place-names.json', 'timeline.json']);
const ROOT_FOLDERS = new Set([...JSON_FOLDERS, 'articles', 'geo', 'archive']);

export function contentFileIssues(root: string): ContentIssue[] {
  return readContentFiles(root).issues;
}

/**
 * The problems, and the ids of JSON entries in a file with the wrong extension (population.JSON → "population"
 * in datasets): the registry treats those as failed, so what cites them is not reported again.
 */
export function readContentFiles(root: string): { issues: ContentIssue[]; ignored: Map<string, Set<string>> } {
  const issues: ContentIssue[] = [];
  const ignored = new Map<string, Set<string>>();
  const visible = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((n) => !n.startsWith('.')).sort() : []);
  const isDir = (path: string) => statSync(path).isDirectory();
  const expect = (dir: string, extension: string) => {
    for (const name of visible(dir)) {
      const path = join(dir, name);
      if (isDir(path)) issues.push({ file: displayPath(path), path: [], message: `a folder here is not read; put its ${extension} files directly in ${displayPath(dir)}/` });
      else if (!name.endsWith(extension)) {
        issues.push({ file: displayPath(path), path: [], message: `the extension must be exactly "${extension}" (lower case); this file would be ignored` });
        const folder = dir.split(/[\\/]/).pop()!;
        ignored.set(folder, (ignored.get(folder) ?? new Set()).add(name.replace(/\.[^.]*$/, '')));
      }
    }
  };
  for (const name of visible(root)) {
    const path = join(root, name);
    if (isDir(path)) {
      if (!ROOT_FOLDERS.has(name)) issues.push({ file: displayPath(path), path: [], message: `unknown folder (content/ holds ${[...ROOT_FOLDERS].join(', ')})` });
    } else if (!ROOT_FILES.has(name)) {
      issues.push({ file: displayPath(path), path: [], message: `unknown file (content/ holds ${[...ROOT_FILES].join(', ')} and folders); check the name and extension` });
    }
  }
  for (const folder of JSON_FOLDERS) expect(join(root, folder), '.json');
  const articles = join(root, 'articles');
  for (const lang of visible(articles)) if (isDir(join(articles, lang))) expect(join(articles, lang), '.mdx');
  return { issues, ignored };
}
