/**
 * What a regency or city page shows (/[lang]/regions/<slug>/): every observation any dataset holds for the
 * region, grouped by sector and dataset with the latest period first; the datasets that have figures for
 * other regencies but not this one (stated as unknown); and the one headline figure the index lists.
 */
import { observationRows, type ObservationRow } from '../data/observationView';
import { SECTORS } from '~/schemas/common';
import type { Dataset } from '~/schemas/dataset';
import { isRegencyOf } from './regions';

/** The figure the regency index shows for each regency and city: its population (best-covered period). */
export const HEADLINE_DATASET = 'population';

export interface DatasetGroup {
  dataset: Dataset;
  /** This region's observations, newest period first (series in declared order within a period). */
  rows: ObservationRow[];
  latestPeriod: string;
}

export interface SectorGroup {
  sector: string;
  datasets: DatasetGroup[];
}

/** Every observation for `code`, by sector (site order) and dataset (by id), newest period first. */
export function regionObservations(code: string, datasets: readonly Dataset[]): SectorGroup[] {
  const groups: DatasetGroup[] = [];
  for (const dataset of [...datasets].sort((a, b) => a.id.localeCompare(b.id))) {
    const seriesOrder = new Map(dataset.series.map((s, i) => [s.id, i]));
    const rows = observationRows(dataset)
      .filter((r) => r.observation.region === code)
      .sort((a, b) => b.observation.period.localeCompare(a.observation.period) || (seriesOrder.get(a.observation.series) ?? 0) - (seriesOrder.get(b.observation.series) ?? 0));
    if (rows.length) groups.push({ dataset, rows, latestPeriod: rows[0]!.observation.period });
  }
  return SECTORS.map((sector) => ({ sector, datasets: groups.filter((g) => g.dataset.sector === sector) })).filter((s) => s.datasets.length > 0);
}

/** Datasets with figures for at least one other regency or city of North Sulawesi but none for `code`. */
export function datasetsWithoutRegion(code: string, datasets: readonly Dataset[]): Dataset[] {
  return datasets
    .filter((d) => d.observations.some((o) => isRegencyOf(o.region) && o.region !== code) && !d.observations.some((o) => o.region === code))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Datasets whose figures are all for the province, a country or other provinces: none by regency. */
export function datasetsWithoutRegencies(datasets: readonly Dataset[]): Dataset[] {
  return datasets.filter((d) => !d.observations.some((o) => isRegencyOf(o.region)));
}
