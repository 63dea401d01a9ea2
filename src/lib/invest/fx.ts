/**
 * Approximate yen equivalents for rupiah amounts, computed from the sourced, dated exchange-rate dataset
 * (content/datasets/exchange-rate-idr-jpy.json, rupiah per yen). Nothing here stores a rate: the rate is
 * always an observation, and the page shows its date and source beside every conversion.
 */
import { t, type Lang } from '~/i18n/index';
import { INTL_LOCALE, NUMBER_STYLE } from '~/i18n/langs';
import type { Dataset, Observation } from '~/schemas/dataset';
import type { Source } from '~/schemas/source';
import { UNITS, type UnitId } from '~/schemas/units';
import { derivedInputs, sourceCredit } from '../data/provenance';
import { formatCompact } from '../format/formatCompact';
import { numberFormat } from '../format/intl';

export const FX_DATASET = 'exchange-rate-idr-jpy';

/** Rates more than this many days older than the newest candidate do not compete, whatever their grade. */
export const RATE_WINDOW_DAYS = 180;

const GRADE_RANK = { A: 0, B: 1, C: 2 } as const;
const dayNumber = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000;

/**
 * The rate every yen conversion uses: the best-graded, newest rate. Candidates are actual rates (final or
 * preliminary; a computed cross rate counts with the weakest grade of its inputs, which the registry gives it as
 * its source). Only rates within RATE_WINDOW_DAYS of the newest candidate compete, so an old official rate never
 * beats a current one; among those the best grade wins, then the newest date, then a published rate over a
 * computed one. Two candidates left with different values throw rather than guess.
 */
export function chooseRate(dataset: Pick<Dataset, 'id' | 'unit' | 'observations'>, sources: ReadonlyMap<string, Pick<Source, 'grade'>>): Observation {
  if (dataset.unit !== 'idr-per-jpy') throw new Error(`${dataset.id}: expected unit "idr-per-jpy", found "${dataset.unit}"`);
  const grade = (o: Observation) => {
    const source = sources.get(o.source);
    if (!source) throw new Error(`${dataset.id}: unknown source id "${o.source}" for the rate of ${o.period}`);
    return GRADE_RANK[source.grade];
  };
  const candidates = dataset.observations.filter((o) => o.status === 'final' || o.status === 'preliminary');
  if (candidates.length === 0) throw new Error(`${dataset.id}: no final or preliminary rate to convert with`);
  const newest = Math.max(...candidates.map((o) => dayNumber(o.period)));
  const recent = candidates.filter((o) => newest - dayNumber(o.period) <= RATE_WINDOW_DAYS);
  const best = Math.min(...recent.map(grade));
  const graded = recent.filter((o) => grade(o) === best);
  const latestDay = graded.reduce((a, b) => (b.period > a ? b.period : a), graded[0]!.period);
  const sameDay = graded.filter((o) => o.period === latestDay);
  const published = sameDay.filter((o) => !o.derived);
  const finalists = published.length > 0 ? published : sameDay;
  if (new Set(finalists.map((o) => o.value)).size > 1) {
    throw new Error(`${dataset.id}: sources disagree on the rate for ${latestDay} (${finalists.map((o) => `${o.source}: ${o.value}`).join('; ')})`);
  }
  return finalists[0]!;
}

/**
 * Who the chosen rate comes from, as pages print it beside yen: the source ("Bank Indonesia, via Media
 * Indonesia"), or for a computed cross rate the calculation and its inputs' sources.
 */
export function rateCredit(
  fx: Dataset,
  rate: Observation,
  datasets: ReadonlyMap<string, Dataset>,
  sources: ReadonlyMap<string, Source>,
  lang: Lang,
): { text: string; url?: string } {
  if (!rate.derived) {
    const source = sources.get(rate.source);
    if (!source) throw new Error(`${fx.id}: unknown source id "${rate.source}"`);
    return { text: sourceCredit(source, lang), url: source.url };
  }
  const inputs = derivedInputs(fx, rate, datasets, sources).map((input) => sourceCredit(input.source, lang));
  return { text: t(lang, 'data.computedByWith', { inputs: inputs.join(' ÷ ') }) };
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

/**
 * The rounded yen amount as each language writes it, marked approximate:
 * ja "約3.6万円", id "sekitar ¥36.000", en "about ¥36,000"; large amounts in words: "about ¥85 billion".
 */
export function formatApproxYen(yen: number, lang: Lang): string {
  const rounded = roundApprox(yen);
  const { myriads, scaleWords } = NUMBER_STYLE[lang];
  if (myriads) return t(lang, 'invest.approxYen', { amount: formatCompact(rounded, lang) });
  const number = numberFormat(INTL_LOCALE[lang], { maximumFractionDigits: 1 });
  const step = scaleWords.find((s) => Math.abs(rounded) >= s.size);
  return t(lang, 'invest.approxYen', { amount: step ? `${number.format(rounded / step.size)} ${step.word}` : number.format(rounded) });
}
