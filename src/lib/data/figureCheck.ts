/**
 * The figure check: every number a reader sees in prose must come from a dataset, so in checked prose
 * (`.prose` and anything marked `data-figure-check`) a number must stand inside <data> (what <Fig>
 * writes), <time>, or <code>. Numbers in attributes (a link's href) are never prose and never checked.
 *
 * Allowed by rule, the same on every page (there are no per-page exceptions):
 * 1. Years: a four-digit number from 1900 to 2100 standing alone (not part of a longer number), e.g.
 *    "in 2026", "2026年".
 * 2. Dates written out: a day or month next to a month name or the Japanese date characters, e.g.
 *    "11 February 2026", "Rabu, 11 Februari", "2月11日", and Japanese month spans "1〜5月".
 *    (Prefer <time>; this keeps plain dates readable.) Also the Japanese unit of time "1日" / "1年" /
 *    "1か月" / "1週" as in "1日約…" ("per day, about …"): the quantity is the number that follows.
 * 3. Proper names and codes, where the digits belong to the name, not to a quantity:
 *    - one to three capital letters and digits, optionally with one space: "A330", "GA 880", "G20",
 *      "JL 726" (/^[A-Z]{1,3}\s?\d+$/), but not currency codes ("USD 5", "IDR 500", "Rp 5");
 *    - a capitalised word with digits attached, as in outlet names: "Sulut24", "Liputan15" (not "Rp5");
 *    - the same in katakana: "スルット24";
 *    - Japan's visa grades "特定技能1号" and "特定技能2号" (Specified Skilled Worker (i) and (ii)).
 * 4. Footnote markers: GFM footnote references (a[data-footnote-ref]), <Fig>'s reference marks
 *    (sup.fig-ref) and any <sup> that holds only digits, brackets and commas.
 * 5. Link text that is the link's own address (a bare URL).
 */
import { parse, type HTMLElement, type Node } from 'node-html-parser';

export interface Finding {
  number: string;
  /** Some text around the number, for the failure message. */
  context: string;
}

const SKIP_TAGS = new Set(['DATA', 'TIME', 'CODE', 'PRE', 'KBD', 'SAMP', 'SCRIPT', 'STYLE', 'TEMPLATE', 'SVG', 'MATH']);
const CURRENCY_CODES = new Set(['US', 'USD', 'IDR', 'JPY', 'EUR', 'SGD', 'AUD', 'CNY', 'RP']);
const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'januari', 'februari', 'maret', 'mei', 'juni', 'juli', 'agustus', 'oktober', 'desember',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'agu', 'agt', 'sep', 'sept', 'oct', 'okt', 'nov', 'dec', 'des',
];
const MONTH = `(?:${MONTHS.join('|')})\\.?`;

/** Digits, with thousands or decimal separators between digit groups. Full-width digits count too. */
const NUMBER = /[0-9０-９]+(?:[.,][0-9０-９]+)*/g;

function isSkipped(el: HTMLElement, skipped: (el: HTMLElement) => boolean): boolean {
  for (let node: HTMLElement | null = el; node; node = node.parentNode as HTMLElement | null) {
    if (skipped(node)) return true;
  }
  return false;
}

function skippedElement(el: HTMLElement): boolean {
  const tag = el.tagName?.toUpperCase();
  if (!tag) return false;
  if (SKIP_TAGS.has(tag)) return true;
  if (tag === 'A' && el.hasAttribute('data-footnote-ref')) return true;
  if (tag === 'SUP' && (el.classList.contains('fig-ref') || /^[\s\d[\](),–-]*$/.test(el.text))) return true;
  if (tag === 'A' && el.getAttribute('href') && el.text.trim() === el.getAttribute('href')) return true;
  return false;
}

/** True when the number at [start, end) of text is allowed by one of the documented rules. */
export function allowedByRule(text: string, start: number, end: number): boolean {
  const token = text.slice(start, end);
  const before = text.slice(0, start);
  const after = text.slice(end);
  const ascii = token.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

  // 1. A year standing alone.
  if (/^\d{4}$/.test(ascii) && Number(ascii) >= 1900 && Number(ascii) <= 2100 && !/[.,]$/.test(before.slice(-1) + '') ) return true;

  // 2. Dates written out.
  if (/^\d{1,2}$/.test(ascii)) {
    if (new RegExp(`^\\s+${MONTH}(?![a-z])`, 'i').test(after)) return true; // 11 February
    if (new RegExp(`(?<![a-z])${MONTH}\\s+$`, 'i').test(before) && !/^[.,]?\d/.test(after)) return true; // February 11
    if (/^月/.test(after) || (/月$/.test(before) && /^日/.test(after))) return true; // 2月11日
    if (/^[〜～~–-]\s?\d{1,2}月/.test(after)) return true; // 1〜5月
    if (ascii === '1' && /^(日|年|か月|ヶ月|カ月|週)/.test(after)) return true; // 1日 (per day)
  }

  // 3. Names and codes.
  const code = /(?<![A-Za-z])([A-Z]{1,3})\s?$/.exec(before);
  if (code && !CURRENCY_CODES.has(code[1]!) && !/^[A-Za-z]/.test(after) && /^\d+$/.test(ascii)) return true;
  const word = /(?<![A-Za-z])([A-Z][a-z]+)$/.exec(before);
  if (word && word[1] !== 'Rp' && /^\d+$/.test(ascii)) return true;
  if (/[\u30A1-\u30FA\u30FC]$/.test(before) && /^\d+$/.test(ascii)) return true; // スルット24
  if (/特定技能$/.test(before) && /^[12]$/.test(ascii) && /^号/.test(after)) return true; // 特定技能1号 (a visa grade, not a count)

  return false;
}

/** Numbers in the text of one checked region that no rule allows. */
export function findUnsourcedNumbers(region: HTMLElement): Finding[] {
  const findings: Finding[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === 1) {
      const el = node as HTMLElement;
      if (skippedElement(el)) return;
      el.childNodes.forEach(visit);
      return;
    }
    if (node.nodeType !== 3) return;
    // Decoded text: "&#39;" in raw HTML is an apostrophe, not the number 39.
    const text = node.text.replace(/\u00a0/g, ' ');
    for (const match of text.matchAll(NUMBER)) {
      const start = match.index!;
      const end = start + match[0].length;
      if (allowedByRule(text, start, end)) continue;
      findings.push({ number: match[0], context: text.slice(Math.max(0, start - 30), end + 30).replace(/\s+/g, ' ').trim() });
    }
  };
  visit(region);
  return findings;
}

/** Every checked region of a page (outermost only) and the numbers in it that are not sourced. */
export function checkFigures(html: string): Finding[] {
  const root = parse(html, { comment: false });
  const regions = root.querySelectorAll('.prose, [data-figure-check]');
  const outermost = regions.filter((r) => !regions.some((other) => other !== r && isAncestor(other, r)));
  return outermost.filter((r) => !isSkipped(r, skippedElement)).flatMap(findUnsourcedNumbers);
}

function isAncestor(a: HTMLElement, b: HTMLElement): boolean {
  for (let node = b.parentNode as HTMLElement | null; node; node = node.parentNode as HTMLElement | null) if (node === a) return true;
  return false;
}
