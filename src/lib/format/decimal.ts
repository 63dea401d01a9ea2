/**
 * Exact decimal arithmetic on digit strings, for the few places where floating point would lie: checking that
 * a figure as printed ("418.90" billion) equals the value recorded in another unit (0.4189 trillion).
 */

import { numberFormat } from './intl';

/** A finite number as a plain decimal string without exponent: 1e-7 → "0.0000001". */
export function numberToDecimal(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`numberToDecimal: ${value} is not a finite number`);
  return numberFormat('en-US', { useGrouping: false, maximumFractionDigits: 20 }).format(value);
}

/** "-0012.3400" → "-12.34"; "0.0" → "0". */
export function normalizeDecimal(text: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) throw new Error(`normalizeDecimal: "${text}" is not a decimal`);
  const int = match[2]!.replace(/^0+(?=\d)/, '');
  const frac = (match[3] ?? '').replace(/0+$/, '');
  const body = frac ? `${int}.${frac}` : int;
  return body === '0' ? '0' : `${match[1]}${body}`;
}

/** Multiplies a decimal string by 10^power exactly: ("944.18", 9) → "944180000000". */
export function shiftDecimal(text: string, power: number): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) throw new Error(`shiftDecimal: "${text}" is not a decimal`);
  const [, sign, int, frac = ''] = match;
  const digits = int! + frac;
  const point = int!.length + power;
  let result: string;
  if (point <= 0) result = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) result = digits + '0'.repeat(point - digits.length);
  else result = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return normalizeDecimal(`${sign}${result}`);
}

/** Rounds a decimal string to `places` (half away from zero), exactly: ("0.41890", 2) → "0.42". */
export function roundDecimal(text: string, places: number): string {
  const normal = normalizeDecimal(text);
  const negative = normal.startsWith('-');
  const [int = '0', frac = ''] = normal.replace('-', '').split('.');
  if (frac.length <= places) return normal;
  const kept = int + frac.slice(0, places);
  const roundUp = Number(frac[places]) >= 5;
  let digits = kept;
  if (roundUp) {
    const chars = kept.split('');
    let i = chars.length - 1;
    while (i >= 0) {
      if (chars[i] === '9') {
        chars[i] = '0';
        i--;
      } else {
        chars[i] = String(Number(chars[i]) + 1);
        break;
      }
    }
    digits = (i < 0 ? '1' : '') + chars.join('');
  }
  const intLength = digits.length - places;
  const body = places > 0 ? `${digits.slice(0, intLength)}.${digits.slice(intLength)}` : digits;
  return normalizeDecimal(`${negative ? '-' : ''}${body}`);
}

/** Decimal places written in a decimal string: "418.90" → 2. */
export function placesOf(text: string): number {
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}
