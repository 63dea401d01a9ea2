import { INTL_LOCALE, NUMBER_STYLE, type Lang } from '~/i18n/langs';
import { numberFormat } from './intl';

/*
 * Compact numbers for chart axes and summaries. Written out rather than left to Intl's `notation: 'compact'`
 * because ICU versions differ between Node (build) and browsers (axis ticks) and between releases
 * (Intl gives "205兆" with two significant digits; the design brief wants "204.8兆").
 * Only the digits go through Intl, so separators stay each language's own.
 * The steps are each language's (NUMBER_STYLE in src/i18n/langs.ts: myriads in Japanese, thousands otherwise);
 * importing langs.ts, not the dictionaries, keeps the UI strings out of the client bundle.
 */


/**
 * A short form of a number: ja "1.4億", id "144,9 jt", en "144.9M" for 144,880,000.
 * Numbers below the smallest step (10,000 in Japanese, 1,000 otherwise) are written in full.
 * @example formatCompact(204.75e12, 'ja') // => '204.8兆'
 */
export function formatCompact(value: number, lang: Lang, maximumFractionDigits = 1): string {
  if (!Number.isFinite(value)) throw new Error(`formatCompact: ${value} is not a finite number`);
  const digits = numberFormat(INTL_LOCALE[lang], { maximumFractionDigits });
  const round = (n: number) => Math.round(n * 10 ** maximumFractionDigits) / 10 ** maximumFractionDigits;
  const abs = Math.abs(value);
  const steps = NUMBER_STYLE[lang].compact;
  for (const [i, step] of steps.entries()) {
    if (abs < step.size) continue;
    // 999,960 rounds to "1,000K"; move up a step so it reads "1M" instead.
    const bigger = steps[i - 1];
    const mantissa = round(abs / step.size);
    if (bigger && mantissa * step.size >= bigger.size) return digits.format(Math.sign(value) * round(abs / bigger.size)) + bigger.suffix;
    return digits.format(Math.sign(value) * mantissa) + step.suffix;
  }
  const smallest = steps.at(-1)!;
  if (round(abs) >= smallest.size) return digits.format(Math.sign(value) * 1) + smallest.suffix;
  return digits.format(value);
}
