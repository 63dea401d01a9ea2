import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { patternParts, type CollectionSpec } from './collections';
import { displayPath, type ContentIssue } from './errors';

/**
 * Which files the content root may hold: exactly what the collections declare (src/content.config.ts). A file
 * the pass would skip (content/datasets/x.JSON, an article saved as .MDX or .md, a stray backup) fails the
 * build instead of silently missing from the site. Hidden files (.DS_Store) and README.md files are ignored.
 *
 * Also returns, per collection, the ids of files with the wrong extension (population.JSON → "population" in
 * datasets) and the collections whose list file has the wrong extension: what cites those is not reported again.
 */
/**
 * Folders no collection declares that the content root may still hold: content/archive/<id>/<version>.csv|json
 * keeps earlier dataset versions exactly as readers downloaded them (scripts/lib/archive.mjs writes them,
 * src/data/archive.ts serves them unchanged), so nothing in them is parsed as content.
 */
export const UNDECLARED_FOLDERS = ['archive'] as const;

export function contentFileIssues(root: string, table: Record<string, CollectionSpec>): { issues: ContentIssue[]; ignored: Map<string, Set<string>>; unreadable: Set<string> } {
  const issues: ContentIssue[] = [];
  const ignored = new Map<string, Set<string>>();
  const unreadable = new Set<string>();
  const visible = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((n) => !n.startsWith('.') && n !== 'README.md').sort() : []);
  const isDir = (path: string) => statSync(path).isDirectory();

  const rootFiles = new Map<string, string>();
  const folders = new Map<string, { name: string; spec: CollectionSpec }>();
  for (const [name, spec] of Object.entries(table)) {
    const parts = patternParts(spec.files);
    if (parts.folder) folders.set(parts.folder, { name, spec });
    else rootFiles.set(parts.name!, name);
  }
  const expect = (dir: string, extension: string, collection: string) => {
    for (const file of visible(dir)) {
      const path = join(dir, file);
      if (isDir(path)) issues.push({ file: displayPath(path), path: [], message: `a folder here is not read; put its ${extension} files directly in ${displayPath(dir)}/` });
      else if (!file.endsWith(extension)) {
        issues.push({ file: displayPath(path), path: [], message: `the extension must be exactly "${extension}" (lower case); this file would be ignored` });
        ignored.set(collection, (ignored.get(collection) ?? new Set()).add(file.replace(/\.[^.]*$/, '')));
      }
    }
  };

  for (const file of visible(root)) {
    const path = join(root, file);
    if (isDir(path)) {
      if (!folders.has(file) && !(UNDECLARED_FOLDERS as readonly string[]).includes(file)) issues.push({ file: displayPath(path), path: [], message: `unknown folder (content/ holds ${[...folders.keys(), ...UNDECLARED_FOLDERS].join(', ')})` });
    } else if (!rootFiles.has(file)) {
      issues.push({ file: displayPath(path), path: [], message: `unknown file (content/ holds ${[...rootFiles.keys()].join(', ')} and folders); check the name and extension` });
      const collection = [...rootFiles].find(([name]) => name.toLowerCase() === file.toLowerCase())?.[1];
      if (collection) unreadable.add(collection);
    }
  }
  for (const [folder, { name, spec }] of folders) {
    if (spec.entries === 'file' && spec.sharedFolder) continue;
    const { perLang, extension } = patternParts(spec.files);
    const dir = join(root, folder);
    if (!perLang) expect(dir, extension, name);
    else for (const lang of visible(dir)) if (isDir(join(dir, lang))) expect(join(dir, lang), extension, name);
  }
  // A sources file with the wrong extension: none of its ids is known, so no reference to a source is checkable.
  for (const [name, spec] of Object.entries(table)) if (spec.entries === 'list' && ignored.has(name)) unreadable.add(name);
  return { issues, ignored, unreadable };
}
