/**
 * The data catalogue's facts about each dataset: years covered, geographic level, grades. Computed here
 * so the server-rendered indexes (by sector, year and geography) and the small JS filter agree.
 */
import type { Dataset } from '~/schemas/dataset';
import type { Source } from '~/schemas/source';
import { HOME_PROVINCE, regionLevel } from '../regions/regions';

/**
 * "province": figures for North Sulawesi as a whole (code 71); "regency": per regency or city (71.xx);
 * "provinces": other Indonesian provinces (for comparison); "prefectures": Japanese prefectures; "national":
 * Indonesia or Japan as a whole (IDN, JPN).
 */
export type GeographyLevel = 'province' | 'regency' | 'provinces' | 'prefectures' | 'national';
export const GEOGRAPHY_LEVELS: readonly GeographyLevel[] = ['province', 'regency', 'provinces', 'prefectures', 'national'];

export function levelOf(regionCode: string): GeographyLevel {
  switch (regionLevel(regionCode)) {
    case 'regency':
      return 'regency';
    case 'province':
      return regionCode === HOME_PROVINCE ? 'province' : 'provinces';
    case 'prefecture':
      return 'prefectures';
    case 'country':
      return 'national';
  }
}

/** Calendar years a period touches: "2024" → [2024]; "2024-Q3" → [2024]; "2020/2022" → [2020, 2021, 2022]. */
export function periodYears(period: string): number[] {
  const years = [...period.matchAll(/(?:^|\/)(\d{4})/g)].map((m) => Number(m[1]));
  if (years.length === 0) throw new Error(`periodYears: "${period}" has no year`);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Earliest and latest period recorded (by start, then by end). */
export function periodSpan(periods: readonly string[]): { first: string; last: string } {
  if (periods.length === 0) throw new Error('periodSpan: no periods');
  const starts = periods.map((p) => p.split('/')[0]!).sort();
  const ends = periods.map((p) => p.split('/').at(-1)!).sort();
  return { first: starts[0]!, last: ends.at(-1)! };
}

export interface CatalogueEntry {
  id: string;
  sector: Dataset['sector'];
  years: number[];
  levels: GeographyLevel[];
  span: { first: string; last: string };
  lastVerified: string;
  /** Grades of the sources behind the observations, best first: ["A", "B"]. */
  grades: string[];
}

export function catalogueEntry(dataset: Dataset, sources: ReadonlyMap<string, Source>): CatalogueEntry {
  const periods = dataset.observations.map((o) => o.period);
  const years = [...new Set(periods.flatMap(periodYears))].sort((a, b) => a - b);
  const levels = GEOGRAPHY_LEVELS.filter((level) => dataset.observations.some((o) => levelOf(o.region) === level));
  const grades = [...new Set(dataset.observations.map((o) => {
    const source = sources.get(o.source);
    if (!source) throw new Error(`content/datasets/${dataset.id}.json: unknown source id "${o.source}"`);
    return source.grade;
  }))].sort();
  return { id: dataset.id, sector: dataset.sector, years, levels, span: periodSpan(periods), lastVerified: dataset.lastVerified, grades };
}

/** Groups entry ids under each key an entry lists, keys sorted (years newest first). */
export function indexBy<K extends string | number>(entries: readonly CatalogueEntry[], keys: (e: CatalogueEntry) => readonly K[]): [K, string[]][] {
  const index = new Map<K, string[]>();
  for (const e of entries) {
    for (const k of keys(e)) {
      const ids = index.get(k);
      if (ids) ids.push(e.id);
      else index.set(k, [e.id]);
    }
  }
  return [...index].sort(([a], [b]) => (typeof a === 'number' && typeof b === 'number' ? b - a : String(a).localeCompare(String(b))));
}
