import { numberFormat } from './intl';

/**
 * Writes a number the way Japanese news does for large amounts: 1億4,488万, 7兆1,000億, 27万.
 * `value × 10^shift` is computed on the decimal digits, not in floating point, so a figure published as
 * "144.88 million" becomes exactly 1億4,488万 and never 1億4,487万9,999.99.
 */
export function formatJapaneseLarge(value: number, shift = 0): string {
  if (!Number.isFinite(value)) throw new Error(`formatJapaneseLarge: ${value} is not a finite number`);
  const negative = value < 0;
  const text = numberFormat('en-US', { useGrouping: false, maximumFractionDigits: 20 }).format(Math.abs(value));
  const [intPart = '0', fracPart = ''] = text.split('.');
  const padded = fracPart.padEnd(shift, '0');
  const digits = (intPart + padded.slice(0, shift)).replace(/^0+(?=\d)/, '');
  const fraction = padded.slice(shift).replace(/0+$/, '');

  const groups: [number, string][] = [
    [12, '兆'],
    [8, '億'],
    [4, '万'],
  ];
  let rest = digits;
  const out: string[] = [];
  for (const [power, mark] of groups) {
    if (rest.length > power) {
      const head = Number(rest.slice(0, rest.length - power));
      if (head > 0) out.push(`${numberFormat('ja-JP').format(head)}${mark}`);
      rest = rest.slice(rest.length - power);
    }
  }
  const tail = Number(rest);
  if (tail > 0 || fraction || out.length === 0) out.push(`${numberFormat('ja-JP').format(tail)}${fraction ? `.${fraction}` : ''}`);
  return `${negative ? '-' : ''}${out.join('')}`;
}
