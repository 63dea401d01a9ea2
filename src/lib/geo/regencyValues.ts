import { ContentValidationError, type ContentIssue } from '../content/errors';
import type { Dataset } from '~/schemas/dataset';
import { isRegencyOf } from '../regions/regions';

export interface RegencyValue {
  code: string;
  value: number;
  decimals?: number;
  source: string;
  /** Index in dataset.observations, for linking to the row the value comes from. */
  index: number;
}

export interface RegencyValues {
  period: string;
  series: string;
  values: RegencyValue[];
  /** Regencies and cities of the province with no value for this period and series. */
  missing: string[];
}

/** True when a dataset has observations for North Sulawesi's regencies or cities (codes 71.xx), so a symbol map makes sense. */
export const hasRegencyObservations = (dataset: Dataset) => dataset.observations.some((o) => isRegencyOf(o.region));

/**
 * The values a regency symbol map draws: the series and period that cover the most regencies (the latest
 * period among equals; series in declared order break the remaining ties), so a dataset with a full
 * registry count and a three-regency estimate maps the full count. A region code the map does not know fails loudly with file › field:
 * reason, because a circle for an unknown code would have nowhere honest to stand. When two sources give
 * the same quantity (a declared conflict), the first observation in the file is drawn and both stay in the table.
 */
export function regencyValues(dataset: Dataset, knownRegencies: ReadonlySet<string>, file = `content/datasets/${dataset.id}.json`): RegencyValues {
  const issues: ContentIssue[] = [];
  dataset.observations.forEach((o, i) => {
    if (isRegencyOf(o.region) && !knownRegencies.has(o.region)) {
      issues.push({ file, path: ['observations', i, 'region'], message: `unknown region code "${o.region}": the map has no seat to place it at` });
    }
  });
  if (issues.length) throw new ContentValidationError(issues);

  const atRegency = dataset.observations.map((o, index) => ({ o, index })).filter(({ o }) => isRegencyOf(o.region));
  if (atRegency.length === 0) throw new ContentValidationError([{ file, path: ['observations'], message: 'no regency-level observations to map' }]);
  const declared = dataset.series.map((s) => s.id);
  const rank = (series: string) => (declared.includes(series) ? declared.indexOf(series) : declared.length);
  const coverage = new Map<string, { series: string; period: string; regions: Set<string> }>();
  for (const { o } of atRegency) {
    const key = `${o.series}\u0000${o.period}`;
    const entry = coverage.get(key) ?? { series: o.series, period: o.period, regions: new Set<string>() };
    entry.regions.add(o.region);
    coverage.set(key, entry);
  }
  const best = [...coverage.values()].sort((a, b) => b.regions.size - a.regions.size || b.period.localeCompare(a.period) || rank(a.series) - rank(b.series))[0]!;
  const { series, period } = best;
  const regencyLevel = atRegency.filter(({ o }) => o.series === series);

  const values: RegencyValue[] = [];
  for (const { o, index } of regencyLevel) {
    if (o.period !== period || values.some((v) => v.code === o.region)) continue;
    values.push({ code: o.region, value: o.value, decimals: o.decimals, source: o.source, index });
  }
  const missing = [...knownRegencies].filter((code) => !values.some((v) => v.code === code)).sort();
  return { period, series, values: values.sort((a, b) => b.value - a.value || a.code.localeCompare(b.code)), missing };
}
