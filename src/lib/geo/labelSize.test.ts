import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAP_WIDTH } from './frame';
import { LABEL_SIZES, NARROW_FONT, WIDE_FONT } from './labels';

/*
 * map.css sizes map text from the container width: `max(Apx, calc(Bpx - Ccqi))` above the breakpoint and
 * `min(Dpx, calc(Epx - Fcqi))` below it. This test reads both formulas and checks, at every container width
 * the guarantee covers, that text renders at ≥ 11 px (font size in SVG units × rendered width / 640) and
 * never exceeds the size labels were placed at.
 */
const css = readFileSync(new URL('../../components/maps/map.css', import.meta.url), 'utf8');
const number = (s: string) => Number(s);

function formulas(text: string) {
  const wide = /\.map-svg text \{[^}]*font-size: max\(([\d.]+)px, calc\(([\d.]+)px - ([\d.]+)cqi\)\)/.exec(text);
  const narrow = /@container \(max-width: ([\d.]+)px\) \{\s*\.map-svg text \{ font-size: min\(([\d.]+)px, calc\(([\d.]+)px - ([\d.]+)cqi\)\)/.exec(text);
  if (!wide || !narrow) throw new Error('map.css: map text font-size formulas not found');
  return {
    breakpoint: number(narrow[1]!) + 0.02,
    font: (w: number) => (w < number(narrow[1]!) + 0.02 ? Math.min(number(narrow[2]!), number(narrow[3]!) - (number(narrow[4]!) * w) / 100) : Math.max(number(wide[1]!), number(wide[2]!) - (number(wide[3]!) * w) / 100)),
  };
}

describe('map text size (map.css against src/lib/geo/labels.ts)', () => {
  const { breakpoint, font } = formulas(css);

  it('uses the breakpoint the label placement assumes', () => {
    expect(breakpoint).toBeCloseTo(LABEL_SIZES.breakpoint, 1);
  });

  it('renders every map label at ≥ 11 px from a 343 px container (a 375 px phone) up, never larger than placed', () => {
    let checked = 0;
    for (let w = LABEL_SIZES.minContainer; w <= 1400; w += 0.5) {
      const svgWidth = Math.min(w, LABEL_SIZES.maxContainer) - 2; // the SVG's 1 px border on each side
      const units = font(Math.min(w, LABEL_SIZES.maxContainer));
      expect(units * (svgWidth / MAP_WIDTH), `container ${w}px`).toBeGreaterThanOrEqual(11);
      expect(units, `container ${w}px`).toBeLessThanOrEqual(w < LABEL_SIZES.breakpoint ? NARROW_FONT : WIDE_FONT);
      checked++;
    }
    expect(checked).toBeGreaterThan(2000);
  });

  it('the check bites: a fixed 11 px in SVG units renders at about 6 px on a phone', () => {
    const fixed = css.replace(/calc\(35\.85px - 4\.358cqi\)/, 'calc(11px - 0cqi)');
    expect(formulas(fixed).font(343) * (341 / MAP_WIDTH)).toBeLessThan(7);
  });
});
