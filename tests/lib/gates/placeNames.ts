/**
 * One name per place per language. The spellings come from content/regions.json, content/places.json and
 * content/place-names.json (places without a sourced position, and known wrong spellings). A text fails on:
 * 1. a listed variant ("コタムバグ" where the site writes "コタモバグ");
 * 2. in Japanese, katakana glossed with a place's Latin name that is not the site's katakana
 *    ("タテル（Tatelu）" where the site writes "タトゥル");
 * 3. in Japanese, katakana one letter away from a place name of four or more letters ("コタムバグ"), which
 *    finds variants nobody has listed yet. Words that merely look alike are in NOT_PLACES.
 */
import type { Place } from '~/schemas/place';
import type { PlaceName } from '~/schemas/placeName';
import type { Region } from '~/schemas/region';
import { LANGS } from '~/i18n/index';

type Lang = 'ja' | 'id' | 'en';

export interface PlaceSpelling {
  key: string;
  name: Record<Lang, string>;
  variants: Record<Lang, string[]>;
  historical: Record<Lang, string[]>;
}

/** Katakana words one letter away from a place name that are not places (チェックの誤検出を防ぐ). */
export const NOT_PLACES: ReadonlySet<string> = new Set(['シアン']);

/** "コタモバグ市" → "コタモバグ", "ブナケン国立公園（ブナケン島）" → "ブナケン国立公園". */
const jaBase = (name: string) => name.replace(/（.*$/, '').replace(/(諸島県|県|市|州)$/, '');
const none = (): Record<Lang, string[]> => ({ ja: [], id: [], en: [] });

/** The site's spellings, or the problems that stop them being read (unknown `of`, a name given twice). */
export function placeSpellings(regions: readonly Region[], places: readonly Place[], extra: readonly PlaceName[]): { spellings: PlaceSpelling[]; issues: string[] } {
  const issues: string[] = [];
  const spellings: PlaceSpelling[] = [
    ...regions.filter((r) => r.code.startsWith('71')).map((r) => ({ key: r.code, name: { ja: jaBase(r.name.ja), id: r.name.id, en: r.name.en }, variants: none(), historical: none() })),
    ...places.map((p) => ({ key: p.id, name: { ja: jaBase(p.name.ja), id: p.name.id, en: p.name.en }, variants: none(), historical: none() })),
  ];
  extra.forEach((e, i) => {
    let target: PlaceSpelling | undefined;
    if (e.of) {
      target = spellings.find((s) => s.key === e.of);
      if (!target) issues.push(`content/place-names.json › [${i}].of: "${e.of}" is neither a place in content/places.json nor a region code`);
    } else if (e.name) {
      const clash = spellings.find((s) => s.name.ja === e.name!.ja || s.name.id === e.name!.id);
      if (clash) issues.push(`content/place-names.json › [${i}].name: "${e.name.ja}" is already spelled by ${clash.key}; use "of" to add spellings`);
      target = { key: e.id, name: { ...e.name }, variants: none(), historical: none() };
      spellings.push(target);
    }
    if (!target) return;
    for (const lang of LANGS) {
      target.variants[lang].push(...(e.variants?.[lang] ?? []));
      target.historical[lang].push(...(e.historical?.[lang] ?? []));
    }
  });
  return { spellings, issues };
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

const KATAKANA = /[\u30A1-\u30FA\u30FC]+(?:・[\u30A1-\u30FA\u30FC]+)*/g;

/** Place-name spellings in one text that are not the site's, as "found → expected" messages. */
export function placeNameProblems(text: string, lang: Lang, spellings: readonly PlaceSpelling[]): string[] {
  const problems: string[] = [];
  for (const s of spellings) {
    for (const v of s.variants[lang]) if (text.includes(v)) problems.push(`"${v}" → "${s.name[lang]}"`);
  }
  if (lang !== 'ja') return problems;

  // Katakana parts of every name ("北スラウェシ" → "スラウェシ"; "ボラアン・モンゴンドウ" → both words).
  const kanaParts = (name: string) => [...name.matchAll(KATAKANA)].flatMap((m) => [m[0], ...m[0].split('・')]);
  const known = new Set(spellings.flatMap((s) => [s.name.ja, ...kanaParts(s.name.ja), ...s.historical.ja]));
  for (const m of text.matchAll(new RegExp(`(${KATAKANA.source})（([A-Za-z][A-Za-z .'-]*)）`, 'g'))) {
    const [, kana, latin] = m;
    const place = spellings.find((s) => s.name.id === latin || s.name.en === latin);
    if (place && kana !== place.name.ja && !place.historical.ja.includes(kana!) && !place.name.ja.endsWith(kana!)) problems.push(`"${kana}（${latin}）" → "${place.name.ja}"`);
  }
  const names = [...known].filter((n) => n.length >= 4 && /^[\u30A1-\u30FA\u30FC]+$/.test(n));
  for (const m of text.matchAll(KATAKANA)) {
    for (const word of m[0].split('・')) {
      if (word.length < 4 || known.has(word) || NOT_PLACES.has(word)) continue;
      const near = names.find((n) => Math.abs(n.length - word.length) <= 1 && levenshtein(n, word) === 1);
      if (near) problems.push(`"${word}" → "${near}"`);
    }
  }
  return [...new Set(problems)];
}
