/**
 * The figure check: every number a reader sees in prose must come from a dataset, so in checked prose
 * (`.prose` and anything marked `data-figure-check`) a number must stand inside <data> (what <Fig>
 * writes), <time>, or <code>. Numbers in attributes (a link's href) are never prose and never checked.
 *
 * Allowed by rule, the same on every page (there are no per-page exceptions):
 * 1. Years: a four-digit number from 1900 to 2100 standing alone (not part of a longer number), e.g.
 *    "in 2026", "2026年"; but not after a currency ("Rp 2000", "USD 2000").
 * 2. Dates written out: a day or month next to a month name or the Japanese date characters, e.g.
 *    "11 February 2026", "Rabu, 11 Februari", "2月11日", and Japanese month spans "1〜5月".
 *    (Prefer <time>; this keeps plain dates readable.) Also the Japanese unit of time "1日" / "1年" /
 *    "1か月" / "1週" as in "1日約…" ("per day, about …"): the quantity is the number that follows.
 * 3. Proper names and codes, where the digits belong to the name, not to a quantity:
 *    - one to three capital letters with digits attached: "A330", "G20", "A1" (/^[A-Z]{1,3}\d+$/);
 *    - two capital letters, one space and one to four digits: flight and regulation numbers such as
 *      "GA 880", "JL 726", "PP 84/2019". Any other number after capitals and a space is a figure
 *      ("BPS 415", "The UMP 4002630"), and so is anything after a currency code ("USD 5", "IDR 500", "Rp 5");
 *    - a capitalised word with digits attached, as in outlet names: "Sulut24", "Liputan15" (not "Rp5");
 *    - the same in katakana: "スルット24";
 *    - Japan's visa grades "特定技能1号" and "特定技能2号" (Specified Skilled Worker (i) and (ii)).
 * 4. Footnote markers: GFM footnote references (a[data-footnote-ref]), <Fig>'s reference marks
 *    (sup.fig-ref) and any <sup> that holds only digits, brackets and commas.
 * 5. Link text that is the link's own address (a bare URL).
 *
 * No rule applies to a number followed by a unit ("2000 tonnes", "2000トン", "2000 juta", "2000%") or by a
 * count noun ("1950 containers", "BPS 415 orang"), unless, for a count noun, a word of time stands before
 * the number ("in 2019 people…"): that is a quantity whatever it looks like, so it must be a <Fig>.
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

/**
 * Words that make the number before them a quantity, in the three languages. Latin words match as whole
 * words after at most one space (plurals included); Japanese ones follow the number directly.
 * - Units, currencies, scale words and percent: always a quantity ("2000 tonnes", "2000 juta", "2000%").
 * - Count nouns: a quantity ("1950 containers", "415 orang") unless a word of time stands before the number,
 *   because a year often opens a clause: "in 2019 people…", "pada 2020 perusahaan melaporkan…".
 */
const UNIT_WORDS = [
  'tonnes?', 'tons?', 't', 'kg', 'g', 'troy', 'oz', 'ounces?', 'ha', 'hectares?', 'hektare', 'km', 'm2', 'm3', 'mw', 'kw', 'teus?',
  'rupiah', 'dollars?', 'yen', 'usd', 'idr', 'jpy', 'percent', 'per cent', 'persen', 'percentage points?', 'poin persentase',
  'thousand', 'million', 'billion', 'trillion', 'ribu', 'juta', 'miliar', 'milyar', 'triliun', 'rb', 'jt', 'bn',
];
const COUNT_NOUNS = [
  'people', 'persons?', 'orang', 'jiwa', 'visitors?', 'visits?', 'kunjungan', 'tourists?', 'wisatawan', 'wisman', 'workers?', 'pekerja',
  'interns?', 'peserta', 'students?', 'siswa', 'households?', 'families', 'keluarga', 'fishers?', 'nelayan',
  'containers?', 'kontainer', 'peti kemas', 'vessels?', 'ships?', 'boats?', 'kapal', 'flights?', 'penerbangan', 'trips?',
  'units?', 'blocks?', 'blok', 'tanks?', 'plants?', 'pabrik', 'companies', 'company', 'perusahaan', 'firms?',
  'licen[cs]es?', 'permits?', 'izin', 'projects?', 'proyek', 'jobs?', 'rooms?', 'kamar', 'hotels?', 'beds?', 'seats?', 'kursi',
];
const JA_UNITS = ['人', '名', 'トン', '隻', '件', '社', '台', '個', '本', '便', '基', '円', 'ルピア', 'ドル', '米ドル', '万', '億', '兆', '千', '百万', 'キロ', 'ヘクタール', 'か所', 'カ所', 'ヶ所', '軒', '世帯', '戸', 'ポイント', '%', '％'];
const UNIT_AFTER = new RegExp(`^(?:\\s?(?:${UNIT_WORDS.join('|')})(?![A-Za-z])|\\s?[%％]|${JA_UNITS.join('|')})`, 'i');
const COUNT_AFTER = new RegExp(`^\\s?(?:${COUNT_NOUNS.join('|')})(?![A-Za-z])`, 'i');
/** Words of time before a year: "in 2019", "pada 2020", "since 2018", "tahun 2021" (and month names: "Maret 2017"). */
const TIME_BEFORE = /(?<![A-Za-z])(?:in|since|by|until|till|during|before|after|early|late|mid|pada|sejak|hingga|sampai|tahun|selama|sebelum|sesudah|setelah|awal|akhir|pertengahan)\s+$/i;
const CURRENCY_BEFORE = /(?:Rp|US\$|\$|¥|￥|€|(?<![A-Za-z])(?:US|USD|IDR|JPY|EUR|SGD|AUD|CNY|RP))\s?$/i;

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

  // A number followed by a unit or count word is a quantity, however much it looks like a year or a code.
  if (UNIT_AFTER.test(after)) return false;
  if (COUNT_AFTER.test(after) && !TIME_BEFORE.test(before) && !new RegExp(`(?<![a-z])${MONTH}\\s+$`, 'i').test(before)) return false;

  // 1. A year standing alone.
  if (/^\d{4}$/.test(ascii) && Number(ascii) >= 1900 && Number(ascii) <= 2100 && !/[.,]$/.test(before.slice(-1)) && !CURRENCY_BEFORE.test(before)) return true;

  // 2. Dates written out.
  if (/^\d{1,2}$/.test(ascii)) {
    if (new RegExp(`^\\s+${MONTH}(?![a-z])`, 'i').test(after)) return true; // 11 February
    if (new RegExp(`(?<![a-z])${MONTH}\\s+$`, 'i').test(before) && !/^[.,]?\d/.test(after)) return true; // February 11
    if (/^月/.test(after) || (/月$/.test(before) && /^日/.test(after))) return true; // 2月11日
    if (/^[〜～~–-]\s?\d{1,2}月/.test(after)) return true; // 1〜5月
    if (ascii === '1' && /^(日|年|か月|ヶ月|カ月|週)/.test(after)) return true; // 1日 (per day)
  }

  // 3. Names and codes.
  // Codes: capitals with digits attached ("A330", "G20"), or two capitals, a space and up to four digits
  // ("GA 880", "PP 84"). Any other number after capitals and a space ("BPS 415", "UMP 4002630") is a figure.
  const attached = /(?<![A-Za-z])([A-Z]{1,3})$/.exec(before);
  if (attached && !CURRENCY_CODES.has(attached[1]!) && !/^[A-Za-z]/.test(after) && /^\d+$/.test(ascii)) return true;
  const spaced = /(?<![A-Za-z])([A-Z]{2}) $/.exec(before);
  if (spaced && !CURRENCY_CODES.has(spaced[1]!) && !/^[A-Za-z]/.test(after) && /^\d{1,4}$/.test(ascii)) return true;
  const word = /(?<![A-Za-z])([A-Z][a-z]+)$/.exec(before);
  if (word && word[1] !== 'Rp' && /^\d+$/.test(ascii)) return true;
  if (/[\u30A1-\u30FA\u30FC]$/.test(before) && /^\d+$/.test(ascii)) return true; // スルット24
  if (/特定技能$/.test(before) && /^[12]$/.test(ascii) && /^号/.test(after)) return true; // 特定技能1号 (a visa grade, not a count)

  return false;
}

/** Numbers in one run of text that no rule allows (the MDX body check and the built-page check share it). */
export function unsourcedNumbersIn(raw: string): Finding[] {
  const text = raw.replace(/\u00a0/g, ' ');
  const findings: Finding[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const start = match.index!;
    const end = start + match[0].length;
    if (allowedByRule(text, start, end)) continue;
    findings.push({ number: match[0], context: text.slice(Math.max(0, start - 30), end + 30).replace(/\s+/g, ' ').trim() });
  }
  return findings;
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
    findings.push(...unsourcedNumbersIn(node.text));
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
