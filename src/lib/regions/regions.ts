/**
 * Which regions belong to which list. content/regions.json holds North Sulawesi and its 15 regencies and
 * cities, but also every Indonesian province and every Japanese prefecture (so wage and comparison figures
 * can be coded), and the national scopes IDN and JPN. Anything that lists "the regencies" (maps, seat
 * lists, regency pages, regional rankings) must ask for them here, by kind and parent, never take the whole
 * collection.
 */
import type { Region, RegionKind } from '~/schemas/region';

/** The province this site is about. */
export const HOME_PROVINCE = '71';

/** The level a region code stands at, read from its shape (the schema ties kinds to these shapes). */
export type RegionLevel = 'country' | 'province' | 'regency' | 'prefecture';

export function regionLevel(code: string): RegionLevel {
  if (code === 'IDN' || code === 'JPN') return 'country';
  if (/^JP-\d{2}$/.test(code)) return 'prefecture';
  if (/^\d{2}\.\d{2}$/.test(code)) return 'regency';
  if (/^\d{2}$/.test(code)) return 'province';
  throw new Error(`not a region code: "${code}"`);
}

/** The region a code belongs to: a regency's province, a province's or a prefecture's country. */
export function parentOf(code: string): string | undefined {
  switch (regionLevel(code)) {
    case 'regency':
      return code.slice(0, 2);
    case 'province':
      return 'IDN';
    case 'prefecture':
      return 'JPN';
    case 'country':
      return undefined;
  }
}

/** True for a regency or city of the given province (default: North Sulawesi). */
export const isRegencyOf = (code: string, province: string = HOME_PROVINCE) => regionLevel(code) === 'regency' && parentOf(code) === province;

const REGENCY_KINDS: readonly RegionKind[] = ['regency', 'city'];

/** The regencies and cities of one province (default North Sulawesi), in code order. */
export function regenciesOf(regions: Iterable<Region>, province: string = HOME_PROVINCE): Region[] {
  return [...regions].filter((r) => REGENCY_KINDS.includes(r.kind) && isRegencyOf(r.code, province)).sort((a, b) => a.code.localeCompare(b.code));
}

/** Indonesia's provinces, in code order. */
export function provinces(regions: Iterable<Region>): Region[] {
  return [...regions].filter((r) => r.kind === 'province').sort((a, b) => a.code.localeCompare(b.code));
}

/** Japan's prefectures, in code order (JIS X 0401: Hokkaido first, Okinawa last). */
export function prefectures(regions: Iterable<Region>): Region[] {
  return [...regions].filter((r) => r.kind === 'prefecture').sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * The regions a ranking compares: of the codes given, those at one level below a country. Regencies of one
 * province come first (a regency dataset also holds its province's total, which would dwarf them); else
 * provinces (every province including North Sulawesi, without the national figure); else prefectures.
 * Fewer than two at every level: nothing to rank.
 */
export function rankedRegions(codes: Iterable<string>): string[] {
  const unique = [...new Set(codes)];
  const at = (level: RegionLevel) => unique.filter((c) => regionLevel(c) === level);
  const regencies = at('regency');
  const byProvince = Map.groupBy(regencies, (c) => c.slice(0, 2));
  const home = byProvince.get(HOME_PROVINCE) ?? [];
  if (home.length > 1) return home;
  for (const level of ['province', 'prefecture'] as const) {
    const list = at(level);
    if (list.length > 1) return list;
  }
  return [];
}
