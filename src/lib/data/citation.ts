import { t, type Lang } from '~/i18n/index';
import { NUMBER_STYLE } from '~/i18n/langs';

/**
 * What a citation needs. For a Sulut Atlas dataset (see `datasetCitationInput`):
 * - publisher: "Sulut Atlas" (the site compiled the dataset; the original publishers are listed as sources);
 * - year: the year of the dataset's `lastVerified` date, i.e. the year this state of the data was checked;
 * - title: the dataset title in the page's language;
 * - version: `datasetVersion(dataset)`, a content hash, so the citation pins the exact data;
 * - url: the absolute URL of the dataset page in the page's language;
 * - accessed: the dataset's `lastVerified` date. A build date would make every rebuild produce a different
 *   page for unchanged data; lastVerified is reproducible and is the date the figures were last checked.
 *   A reader who cites later should change it to the day they read the page.
 */
export interface CitationInput {
  publisher: string;
  year: string;
  title: string;
  version: string;
  url: string;
  /** YYYY-MM-DD */
  accessed: string;
}

function parseDay(date: string): { y: string; m: number; d: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const m = match ? Number(match[2]) : 0;
  if (!match || m < 1 || m > 12) throw new Error(`citation: accessed date "${date}" is not YYYY-MM-DD`);
  return { y: match[1]!, m, d: Number(match[3]) };
}

/** The accessed date in each language's citation style: "29 Nov 2026", "29 November 2026", "2026年11月29日". */
export function citationDate(date: string, lang: Lang): string {
  const { y, m, d } = parseDay(date);
  const months = NUMBER_STYLE[lang].citationMonths;
  return t(lang, 'data.citationDate', { year: y, month: months ? months[m - 1]! : m, day: d });
}

/**
 * One citation style per language (design brief, "Citations"; the patterns are the dictionaries' data.citation):
 * - en: Publisher (Year). Title [dataset, version abc123]. Sulut Atlas. URL (accessed 29 Nov 2026).
 * - id: Penerbit (Tahun). Judul [dataset, versi abc123]. Sulut Atlas. URL (diakses 29 November 2026).
 * - ja: 出典：発行者「タイトル」（年）、Sulut Atlas（データセット版 abc123）、URL（2026年11月29日閲覧）
 */
export function formatCitation(input: CitationInput, lang: Lang): string {
  const { publisher, year, title, version, url, accessed } = input;
  return t(lang, 'data.citation', { publisher, year, title, version, url, date: citationDate(accessed, lang) });
}

const BIBTEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** Escapes LaTeX's special characters so a title such as "Ekspor & impor 100%" survives BibTeX. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}&%$#_^~]/g, (c) => BIBTEX_SPECIAL[c]!);
}

/** A BibTeX key: ASCII letters, digits, hyphens and colons only. */
export function bibtexKey(...parts: string[]): string {
  return parts
    .join(':')
    .replace(/[^A-Za-z0-9:-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A BibTeX @misc entry (the type every BibTeX style knows; biblatex users may change it to @dataset).
 * The publisher is braced twice so BibTeX does not split "Sulut Atlas" into first and last names.
 * The URL is not escaped: \url{} and the url field take it verbatim.
 */
export function formatBibtex(input: CitationInput & { key: string }): string {
  const { key, publisher, year, title, version, url, accessed } = input;
  parseDay(accessed);
  const fields: [string, string][] = [
    ['author', `{${bibtexEscape(publisher)}}`],
    ['title', `{${bibtexEscape(title)}}`],
    ['year', year],
    ['publisher', 'Sulut Atlas'],
    ['version', version],
    ['howpublished', `\\url{${url}}`],
    ['url', url],
    ['urldate', accessed],
    ['note', `Dataset, version ${version}. Accessed ${accessed}`],
  ];
  const width = Math.max(...fields.map(([name]) => name.length));
  const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}}`).join(',\n');
  return `@misc{${bibtexKey(key)},\n${body}\n}`;
}
