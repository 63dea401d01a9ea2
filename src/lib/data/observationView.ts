/** Rows of a dataset page's observation table, in reading order, each with its permalink anchor. */
import type { Lang } from '~/i18n/index';
import type { Dataset, Observation } from '~/schemas/dataset';
import type { UnitId } from '~/schemas/units';
import { quantityKey } from './quantity';
import { anchoredObservations, conflictAnchor } from './anchors';
import { unitOf } from './quantity';

export interface ObservationRow {
  observation: Observation;
  anchor: string;
  unit: UnitId;
  /** Set when other sources record the same quantity: the id of its "where sources disagree" entry. */
  conflictAnchor?: string;
}

export function observationRows(dataset: Dataset): ObservationRow[] {
  const seriesOrder = new Map(dataset.series.map((s, i) => [s.id, i]));
  return anchoredObservations(dataset)
    .map(({ observation, anchor, conflicting }) => ({
      observation,
      anchor,
      unit: unitOf(dataset, observation.series),
      ...(conflicting ? { conflictAnchor: conflictAnchor(observation) } : {}),
    }))
    .sort(
      (a, b) =>
        (seriesOrder.get(a.observation.series) ?? 0) - (seriesOrder.get(b.observation.series) ?? 0) ||
        a.observation.region.localeCompare(b.observation.region) ||
        a.observation.period.localeCompare(b.observation.period) ||
        a.observation.source.localeCompare(b.observation.source),
    );
}

export interface ConflictView {
  anchor: string;
  period: string;
  region: string;
  series: string;
  explanation: string;
  rows: ObservationRow[];
}

/** Each declared conflict with every observation it covers (two or more, checked at load time). */
export function conflictViews(dataset: Dataset, lang: Lang): ConflictView[] {
  const rows = observationRows(dataset);
  return dataset.conflicts.map((c) => ({
    anchor: conflictAnchor(c),
    period: c.period,
    region: c.region,
    series: c.series,
    explanation: c.explanation[lang],
    rows: rows.filter((r) => quantityKey(r.observation) === quantityKey(c)),
  }));
}
