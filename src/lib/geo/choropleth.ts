import { ckmeans } from 'simple-statistics';
import { ACTUAL_STATUSES, type Dataset } from '~/schemas/dataset';
import { UNITS } from '~/schemas/units';
import { isRegencyOf } from '../regions/regions';

/**
 * Choropleths colour whole regencies, so they suit rates, shares, densities and indices (a value per person
 * or per km², comparable across regencies of any size). Counts stay proportional symbols: a big regency
 * coloured dark for a big total would mislead. Decided by the unit's kind (src/schemas/units.ts).
 */
export const CHOROPLETH_UNIT_KINDS = ['percent', 'ratio', 'index'] as const;

/** A choropleth is drawn only where at least this many of the 15 regencies and cities have a value. */
export const MIN_REGENCIES = 12;
/** Classes on the map: five at most (a colour-blind-safe sequential ramp stays legible up to five steps). */
export const MAX_CLASSES = 5;

export interface ChoroplethValue {
  code: string;
  value: number;
  decimals?: number;
  source: string;
  status: string;
  /** 0-based class (0 = lowest values). */
  klass: number;
  /** Index in dataset.observations. */
  index: number;
}

export interface ClassBreak {
  /** Smallest and largest value in the class: real values from the data, never rounded "nice" numbers. */
  min: number;
  max: number;
  count: number;
}

export type ChoroplethState =
  | { kind: 'choropleth'; series: string; period: string; values: ChoroplethValue[]; classes: ClassBreak[]; missing: string[] }
  /** Too few regencies (or a count): the page draws symbols and states the gap. */
  | { kind: 'symbols'; reason: 'count' | 'coverage'; series?: string; period?: string; covered: number };

export const isChoroplethUnit = (dataset: Dataset) => (CHOROPLETH_UNIT_KINDS as readonly string[]).includes(UNITS[dataset.unit].kind);

/**
 * Natural breaks (Jenks, computed with simple-statistics' ckmeans, its optimal 1-D k-means) into at most
 * MAX_CLASSES classes, fewer when there are fewer distinct values. Each class reports its real min and max.
 */
export function classify(values: readonly number[], maxClasses = MAX_CLASSES): { classOf: (v: number) => number; classes: ClassBreak[] } {
  const distinct = new Set(values).size;
  const k = Math.max(1, Math.min(maxClasses, distinct));
  const clusters = ckmeans([...values], k);
  const classes = clusters.map((c) => ({ min: c[0]!, max: c.at(-1)!, count: c.length }));
  const classOf = (v: number) => {
    const i = classes.findIndex((c) => v >= c.min && v <= c.max);
    if (i < 0) throw new Error(`classify: ${v} is in no class`);
    return i;
  };
  return { classOf, classes };
}

/**
 * What a regency map of this dataset shows: for rates, shares, densities and indices, the latest period of
 * the first series (declared order) in which at least MIN_REGENCIES regencies have an actual or estimated
 * value, classed by natural breaks. Targets, plans, capacities and claims are never mapped. Where sources
 * disagree for one regency, the first observation in the file is mapped (the table lists both).
 */
export function choroplethState(dataset: Dataset, regencies: readonly string[], seriesWanted?: string): ChoroplethState {
  const mappable = dataset.observations
    .map((o, index) => ({ o, index }))
    .filter(({ o }) => isRegencyOf(o.region) && regencies.includes(o.region) && (ACTUAL_STATUSES.includes(o.status) || o.status === 'estimate'));
  const seriesOrder = seriesWanted ? [seriesWanted] : [...dataset.series.map((s) => s.id), 'value'];
  let best: { series: string; period: string; covered: number } | undefined;
  for (const series of seriesOrder) {
    const rows = mappable.filter(({ o }) => o.series === series);
    const periods = [...new Set(rows.map(({ o }) => o.period))].sort().reverse();
    for (const period of periods) {
      const covered = new Set(rows.filter(({ o }) => o.period === period).map(({ o }) => o.region)).size;
      if (!best || covered > best.covered) best = { series, period, covered };
      if (covered >= MIN_REGENCIES) {
        if (!isChoroplethUnit(dataset)) return { kind: 'symbols', reason: 'count', series, period, covered };
        return build(dataset, regencies, rows.filter(({ o }) => o.period === period), series, period);
      }
    }
  }
  return { kind: 'symbols', reason: isChoroplethUnit(dataset) ? 'coverage' : 'count', series: best?.series, period: best?.period, covered: best?.covered ?? 0 };
}

function build(dataset: Dataset, regencies: readonly string[], rows: { o: Dataset['observations'][number]; index: number }[], series: string, period: string): ChoroplethState {
  const first = new Map<string, (typeof rows)[number]>();
  for (const row of rows) if (!first.has(row.o.region)) first.set(row.o.region, row);
  const { classOf, classes } = classify([...first.values()].map(({ o }) => o.value));
  const values = [...first.values()]
    .map(({ o, index }) => ({ code: o.region, value: o.value, decimals: o.decimals, source: o.source, status: o.status, klass: classOf(o.value), index }))
    .sort((a, b) => b.value - a.value || a.code.localeCompare(b.code));
  const missing = regencies.filter((c) => !first.has(c)).sort();
  void dataset;
  return { kind: 'choropleth', series, period, values, classes, missing };
}
