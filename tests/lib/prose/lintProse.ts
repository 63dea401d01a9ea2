/**
 * Prose linting for every text in content/: textlint with the Japanese technical-
 * writing preset for Japanese (tuned for news style, see textlint/README.md) and textlint-rule-prh with the
 * site's term dictionary for all three languages. Place names join the dictionary from content/ itself, so a
 * new place is checked the day it is added. Files are discovered (tests/lib/gates/contentText.ts).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createLinter, loadTextlintrc } from 'textlint';
import type { ProseLang, ProseText } from '../gates/contentText';
import type { PlaceSpelling } from '../gates/placeNames';

/** Which register a Japanese text is written in: investors' pages in です・ます, the rest in だ・である. */
export type JaStyle = 'desumasu' | 'dearu';
export const jaStyleOf = (where: string): JaStyle => (/content[\\/](hubs|opportunities|contacts|setup|pages)[\\/]/.test(where) ? 'desumasu' : 'dearu');

/** JSON fields that hold a label or a name (a noun phrase), not a sentence: no full stop is expected. */
const LABEL_FIELD = /\.(title|label|measure|name|noun|role|standfirst|what|heading|basis)\.ja$|›\.title\.ja$/;
const SENTENCE_ONLY_RULES = new Set(['ja-technical-writing/ja-no-mixed-period']);

export interface ProseFinding {
  where: string;
  line: number;
  rule: string;
  message: string;
}

const yamlString = (s: string) => JSON.stringify(s);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** prh rules for place names: listed variants, and (in Japanese) katakana glossed with a place's Latin name. */
export function placeRules(spellings: readonly PlaceSpelling[], lang: ProseLang): string {
  const rules: string[] = [];
  for (const s of spellings) {
    if (s.variants[lang].length) rules.push(`  - expected: ${yamlString(s.name[lang])}\n    patterns:\n${s.variants[lang].map((v) => `      - ${yamlString(v)}`).join('\n')}`);
    if (lang === 'ja' && /^[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)*$/.test(s.name.id) && !s.name.ja.includes('（')) {
      rules.push(`  - expected: ${yamlString(`${s.name.ja}（${s.name.id}）`)}\n    pattern: ${yamlString(`/[ァ-ヺー・]+（${escapeRegExp(s.name.id)}）/`)}`);
    }
  }
  return `version: 1\nrules:\n${rules.join('\n')}\n`;
}

type Linter = ReturnType<typeof createLinter>;

/** A linter from textlint/<name>.json with the place rules added to prh (written to a temporary config). */
async function linterFor(name: string, places: string): Promise<Linter> {
  const dir = resolve('textlint');
  const config = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as { rules: Record<string, unknown> };
  const prh = (config.rules.prh ?? {}) as { rulePaths?: string[] };
  config.rules.prh = { ...prh, rulePaths: (prh.rulePaths ?? []).map((p) => join(dir, p)), ruleContents: [places] };
  const tmp = join(mkdtempSync(join(tmpdir(), 'sulut-textlint-')), `${name}.json`);
  writeFileSync(tmp, JSON.stringify(config));
  return createLinter({ descriptor: await loadTextlintrc({ configFilePath: tmp, node_modulesDir: resolve('node_modules') }) });
}

/**
 * MDX as Markdown textlint can read, line numbers kept: the frontmatter becomes blank lines (its title and
 * summary or description are linted as texts of their own), and each <Fig … /> or <Jpy … /> becomes a number.
 */
export function mdxForLint(source: string): { body: string; title?: string; summary?: string } {
  const front = /^---\n([\s\S]*?)\n---/.exec(source);
  const field = (key: string) => front?.[1]?.match(new RegExp(`^${key}: (.*)$`, 'm'))?.[1]?.replace(/^["']|["']$/g, '');
  const body = source.replace(/^---\n[\s\S]*?\n---/, (m) => m.replace(/[^\n]/g, '')).replace(/<(Fig|Jpy)\b[^>]*\/>/g, '12');
  return { body, title: field('title'), summary: field('summary') ?? field('description') };
}

/**
 * Investors' pages are written in です・ます: a sentence that ends in the plain form (…だ。…である。…た。…る。
 * …ない。) is reported. Noun endings (体言止め, as in lists of what is not known) pass. textlint's
 * no-mix-dearu-desumasu only reports a text that mixes both, so a paragraph wholly in the plain form needs this.
 */
export function plainFormSentences(text: string): string[] {
  return text
    .replace(/（[^）]*）|「[^」]*」/g, '')
    .split('。')
    .map((s) => s.trim())
    .filter((s) => /(だ|である|た|る|ない|ていた|う)$/.test(s) && !/(です|ます|ません|でした|ました|ましょう|ください)$/.test(s));
}

export async function lintProse(texts: readonly ProseText[], spellings: readonly PlaceSpelling[]): Promise<ProseFinding[]> {
  const linters = {
    'ja-dearu': await linterFor('ja', placeRules(spellings, 'ja')),
    'ja-desumasu': await linterFor('ja-desumasu', placeRules(spellings, 'ja')),
    id: await linterFor('id', placeRules(spellings, 'id')),
    en: await linterFor('en', placeRules(spellings, 'en')),
  };
  const pick = (t: ProseText) => (t.lang === 'ja' ? linters[`ja-${jaStyleOf(t.where)}`] : linters[t.lang]);
  const findings: ProseFinding[] = [];
  const run = async (linter: Linter, text: string, where: string, ext: string, labelLike = false) => {
    const result = await linter.lintText(text, `prose${ext}`);
    for (const m of result.messages) {
      if (labelLike && SENTENCE_ONLY_RULES.has(m.ruleId)) continue;
      findings.push({ where, line: m.loc.start.line, rule: m.ruleId, message: m.message.split('\n')[0]! });
    }
  };
  for (const t of texts) {
    const linter = pick(t);
    if (t.lang === 'ja' && jaStyleOf(t.where) === 'desumasu' && !LABEL_FIELD.test(t.where)) {
      for (const sentence of plainFormSentences(t.text)) findings.push({ where: t.where, line: 1, rule: 'sulut/desumasu', message: `投資家向けのページはです・ます調: "${sentence.slice(-30)}。"` });
    }
    if (/\.mdx?$/.test(t.where)) {
      const { body, title, summary } = mdxForLint(t.text);
      await run(linter, body, t.where, '.md');
      if (title) await run(linter, title, `${t.where} › title`, '.txt', true);
      if (summary) await run(linter, summary, `${t.where} › summary`, '.txt');
    } else {
      await run(linter, t.text.replace(/\{fig:\d+\}/g, '12').replace(/\{quote\}/g, '「…」'), t.where, '.txt', LABEL_FIELD.test(t.where));
    }
  }
  return findings;
}
