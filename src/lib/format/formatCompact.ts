import type { Lang } from '../../i18n/index';

/*
 * Compact numbers for chart axes and summaries. Written out rather than left to Intl's `notation: 'compact'`
 * because ICU versions differ between Node (build) and browsers (axis ticks) and between releases
 * (Intl gives "205兆" with two significant digits; the design brief wants "204.8兆").
 * Only the digits go through Intl, so separators stay each language's own.
 * Importing only the Lang type keeps the UI dictionaries out of the client bundle.
 */

interface Step {
  size: number;
  suffix: string;
}

/** Largest step first. Japanese counts in myriads (万 10⁴, 億 10⁸, 兆 10¹²); id and en in thousands. */
const STEPS: Record<Lang, Step[]> = {
  ja: [
    { size: 1e12, suffix: '兆' },
    { size: 1e8, suffix: '億' },
    { size: 1e4, suffix: '万' },
  ],
  // Design brief: ribu/rb, juta/jt, miliar/M, triliun/T, written after a space.
  id: [
    { size: 1e12, suffix: ' T' },
    { size: 1e9, suffix: ' M' },
    { size: 1e6, suffix: ' jt' },
    { size: 1e3, suffix: ' rb' },
  ],
  en: [
    { size: 1e12, suffix: 'T' },
    { size: 1e9, suffix: 'B' },
    { size: 1e6, suffix: 'M' },
    { size: 1e3, suffix: 'K' },
  ],
};

const LOCALE: Record<Lang, string> = { ja: 'ja-JP', id: 'id-ID', en: 'en-GB' };

/**
 * A short form of a number: ja "1.4億", id "144,9 jt", en "144.9M" for 144,880,000.
 * Numbers below the smallest step (10,000 in Japanese, 1,000 otherwise) are written in full.
 * @example formatCompact(204.75e12, 'ja') // => '204.8兆'
 */
export function formatCompact(value: number, lang: Lang, maximumFractionDigits = 1): string {
  if (!Number.isFinite(value)) throw new Error(`formatCompact: ${value} is not a finite number`);
  const digits = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits });
  const round = (n: number) => Math.round(n * 10 ** maximumFractionDigits) / 10 ** maximumFractionDigits;
  const abs = Math.abs(value);
  const steps = STEPS[lang];
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
