/**
 * North Sulawesi's minimum wage against every province: a ranking built from the dataset's observations and
 * the geometry of its bar chart. Where sources disagree about a province, the first recorded value ranks (as
 * on the dataset page) and the others are kept beside it; a province without a value is a named gap.
 */
import type { Dataset, Observation } from '~/schemas/dataset';

export const WAGE_PROVINCES_DATASET = 'minimum-wage-provinces';
export const WAGE_JAPAN_DATASET = 'minimum-wage-japan';
/** The prefectures that send or receive North Sulawesi's workers, and Japan's weighted average (issue 17). */
export const JAPAN_REFERENCES = ['JP-13', 'JP-39', 'JP-37', 'JP-42', 'JPN'] as const;

export interface RankedRow {
  rank: number;
  region: string;
  /** The recorded observation (the first where sources disagree). */
  observation: Observation;
  /** Other sources' different values for the same province and period. */
  alternates: Observation[];
  highlight: boolean;
}

export interface Ranking {
  period: string;
  rows: RankedRow[];
  /** Regions the dataset covers that have no value for the period. */
  gaps: string[];
}

/** Ranks one series' values for one period, highest first; equal values share a rank (1, 2, 2, 4). */
export function rankRegions(dataset: Pick<Dataset, 'id' | 'geography' | 'observations'>, period: string, highlight: string, series = 'value'): Ranking {
  const first = new Map<string, Observation>();
  const others = new Map<string, Observation[]>();
  for (const o of dataset.observations) {
    if (o.period !== period || o.series !== series) continue;
    const prior = first.get(o.region);
    if (!prior) first.set(o.region, o);
    else if (o.value !== prior.value) others.set(o.region, [...(others.get(o.region) ?? []), o]);
  }
  if (!first.has(highlight)) throw new Error(`${dataset.id}: no ${series} value for ${highlight} in ${period} to highlight`);
  const sorted = [...first.values()].sort((a, b) => b.value - a.value || a.region.localeCompare(b.region));
  const rows = sorted.map((o, i) => ({
    rank: sorted.findIndex((x) => x.value === o.value) + 1,
    region: o.region,
    observation: o,
    alternates: others.get(o.region) ?? [],
    highlight: o.region === highlight,
    index: i,
  }));
  return { period, rows: rows.map(({ index: _index, ...r }) => r), gaps: dataset.geography.filter((code) => !first.has(code)) };
}

/** The observations of the Japanese reference wages, in JAPAN_REFERENCES order; a missing one throws. */
export function japanReferences(dataset: Pick<Dataset, 'id' | 'observations'>, period: string): Observation[] {
  return JAPAN_REFERENCES.map((code) => {
    const o = dataset.observations.find((x) => x.region === code && x.period === period);
    if (!o) throw new Error(`${dataset.id}: no value for ${code} in ${period}`);
    return o;
  });
}

export interface BarGeometry {
  region: string;
  y: number;
  width: number;
  highlight: boolean;
  disputed: boolean;
}

/** Bars for an SVG ranking: one row per region, widths scaled to the largest value (zero-based axis). */
export function barGeometry(rows: readonly RankedRow[], options: { barArea: number; rowHeight: number }): BarGeometry[] {
  const max = Math.max(...rows.map((r) => r.observation.value));
  if (!(max > 0)) throw new Error('barGeometry: the largest value must be positive');
  return rows.map((r, i) => ({
    region: r.region,
    y: i * options.rowHeight,
    width: (r.observation.value / max) * options.barArea,
    highlight: r.highlight,
    disputed: r.alternates.length > 0,
  }));
}
