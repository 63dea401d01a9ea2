import type { Dataset } from '~/schemas/dataset';
import type { UnitId } from '~/schemas/units';

/** Key of one quantity: the same key from two sources is a conflict that must be declared. */
export const quantityKey = (o: { period: string; region: string; series: string }) => `${o.period}|${o.region}|${o.series}`;

/** The unit in force for a series: its own unit if it declares one, else the dataset's. */
export function unitOf(dataset: Pick<Dataset, 'unit' | 'series'>, series: string): UnitId {
  return dataset.series.find((s) => s.id === series)?.unit ?? dataset.unit;
}
