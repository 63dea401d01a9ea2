/**
 * Every piece of prose in content/ (and the few prose files outside it), by language, found by walking the
 * folders rather than from a list, so prose added later is checked too. Used by the place-name test and by
 * the prose linter (scripts/lint-prose.mjs reads the same places).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LANGS } from '~/i18n/index';

export type ProseLang = 'ja' | 'id' | 'en';
export interface ProseText {
  /** file › path, as error messages name it. */
  where: string;
  lang: ProseLang;
  text: string;
}


function files(dir: string, ext: RegExp, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) files(full, ext, out);
    else if (ext.test(name)) out.push(full);
  }
  return out;
}

/** Strings of every { ja, id, en } object in a JSON value, with their paths. */
export function localizedStrings(value: unknown, where: string, out: ProseText[] = []): ProseText[] {
  if (Array.isArray(value)) value.forEach((v, i) => localizedStrings(v, `${where}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const isLocalized = LANGS.every((l) => typeof o[l] === 'string');
    for (const [k, v] of Object.entries(o)) {
      if (isLocalized && (LANGS as readonly string[]).includes(k)) out.push({ where: `${where}.${k}`, lang: k as ProseLang, text: v as string });
      else localizedStrings(v, where ? `${where}.${k}` : k, out);
    }
  }
  return out;
}

/** All prose under content/: JSON localized strings and MDX articles (language from the folder name). */
export function contentProse(root: string): ProseText[] {
  const out: ProseText[] = [];
  for (const file of files(root, /\.json$/)) {
    const rel = relative(process.cwd(), file);
    if (rel.includes(`${join('content', 'geo')}`)) continue; // geometry, not prose
    localizedStrings(JSON.parse(readFileSync(file, 'utf8')), `${rel} ›`, out);
  }
  for (const file of files(root, /\.mdx?$/)) {
    const lang = LANGS.find((l) => file.split(/[\\/]/).includes(l));
    if (lang) out.push({ where: relative(process.cwd(), file), lang, text: readFileSync(file, 'utf8') });
  }
  return out;
}
