/**
 * How pages name where a figure comes from: the original publisher first ("BPS Sulawesi Utara, via ANTARA"),
 * the inputs of a computed figure, and the word a count is written with.
 */
import { t, type Lang } from '~/i18n/index';
import type { LocalizedText } from '~/schemas/common';
import type { Dataset, DerivationMethod, Observation } from '~/schemas/dataset';
import type { Source } from '~/schemas/source';
import type { UnitId } from '~/schemas/units';
import { quantityKey } from './quantity';
import { conflictingKeys, observationAnchor } from './anchors';
import { unitOf } from './quantity';

/** "BPS Sulawesi Utara, via ANTARA Manado" when the source reports an official release; else the publisher. */
export function sourceCredit(source: Pick<Source, 'publisher' | 'origin'>, lang: Lang): string {
  return source.origin ? t(lang, 'data.via', { origin: source.origin.publisher, outlet: source.publisher }) : source.publisher;
}

/** The word a count in this series is written with: the series' noun, else the dataset's for its default series. */
export function nounOf(dataset: Pick<Dataset, 'series' | 'noun'>, series: string): LocalizedText | undefined {
  const own = dataset.series.find((s) => s.id === series);
  return own?.noun ?? (own ? undefined : dataset.noun);
}

export interface DerivedInput {
  dataset: Dataset;
  observation: Observation;
  unit: UnitId;
  /** Row anchor on the input dataset's page. */
  anchor: string;
  source: Source;
}

/** The recorded observations a computed one is made from, in order (the registry has checked they exist). */
export function derivedInputs(
  dataset: Dataset,
  observation: Observation,
  datasets: ReadonlyMap<string, Dataset>,
  sources: ReadonlyMap<string, Source>,
): DerivedInput[] {
  if (!observation.derived) return [];
  return observation.derived.inputs.map((ref) => {
    const target = datasets.get(ref.dataset ?? dataset.id);
    const input = target?.observations.find(
      (o) => o.series === ref.series && o.region === ref.region && o.period === ref.period && (ref.source === undefined || o.source === ref.source),
    );
    const source = input && sources.get(input.source);
    if (!target || !input || !source) throw new Error(`content/datasets/${dataset.id}.json: input ${JSON.stringify(ref)} of a derived observation is missing`);
    return { dataset: target, observation: input, unit: unitOf(target, input.series), anchor: observationAnchor(input, conflictingKeys(target).has(quantityKey(input))), source };
  });
}

/** The operator written between inputs: "a ÷ b", "a + b + c", "a − b", "a ÷ b × 100". */
export const METHOD_OPERATORS: Record<DerivationMethod, { between: string; after?: string }> = {
  ratio: { between: ' ÷ ' },
  share: { between: ' ÷ ', after: ' × 100' },
  sum: { between: ' + ' },
  difference: { between: ' − ' },
  density: { between: ' ÷ ' },
};

/**
 * Every source behind a dataset's figures: the sources of its recorded observations and, for computed ones,
 * the sources of their inputs (which may sit in other datasets). Without `datasets`, a computed observation
 * contributes the source the registry assigned it (its weakest input).
 */
export function sourceIdsOf(dataset: Pick<Dataset, 'id' | 'observations'>, datasets?: ReadonlyMap<string, Pick<Dataset, 'id' | 'observations'>>): string[] {
  const ids = new Set<string>();
  for (const o of dataset.observations) {
    if (!o.derived || !datasets) {
      ids.add(o.source);
      continue;
    }
    for (const ref of o.derived.inputs) {
      const target = ref.dataset ? datasets.get(ref.dataset) : dataset;
      const input = target?.observations.find((x) => x.series === ref.series && x.region === ref.region && x.period === ref.period && (ref.source === undefined || x.source === ref.source));
      ids.add(input?.source ?? o.source);
    }
  }
  return [...ids];
}

/** Text in the page's language from a field that is plain text or text per language (locators, notes). */
export function textIn(value: unknown, lang: Lang): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && lang in value) return String((value as Record<Lang, unknown>)[lang]);
  return undefined;
}

/** The original publishers behind a dataset's observations, the one behind most observations first. */
export function originPublishers(dataset: Pick<Dataset, 'observations'>, sources: ReadonlyMap<string, Pick<Source, 'origin'>>): string[] {
  const counts = new Map<string, number>();
  for (const o of dataset.observations) {
    const publisher = sources.get(o.source)?.origin?.publisher;
    if (publisher && !o.derived) counts.set(publisher, (counts.get(publisher) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([publisher]) => publisher);
}
