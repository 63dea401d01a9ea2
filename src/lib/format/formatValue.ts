import { NUMBER_STYLE, type Lang } from '~/i18n/langs';
import type { LocalizedText } from '~/schemas/common';
import { UNITS, type UnitDefinition, type UnitId } from '~/schemas/units';
import { decimalsOf, formatNumber } from './formatNumber';
import { formatJapaneseLarge } from './formatJapaneseLarge';

export interface FormatValueOptions {
  /**
   * The word a count is written with (a series' `noun`), replacing the unit's generic label so the number
   * reads as words: "7,020 foreign visitors", "30 blok", "30ブロック". Ignored for units that are not counts.
   */
  noun?: LocalizedText | undefined;
}

/**
 * A value with its unit, the way each language writes it:
 * ja "4,002,630ルピア", id "Rp4.002.630", en "Rp4,002,630"; ja "54,122トン", id "54.122 ton", en "54,122 t".
 */
export function formatValue(value: number, unit: UnitId, lang: Lang, decimals?: number, options: FormatValueOptions = {}): string {
  const number = formatNumber(value, lang, decimals ?? decimalsOf(value));
  const def: UnitDefinition = UNITS[unit];
  const style = NUMBER_STYLE[lang];
  if (def.kind === 'count' && options.noun && def.scale === 1) return `${number}${style.unitGap}${options.noun[lang]}`;
  if (style.myriads && def.jaBase) return `${formatJapaneseLarge(value, Math.round(Math.log10(def.scale)))}${def.jaBase}`;
  if (unit === 'idr' && style.symbolFirst) return `${def.symbol}${number}`;
  if (def.kind === 'percent') return `${number}%`;
  const label = def.label[lang];
  if (!label) return number;
  return `${number}${style.unitGap}${label}`;
}

/**
 * A value split into its number and its unit label, for tables that state the unit once in the column header
 * ("Value (rupiah)" over "4,002,630"). The number is written as formatValue writes it; the label is the word
 * that formatValue would put around it, or '' when the unit has none (an index).
 */
export function valueParts(value: number, unit: UnitId, lang: Lang, decimals?: number, options: FormatValueOptions = {}): { number: string; unit: string } {
  const number = formatNumber(value, lang, decimals ?? decimalsOf(value));
  const def: UnitDefinition = UNITS[unit];
  if (def.kind === 'count' && options.noun && def.scale === 1) return { number, unit: options.noun[lang] };
  if (NUMBER_STYLE[lang].myriads && def.jaBase) return { number: formatJapaneseLarge(value, Math.round(Math.log10(def.scale))), unit: def.jaBase };
  if (def.kind === 'percent') return { number, unit: '%' };
  return { number, unit: def.label[lang] ?? '' };
}
