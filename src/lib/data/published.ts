/**
 * The published form of an observation (the figure as printed) must say the same as its value: the same
 * quantity in a unit of the same kind, equal exactly or up to the rounding the value's decimals declare.
 */
import type { PublishedForm } from '~/schemas/dataset';
import { UNITS, type UnitDefinition, type UnitId } from '~/schemas/units';
import { decimalsOf } from '../format/formatNumber';
import { normalizeDecimal, numberToDecimal, roundDecimal, shiftDecimal } from '../format/decimal';

/** Units that differ only by a power of ten share a base: tonnes are 10³ kg, "million ounces" 10⁶ troy ounces. */
const MAGNITUDES: Partial<Record<UnitId, { base: string; power: number }>> = {
  kg: { base: 'kg', power: 0 },
  tonnes: { base: 'kg', power: 3 },
  'kg-million': { base: 'kg', power: 6 },
  'troy-ounces': { base: 'troy-ounces', power: 0 },
  'troy-ounces-thousand': { base: 'troy-ounces', power: 3 },
  'troy-ounces-million': { base: 'troy-ounces', power: 6 },
  people: { base: 'people', power: 0 },
  'people-thousand': { base: 'people', power: 3 },
  visits: { base: 'visits', power: 0 },
  'visits-million': { base: 'visits', power: 6 },
};

/** The base a unit is measured in and its power of ten: idr-billion → IDR × 10⁹. */
export function magnitudeOf(unit: UnitId): { base: string; power: number } {
  const known = MAGNITUDES[unit];
  if (known) return known;
  const def: UnitDefinition = UNITS[unit];
  const power = Math.round(Math.log10(def.scale));
  if (10 ** power !== def.scale) throw new Error(`unit "${unit}": scale ${def.scale} is not a power of ten`);
  return { base: def.kind === 'currency' && def.currency ? def.currency : unit, power };
}

/**
 * Why a published form does not match the recorded value, or undefined when it does. The value may round the
 * printed figure (33,414,144 kg recorded as 33,414 t) but only to its own decimals, never beyond.
 */
export function publishedMismatch(value: number, unit: UnitId, decimals: number | undefined, form: PublishedForm): string | undefined {
  const from = magnitudeOf(form.unit);
  const to = magnitudeOf(unit);
  if (from.base !== to.base) return `published unit "${form.unit}" does not measure the same thing as "${unit}"`;
  const inValueUnit = shiftDecimal(form.value, from.power - to.power);
  const recorded = normalizeDecimal(numberToDecimal(value));
  if (inValueUnit === recorded) return undefined;
  const places = decimals ?? decimalsOf(value);
  if (roundDecimal(inValueUnit, places) === recorded) return undefined;
  return `value ${recorded} ${unit} does not equal the published ${form.value} ${form.unit} (= ${inValueUnit} ${unit})`;
}
