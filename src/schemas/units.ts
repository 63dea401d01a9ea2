import type { LocalizedText } from './common';

/**
 * The units a dataset may use. `scale` multiplies a recorded value into base units (a value published
 * in "billion rupiah" is recorded as published and scaled only when formatted compactly).
 * Adding a unit here is the only way to use a new one, so every unit has labels in three languages.
 */
export interface UnitDefinition {
  kind: 'currency' | 'mass' | 'count' | 'percent' | 'area' | 'length' | 'ratio' | 'index';
  currency?: 'IDR' | 'USD' | 'JPY';
  scale: number;
  /** Short label shown after a number (ja is appended without a space). */
  label: LocalizedText;
  /**
   * Japanese label of the unscaled unit. Japanese text writes 7,100 "billion rupiah" as 7兆1,000億ルピア,
   * so a scaled unit is printed in its base unit with 万/億/兆 grouping (src/lib/format/formatValue.ts).
   */
  jaBase?: string;
  /**
   * How Indonesian and English write an amount in this unit as newspapers print it: currency symbol first,
   * then the scale word: "Rp944,18 miliar", "US$1.021 billion" (src/lib/format/formatPublished.ts).
   */
  symbol?: string;
  scaleWord?: { id: string; en: string };
  /** For a density (people per km²): the area unit it is per. The `density` derivation divides by that unit only. */
  perArea?: 'km2' | 'hectares';
}

export const UNITS = {
  idr: { kind: 'currency', currency: 'IDR', scale: 1, symbol: 'Rp', label: { ja: 'ルピア', id: 'rupiah', en: 'rupiah' } },
  'idr-million': { kind: 'currency', currency: 'IDR', scale: 1e6, symbol: 'Rp', scaleWord: { id: 'juta', en: 'million' }, label: { ja: '百万ルピア', id: 'juta rupiah', en: 'million rupiah' }, jaBase: 'ルピア' },
  'idr-billion': { kind: 'currency', currency: 'IDR', scale: 1e9, symbol: 'Rp', scaleWord: { id: 'miliar', en: 'billion' }, label: { ja: '十億ルピア', id: 'miliar rupiah', en: 'billion rupiah' }, jaBase: 'ルピア' },
  'idr-trillion': { kind: 'currency', currency: 'IDR', scale: 1e12, symbol: 'Rp', scaleWord: { id: 'triliun', en: 'trillion' }, label: { ja: '兆ルピア', id: 'triliun rupiah', en: 'trillion rupiah' }, jaBase: 'ルピア' },
  usd: { kind: 'currency', currency: 'USD', scale: 1, symbol: 'US$', label: { ja: '米ドル', id: 'dolar AS', en: 'US dollars' } },
  'usd-thousand': { kind: 'currency', currency: 'USD', scale: 1e3, symbol: 'US$', scaleWord: { id: 'ribu', en: 'thousand' }, label: { ja: '千米ドル', id: 'ribu dolar AS', en: 'thousand US dollars' }, jaBase: '米ドル' },
  'usd-million': { kind: 'currency', currency: 'USD', scale: 1e6, symbol: 'US$', scaleWord: { id: 'juta', en: 'million' }, label: { ja: '百万米ドル', id: 'juta dolar AS', en: 'million US dollars' }, jaBase: '米ドル' },
  'usd-billion': { kind: 'currency', currency: 'USD', scale: 1e9, symbol: 'US$', scaleWord: { id: 'miliar', en: 'billion' }, label: { ja: '十億米ドル', id: 'miliar dolar AS', en: 'billion US dollars' }, jaBase: '米ドル' },
  jpy: { kind: 'currency', currency: 'JPY', scale: 1, symbol: '¥', label: { ja: '円', id: 'yen', en: 'yen' } },
  'jpy-per-idr': { kind: 'ratio', scale: 1, label: { ja: '円／ルピア', id: 'yen per rupiah', en: 'yen per rupiah' } },
  'idr-per-jpy': { kind: 'ratio', scale: 1, label: { ja: 'ルピア／円', id: 'rupiah per yen', en: 'rupiah per yen' } },
  'idr-per-usd': { kind: 'ratio', scale: 1, label: { ja: 'ルピア／米ドル', id: 'rupiah per dolar AS', en: 'rupiah per US dollar' } },
  tonnes: { kind: 'mass', scale: 1, label: { ja: 'トン', id: 'ton', en: 't' } },
  kg: { kind: 'mass', scale: 1, label: { ja: 'kg', id: 'kg', en: 'kg' } },
  'troy-ounces': { kind: 'mass', scale: 1, label: { ja: 'トロイオンス', id: 'troy ons', en: 'troy oz' } },
  'kg-mercury': { kind: 'mass', scale: 1, label: { ja: 'kg（水銀）', id: 'kg merkuri', en: 'kg of mercury' } },
  people: { kind: 'count', scale: 1, label: { ja: '人', id: 'orang', en: 'people' } },
  visits: { kind: 'count', scale: 1, label: { ja: '人回', id: 'kunjungan', en: 'visits' } },
  'visits-million': { kind: 'count', scale: 1e6, label: { ja: '百万人回', id: 'juta kunjungan', en: 'million visits' }, jaBase: '人回' },
  /** A bare count: no generic word ("30 unit blok" read badly); a series names what it counts with `noun`. */
  count: { kind: 'count', scale: 1, label: { ja: '', id: '', en: '' } },
  'people-thousand': { kind: 'count', scale: 1e3, label: { ja: '千人', id: 'ribu orang', en: 'thousand people' }, jaBase: '人' },
  flights: { kind: 'count', scale: 1, label: { ja: '便', id: 'penerbangan', en: 'flights' } },
  percent: { kind: 'percent', scale: 1, label: { ja: '%', id: '%', en: '%' } },
  /** A difference between two percentages (growth rates): never itself a percentage, so it has no 0–100 range. */
  'percentage-points': { kind: 'ratio', scale: 1, label: { ja: 'ポイント', id: 'poin persentase', en: 'percentage points' } },
  hectares: { kind: 'area', scale: 1, label: { ja: 'ha', id: 'ha', en: 'ha' } },
  km2: { kind: 'area', scale: 1, label: { ja: 'km²', id: 'km²', en: 'km²' } },
  /** Population density; computed from a count of people and an area in km² (src/lib/data/derived.ts). */
  'people-per-km2': { kind: 'ratio', scale: 1, perArea: 'km2', label: { ja: '人／km²', id: 'jiwa/km²', en: 'people per km²' } },
  km: { kind: 'length', scale: 1, label: { ja: 'km', id: 'km', en: 'km' } },
  'jpy-per-usd': { kind: 'ratio', scale: 1, label: { ja: '円／米ドル', id: 'yen per dolar AS', en: 'yen per US dollar' } },
  /** An average duration such as nights per hotel guest; fractional, so not a count. */
  days: { kind: 'ratio', scale: 1, label: { ja: '日', id: 'hari', en: 'days' } },
  // ── fisheries and mining (data-fish) ──
  'kg-million': { kind: 'mass', scale: 1e6, label: { ja: '百万kg', id: 'juta kg', en: 'million kg' }, jaBase: 'kg' },
  'tonnes-per-day': { kind: 'ratio', scale: 1, label: { ja: 'トン／日', id: 'ton per hari', en: 't/day' } },
  'tonnes-per-year': { kind: 'ratio', scale: 1, label: { ja: 'トン／年', id: 'ton per tahun', en: 't/year' } },
  'million-tonnes-per-year': { kind: 'ratio', scale: 1e6, label: { ja: '百万トン／年', id: 'juta ton per tahun', en: 'million t/year' }, jaBase: 'トン／年' },
  'troy-ounces-thousand': { kind: 'mass', scale: 1e3, label: { ja: '千トロイオンス', id: 'ribu troy ons', en: 'thousand troy oz' }, jaBase: 'トロイオンス' },
  'troy-ounces-million': { kind: 'mass', scale: 1e6, label: { ja: '百万トロイオンス', id: 'juta troy ons', en: 'million troy oz' }, jaBase: 'トロイオンス' },
  'grams-per-tonne': { kind: 'ratio', scale: 1, label: { ja: 'g／t', id: 'g/t', en: 'g/t' } },
  'jpy-million': { kind: 'currency', currency: 'JPY', scale: 1e6, symbol: '¥', scaleWord: { id: 'juta', en: 'million' }, label: { ja: '百万円', id: 'juta yen', en: 'million yen' }, jaBase: '円' },
  'idr-per-kwh': { kind: 'ratio', scale: 1, label: { ja: 'ルピア／kWh', id: 'rupiah per kWh', en: 'rupiah per kWh' } },
  'idr-per-kg': { kind: 'ratio', scale: 1, label: { ja: 'ルピア／kg', id: 'rupiah per kg', en: 'rupiah per kg' } },
  'kg-per-capita-year': { kind: 'ratio', scale: 1, label: { ja: 'kg／人・年', id: 'kg per kapita per tahun', en: 'kg per person per year' } },
  index: { kind: 'index', scale: 1, label: { ja: '', id: '', en: '' } },
} as const satisfies Record<string, UnitDefinition>;

export type UnitId = keyof typeof UNITS;
export const UNIT_IDS = Object.keys(UNITS) as [UnitId, ...UnitId[]];
