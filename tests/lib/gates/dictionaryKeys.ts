/**
 * Dictionary keys against the code that uses them. A key is used where the code names it in quotes
 * ('news.by') or where a template names its prefix (`sector.${id}` uses every "sector.…" key). A key nobody
 * uses is dead text translators keep paying for; a key the code asks for (t('x.y'), `x.${…}`) that no
 * dictionary has fails the page at build time, or worse, only on the page that needs it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface CodeFile {
  file: string;
  text: string;
}

/** Dotted names in quotes: 'news.by', "chart.status.final". */
const QUOTED = /(['"`])([a-z][a-zA-Z0-9]*(?:\.[a-zA-Z0-9]+)+)\1/g;
/** A template that builds a key from a prefix: `sector.${…}`. */
const PREFIX = /`([a-z][a-zA-Z0-9]*(?:\.[a-zA-Z0-9]+)*\.)\$\{/g;
/** A literal key handed to the lookup functions: t(lang, 'x.y'), t('x.y') (bound), tParts(lang, 'x.y'). */
const CALLED = /\bt(?:Parts)?\(\s*(?:(?:[\w.]+|['"](?:ja|id|en)['"])\s*,\s*)?['"]([^'"]+)['"]/g;

export function dictionaryKeyProblems(keys: readonly string[], code: readonly CodeFile[]): { unused: string[]; missing: string[] } {
  const known = new Set(keys);
  const quoted = new Set<string>();
  const prefixes = new Map<string, string>();
  const missing: string[] = [];
  for (const { file, text } of code) {
    for (const m of text.matchAll(QUOTED)) quoted.add(m[2]!);
    for (const m of text.matchAll(PREFIX)) prefixes.set(m[1]!, file);
    for (const m of text.matchAll(CALLED)) if (!known.has(m[1]!)) missing.push(`${file}: "${m[1]}"`);
  }
  for (const [prefix, file] of prefixes) {
    if (!keys.some((k) => k.startsWith(prefix))) missing.push(`${file}: "${prefix}…"`);
  }
  const used = (key: string) => quoted.has(key) || [...prefixes.keys()].some((p) => key.startsWith(p));
  return { unused: keys.filter((k) => !used(k)), missing: [...new Set(missing)] };
}

/** The code that may use UI strings: src/ and scripts/, without the dictionaries themselves and without tests. */
export function codeFiles(roots: readonly string[] = ['src', 'scripts']): CodeFile[] {
  const out: CodeFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ts|mjs|astro)$/.test(name) && !/\.test\.(ts|mjs)$/.test(name) && !/^src[\\/]i18n[\\/](ja|id|en)\.ts$/.test(full)) {
        out.push({ file: full, text: readFileSync(full, 'utf8') });
      }
    }
  };
  roots.forEach(walk);
  return out;
}
