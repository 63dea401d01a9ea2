import { quantityKey } from './quantity';
import type { Dataset, Observation } from '~/schemas/dataset';

/** Lower-case letters, digits and single hyphens: "71.01" → "71-01", "2020/2024" → "2020-2024". */
const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

type QuantityLike = Pick<Observation, 'period' | 'region' | 'series'>;

/** Fragment id of a quantity (series, region, period): "obs-ump-71-2026". */
export function quantityAnchor(o: QuantityLike): string {
  return `obs-${slug(o.series)}-${slug(o.region)}-${slug(o.period)}`;
}

/** Fragment id of the "where sources disagree" entry for a quantity: "conflict-ump-71-2026". */
export function conflictAnchor(o: QuantityLike): string {
  return quantityAnchor(o).replace(/^obs-/, 'conflict-');
}

/**
 * Fragment id of one observation row. A quantity recorded by one source gets the plain quantity anchor;
 * a quantity that several sources record (a declared conflict) gets one anchor per source, so a figure
 * can link to the very value it quotes: "obs-ump-71-2026--antara-manado-ump-2025".
 */
export function observationAnchor(o: QuantityLike & { source: string }, conflicting: boolean): string {
  return conflicting ? `${quantityAnchor(o)}--${o.source}` : quantityAnchor(o);
}

/** Quantity keys recorded by more than one observation. */
export function conflictingKeys(dataset: Pick<Dataset, 'observations'>): Set<string> {
  const counts = new Map<string, number>();
  for (const o of dataset.observations) counts.set(quantityKey(o), (counts.get(quantityKey(o)) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n > 1).map(([key]) => key));
}

/** Every observation with its row anchor; throws if two rows would share an id (the page must not). */
export function anchoredObservations(dataset: Pick<Dataset, 'id' | 'observations'>): { observation: Observation; anchor: string; conflicting: boolean }[] {
  const conflicts = conflictingKeys(dataset);
  const seen = new Set<string>();
  return dataset.observations.map((observation) => {
    const conflicting = conflicts.has(quantityKey(observation));
    const anchor = observationAnchor(observation, conflicting);
    if (seen.has(anchor)) throw new Error(`content/datasets/${dataset.id}.json: two observations would share the anchor #${anchor}`);
    seen.add(anchor);
    return { observation, anchor, conflicting };
  });
}
