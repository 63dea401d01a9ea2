import { NUMBER_STYLE, type Lang } from '~/i18n/langs';
import { UNITS, type UnitDefinition, type UnitId } from '~/schemas/units';
import { formatCompact } from './formatCompact';
import { formatValue, type FormatValueOptions } from './formatValue';

/**
 * A value for a key-figure tile: money rounded to a short form (ja "400万ルピア", id "Rp4 jt", en "Rp4M"),
 * since a tile is read at a glance and its table row keeps the exact amount; every other unit as
 * formatValue writes it. Rounding keeps about three significant digits.
 * @example tileValue(4002630, 'idr', 'ja') // => '400万ルピア'
 */
export function tileValue(value: number, unit: UnitId, lang: Lang, decimals?: number, options: FormatValueOptions = {}): string {
  const def: UnitDefinition = UNITS[unit];
  const amount = value * def.scale;
  if (def.kind !== 'currency' || Math.abs(amount) < 10_000) return formatValue(value, unit, lang, decimals, options);
  const compact = formatCompact(amount, lang, fractionDigits(amount, lang));
  // Where the currency's name follows the number (ja), the base word; where a symbol leads (id, en), the symbol.
  if (!NUMBER_STYLE[lang].symbolFirst) return `${compact}${def.jaBase ?? def.label[lang]}`;
  return `${def.symbol ?? ''}${compact}`;
}

/** Fraction digits that leave about three significant digits in the short form's mantissa. */
function fractionDigits(amount: number, lang: Lang): number {
  const step = NUMBER_STYLE[lang].myriads ? 4 : 3;
  const exponent = Math.floor(Math.log10(Math.abs(amount)));
  const intDigits = (exponent % step) + 1;
  return Math.max(0, 3 - intDigits);
}
