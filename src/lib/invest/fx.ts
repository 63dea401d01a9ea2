/**
 * Approximate yen equivalents for rupiah amounts, computed from the sourced, dated exchange-rate dataset
 * (content/datasets/exchange-rate-idr-jpy.json, rupiah per yen). Nothing here stores a rate: the rate is
 * always an observation, and the page shows its date and source beside every conversion.
 */
import type { Lang } from '../../i18n/index';
import type { Dataset, Observation } from '../../schemas/dataset';
import { UNITS, type UnitId } from '../../schemas/units';
import { formatCompact } from '../format/formatCompact';

export const FX_DATASET = 'exchange-rate-idr-jpy';

/**
 * The most recent rate in the dataset (latest period; among one date, the declared first series). When
 * two sources give different rates for that date, the caller must pick one: this throws rather than guess.
 */
export function latestRate(dataset: Pick<Dataset, 'id' | 'unit' | 'observations'>): Observation {
  if (dataset.unit !== 'idr-per-jpy') throw new Error(`${dataset.id}: expected unit "idr-per-jpy", found "${dataset.unit}"`);
  const latest = dataset.observations.reduce((a, b) => (b.period > a.period ? b : a));
  const sameDay = dataset.observations.filter((o) => o.period === latest.period && o.region === latest.region && o.series === latest.series);
  if (new Set(sameDay.map((o) => o.value)).size > 1) {
    throw new Error(`${dataset.id}: sources disagree on the rate for ${latest.period} (${sameDay.map((o) => `${o.source}: ${o.value}`).join('; ')})`);
  }
  return latest;
}

/** Rupiah value (in the unit it was published in) → yen, at `idrPerJpy` rupiah per yen. */
export function rupiahToYen(value: number, unit: UnitId, idrPerJpy: number): number {
  const def = UNITS[unit];
  if (def.kind !== 'currency' || !('currency' in def) || def.currency !== 'IDR') throw new Error(`rupiahToYen: unit "${unit}" is not a rupiah amount`);
  if (!(idrPerJpy > 0)) throw new Error(`rupiahToYen: rate ${idrPerJpy} must be positive`);
  return (value * def.scale) / idrPerJpy;
}

/** Two significant digits are all an approximate conversion deserves: 36,242 → 36,000. */
export function roundApprox(yen: number): number {
  if (yen === 0) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(yen))) - 1);
  return Math.round(yen / magnitude) * magnitude;
}

const WORDS: Record<'id' | 'en', { size: number; word: string }[]> = {
  id: [
    { size: 1e12, word: 'triliun' },
    { size: 1e9, word: 'miliar' },
    { size: 1e6, word: 'juta' },
  ],
  en: [
    { size: 1e12, word: 'trillion' },
    { size: 1e9, word: 'billion' },
    { size: 1e6, word: 'million' },
  ],
};

/**
 * The rounded yen amount as each language writes it, marked approximate:
 * ja "約3.6万円", id "sekitar ¥36.000", en "about ¥36,000"; large amounts in words: "about ¥85 billion".
 */
export function formatApproxYen(yen: number, lang: Lang): string {
  const rounded = roundApprox(yen);
  if (lang === 'ja') return `約${formatCompact(rounded, 'ja')}円`;
  const number = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 });
  const step = WORDS[lang].find((s) => Math.abs(rounded) >= s.size);
  const text = step ? `¥${number.format(rounded / step.size)} ${step.word}` : `¥${number.format(rounded)}`;
  return lang === 'id' ? `sekitar ${text}` : `about ${text}`;
}

export type TemplatePart = { text: string } | { slot: string };

/**
 * Splits a UI string with placeholders into text and slots, so a component can put elements (<data>,
 * <time>) where "{amount}" and "{date}" stand: "（{amount}、{date}）" → text, slot amount, text, slot date, text.
 */
export function templateParts(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    if (match.index! > last) parts.push({ text: template.slice(last, match.index) });
    parts.push({ slot: match[1]! });
    last = match.index! + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}
