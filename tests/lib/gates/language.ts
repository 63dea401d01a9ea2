/**
 * The language gate: no English on /ja/ or /id/ pages outside marked quotes and proper names, and no doubled
 * words in Indonesian. Pure functions over parsed HTML, so fixtures prove each rule (language.test.ts).
 *
 * What counts as English: a run of Latin-script words (words joined by spaces, hyphens or apostrophes,
 * inside one block of text) that holds at least two words, at least one of them an English function word
 * (the `stopword` package's English list: "the", "of", "by", "with", …; none is also an Indonesian word).
 * English sentences and phrases nearly always hold one; proper names ("Toka Tindung", "Bank Indonesia") and
 * Indonesian terms ("wilayah pertambangan rakyat") hold none. A lone English noun is not detected: that is
 * the rule's known blind spot, covered for UI words by the dictionaries' parity test.
 *
 * Not checked (the reader is told the language, or it is not prose):
 * - any element whose lang attribute names another language than the page (a quote, a source's title);
 * - code, pre, kbd, samp, script, style, template; addresses (URLs, e-mail, file paths);
 * - names on the allowlist (publishers, companies, programmes), removed before the words are read;
 * - hidden search metadata (`<p hidden data-pagefind-meta>`: keywords in all three languages on purpose).
 */
import { eng } from 'stopword';
import type { HTMLElement, Node } from 'node-html-parser';

export interface Segment {
  text: string;
  /** Where the text stands: a tag and id/class hint, or "@attr" for an attribute. */
  where: string;
}

export interface Finding {
  phrase: string;
  where: string;
  context: string;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'CODE', 'PRE', 'KBD', 'SAMP', 'NOSCRIPT']);
const BLOCK = new Set([
  'P', 'LI', 'TD', 'TH', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DT', 'DD', 'FIGCAPTION', 'CAPTION', 'BLOCKQUOTE', 'DIV', 'SECTION',
  'ARTICLE', 'HEADER', 'FOOTER', 'NAV', 'MAIN', 'ASIDE', 'UL', 'OL', 'DL', 'TABLE', 'TR', 'FORM', 'LABEL', 'BUTTON', 'OPTION',
  'SUMMARY', 'DETAILS', 'FIGURE', 'TITLE', 'DESC', 'TEXT', 'SVG', 'G', 'BR', 'HR', 'SELECT', 'LEGEND', 'FIELDSET',
]);
const TEXT_ATTRIBUTES = ['aria-label', 'title', 'alt', 'placeholder'];
/** English function words; "i" is left out because "(i)" and "(ii)" are grade numbers in Indonesian and Japanese text. */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(eng.filter((w) => w !== 'i'));

const primary = (lang: string) => lang.toLowerCase().split('-')[0]!;

function hint(el: HTMLElement): string {
  const id = el.getAttribute('id');
  const cls = el.getAttribute('class')?.split(/\s+/).find((c) => !c.startsWith('astro-') && !c.startsWith('data-astro'));
  return `${el.tagName?.toLowerCase()}${id ? `#${id}` : cls ? `.${cls}` : ''}`;
}

/**
 * The readable text of a page in blocks, without the parts marked as another language and without code.
 * Attribute texts (aria-label, title, alt, placeholder) are segments of their own.
 */
export function pageSegments(root: HTMLElement, pageLang: string, drop: ReadonlySet<string> = new Set()): Segment[] {
  const segments: Segment[] = [];
  let buffer = '';
  let where = 'body';
  const flush = () => {
    if (buffer.trim()) segments.push({ text: buffer.replace(/\s+/g, ' ').trim(), where });
    buffer = '';
  };
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      buffer += node.text;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as HTMLElement;
    const tag = el.tagName?.toUpperCase() ?? '';
    if (drop.has(tag)) return;
    // Search metadata (keywords in every language for Pagefind) is hidden and is not prose.
    if (el.hasAttribute('data-pagefind-meta') && el.hasAttribute('hidden')) return;
    const lang = el.getAttribute('lang');
    if (SKIP.has(tag) || (lang !== undefined && lang !== '' && primary(lang) !== primary(pageLang))) {
      buffer += ' ¦ '; // a marked quote or code breaks a run: words on either side are not joined across it
      return;
    }
    for (const attr of TEXT_ATTRIBUTES) {
      const value = el.getAttribute(attr);
      if (value?.trim()) segments.push({ text: value.trim(), where: `${hint(el)}@${attr}` });
    }
    const block = BLOCK.has(tag);
    if (block) {
      flush();
      where = hint(el);
    }
    el.childNodes.forEach(visit);
    if (block) flush();
  };
  visit(root);
  flush();
  return segments;
}

const ADDRESS = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|\b[\w.-]+\/[\w./-]+|\b[\w-]+\.(?:com|co|id|org|net|jp|go|ac|info|news|asia|site|ai|pages|dev)(?:\.[a-z]{2,3})*(?:\/\S*)?/gi;
const LATIN_RUN = /[A-Za-z][A-Za-z'’]*(?:(?:[ \u00a0-]|, )[A-Za-z][A-Za-z'’]*)*/g;

/** Removes addresses and allowlisted names (longest first), leaving a break where each stood. */
export function stripNames(text: string, names: readonly string[]): string {
  let out = text;
  for (const name of names) if (out.includes(name)) out = out.split(name).join(' ¦ ');
  return out
    .replace(ADDRESS, ' ¦ ')
    .replace(/\d+-an\b/g, ' ¦ ') // "1920-an": an Indonesian decade, not "an"
    .replace(/[A-Za-z]*\d[A-Za-z\d]*/g, ' ¦ '); // codes with digits ("a9265732", "GA880") are not words
}

/** "of", "The", "Japan's" count; "AS" (Amerika Serikat), "BY" (CC BY) and "A" (a grade) are capitals, not words. */
function isFunctionWord(word: string): boolean {
  const bare = word.replace(/['’]s$/, '');
  if (bare === bare.toUpperCase()) return false;
  return ENGLISH_FUNCTION_WORDS.has(bare.toLowerCase());
}

/** English phrases in one text: Latin runs of two or more words holding an English function word. */
export function englishPhrases(text: string, names: readonly string[]): string[] {
  const found: string[] = [];
  for (const m of stripNames(text, names).matchAll(LATIN_RUN)) {
    const words = m[0].split(/[ \u00a0,-]+/).filter(Boolean);
    if (words.length < 2) continue;
    if (words.some(isFunctionWord)) found.push(m[0]);
  }
  return found;
}

export function englishLeftovers(root: HTMLElement, pageLang: string, names: readonly string[]): Finding[] {
  const sorted = [...new Set(names)].sort((a, b) => b.length - a.length);
  return pageSegments(root, pageLang).flatMap((s) =>
    englishPhrases(s.text, sorted).map((phrase) => ({ phrase, where: s.where, context: s.text.slice(Math.max(0, s.text.indexOf(phrase) - 40), s.text.indexOf(phrase) + phrase.length + 40) })),
  );
}

/**
 * A word written twice in a row ("penerbangan penerbangan"), as a reader sees it: footnote marks (<sup>)
 * between the two do not hide it. Indonesian repeats words with a hyphen ("kota-kota"), never with a space.
 */
export function doubledWords(root: HTMLElement, pageLang: string): Finding[] {
  const findings: Finding[] = [];
  for (const s of pageSegments(root, pageLang, new Set(['SUP']))) {
    for (const m of s.text.matchAll(/(?<![\p{L}-])(\p{L}{3,})[ \u00a0]+\1(?![\p{L}-])/giu)) {
      findings.push({ phrase: m[0], where: s.where, context: s.text.slice(Math.max(0, m.index! - 40), m.index! + m[0].length + 40) });
    }
  }
  return findings;
}
