/**
 * The shape of a collection declaration (src/content.config.ts declares each collection once with these) and
 * the typed view of read content that every cross-file rule works on.
 */
import type { z } from 'astro/zod';
import type { Lang } from '~/i18n/index';

interface SpecBase<S extends z.ZodType> {
  /**
   * Where the files are, relative to the content root: one file ("regions.json"), the files of a folder
   * ("datasets/*.json") or of each language folder ("articles/*\/*.mdx").
   */
  files: string;
  /** What one entry must be, as written in the file. Parsed exactly once (src/lib/content/read.ts). */
  schema: S;
  /**
   * The entry as pages read it, when the content pass completes what the file leaves out (computed values of
   * derived observations, an article's translation key). Used for types only: nothing is parsed with it.
   */
  stored?: z.ZodType;
}

/** A file holds a list of entries; each entry's `key` field is its id ("sources/*.json", "regions.json"). */
export interface ListSpec<S extends z.ZodType = z.ZodType> extends SpecBase<S> {
  entries: 'list';
  key: string;
  /** How references to this collection name an id in messages ("source id", "region code"). */
  noun: string;
  /** The build fails without the file (else an absent file is an empty collection). */
  required?: boolean;
  /** Fewest entries a file may hold (default 1). */
  minEntries?: number;
}

/** A file is one entry; its name (without extension) is the id, and an `id` field, if any, must equal it. */
export interface FileSpec<S extends z.ZodType = z.ZodType> extends SpecBase<S> {
  entries: 'file';
  /** The folder may hold other files too (the geometry's README and raw inputs); only `files` are read. */
  sharedFolder?: boolean;
}

/** An MDX file per language ("<lang>/<name>.mdx"): frontmatter is the entry, the body is rendered by the page. */
export interface MdxSpec<S extends z.ZodType = z.ZodType> extends SpecBase<S> {
  entries: 'mdx';
}

export type CollectionSpec = ListSpec | FileSpec | MdxSpec;

/** Where an entry came from, for `file › field: reason` messages. */
export interface Located {
  /** The file as authors see it (relative to the working directory). */
  file: string;
}

/** An entry of a list file also has its position in the list. */
export interface Listed extends Located {
  index: number;
}

/** What an MDX entry adds to its frontmatter: its language, its name (shared by its translations) and body. */
export interface MdxEntryParts {
  lang: Lang;
  /** The file name without extension: the key its translations share, and its URL segment. */
  translationKey: string;
  body: string;
  /** Absolute path, for the renderer. */
  path: string;
  /** <Fig> and <Jpy> elements in the body, with their lines, resolved by the cross-file rules. */
  figures: { element: 'Fig' | 'Jpy'; line?: number; attributes: Record<string, string> }[];
}

/** Entry type of a declaration: the schema's output, plus location (and the MDX parts for MDX). */
export type EntryOf<S extends CollectionSpec> = (S extends { stored: infer T extends z.ZodType } ? z.output<T> : z.output<S['schema']>) &
  (S extends ListSpec ? Listed : S extends MdxSpec ? Located & MdxEntryParts : Located);

/** Read content: one map per collection, id → entry. */
export type ContentSet<T extends Record<string, CollectionSpec>> = { [K in keyof T]: Map<string, EntryOf<T[K]>> };

/**
 * The value of an entry as written, before its schema filled defaults: a rule that must know whether the
 * editor typed a field (a derived observation must not carry a typed value or status) looks here. Set by the
 * content pass for entries of file collections; it is the same parsed value, not a second parse.
 */
export const writtenForm = new WeakMap<object, unknown>();

/** A declaration helper that keeps each entry's literal type (so `EntryOf` sees its schema). */
export function defineContent<const T extends Record<string, CollectionSpec>>(table: T): T {
  return table;
}

/** The pattern's parts: folder (if any), whether it has a language level, and the extension. */
export function patternParts(files: string): { folder?: string; perLang: boolean; extension: string; name?: string } {
  const parts = files.split('/');
  const last = parts.at(-1)!;
  const extension = last.slice(last.indexOf('.'));
  if (parts.length === 1) return { perLang: false, extension, name: last };
  return { folder: parts[0], perLang: parts.length === 3, extension };
}
