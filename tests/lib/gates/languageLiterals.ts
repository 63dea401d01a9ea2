/**
 * Language literals in code: a branch on one language (`lang === 'ja' ? …`, `case 'id':`) or a { ja, id, en }
 * object of strings written in a component or library. Words belong in the dictionaries (src/i18n/{ja,id,en}.ts),
 * number and date rules in src/i18n/langs.ts and Intl; code asks for them by key.
 */
import type { CodeFile } from './dictionaryKeys';

const RULES: { pattern: RegExp; what: string }[] = [
  { pattern: /\blang\w*\s*[!=]==?\s*['"](?:ja|id|en)['"]|['"](?:ja|id|en)['"]\s*[!=]==?\s*\w*lang\b/gi, what: 'a branch on one language' },
  { pattern: /\bcase\s+['"](?:ja|id|en)['"]\s*:/g, what: 'a case per language' },
  { pattern: /\{\s*ja:\s*(['"`]).*?\1\s*,\s*id:\s*(['"`])/g, what: 'a { ja, id, en } string object' },
];

export function languageLiterals(code: readonly CodeFile[]): string[] {
  const found: string[] = [];
  for (const { file, text } of code) {
    text.split('\n').forEach((line, i) => {
      for (const { pattern, what } of RULES) {
        for (const m of line.matchAll(pattern)) found.push(`${file}:${i + 1}: ${what}: ${m[0]}`);
      }
    });
  }
  return found;
}
