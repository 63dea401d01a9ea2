import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../charts/palette';
import { choroplethState, classify, isChoroplethUnit, MIN_REGENCIES } from './choropleth';
import type { Dataset } from '~/schemas/dataset';

const codes = ['71.01', '71.02', '71.03', '71.04', '71.05', '71.06', '71.07', '71.08', '71.09', '71.10', '71.11', '71.71', '71.72', '71.73', '71.74'];
const obs = (n: number, period = '2024', extra: Partial<Dataset['observations'][number]> = {}) =>
  codes.slice(0, n).map((region, i) => ({ period, region, series: 'value', value: (i + 1) * 10, source: 's', status: 'final' as const, ...extra }));
const dataset = (unit: Dataset['unit'], observations: Dataset['observations']): Dataset => ({ id: 'x', unit, series: [], observations } as unknown as Dataset);

describe('choropleth state', () => {
  it('maps a rate for the latest period with at least 12 of 15 regencies', () => {
    const d = dataset('percent', [...obs(15, '2023'), ...obs(3, '2025')]);
    const state = choroplethState(d, codes);
    expect(state.kind).toBe('choropleth');
    if (state.kind !== 'choropleth') return expect.unreachable();
    expect(state.period).toBe('2023');
    expect(state.values).toHaveLength(15);
    expect(state.missing).toEqual([]);
    expect(state.classes).toHaveLength(5);
    expect(state.classes.reduce((n, c) => n + c.count, 0)).toBe(15);
  });

  it('with 11 of 15 it falls back to symbols and reports the coverage (the threshold bites)', () => {
    const state = choroplethState(dataset('percent', obs(MIN_REGENCIES - 1)), codes);
    expect(state).toMatchObject({ kind: 'symbols', reason: 'coverage', covered: 11, period: '2024' });
    const twelve = choroplethState(dataset('percent', obs(MIN_REGENCIES)), codes);
    expect(twelve.kind).toBe('choropleth');
    if (twelve.kind === 'choropleth') expect(twelve.missing).toEqual(['71.72', '71.73', '71.74']);
  });

  it('never colours regencies by a count, and never maps targets or plans', () => {
    expect(choroplethState(dataset('people', obs(15)), codes)).toMatchObject({ kind: 'symbols', reason: 'count' });
    expect(isChoroplethUnit(dataset('people-per-km2', []))).toBe(true);
    expect(isChoroplethUnit(dataset('km2', []))).toBe(false);
    expect(choroplethState(dataset('percent', obs(15, '2024', { status: 'target' })), codes)).toMatchObject({ kind: 'symbols', covered: 0 });
  });

  it('ignores other provinces and countries when counting coverage', () => {
    const d = dataset('percent', [...obs(11), { period: '2024', region: '31', series: 'value', value: 5, source: 's', status: 'final' }] as Dataset['observations']);
    expect(choroplethState(d, codes)).toMatchObject({ kind: 'symbols', covered: 11 });
  });

  it('classes by natural breaks: a skewed set keeps its outlier alone, and ranges are real values', () => {
    const { classes, classOf } = classify([43, 54, 78, 99, 106, 161, 167, 228, 231, 293, 327, 614, 656, 1116, 2840]);
    expect(classes.at(-1)).toEqual({ min: 2840, max: 2840, count: 1 });
    expect(classOf(43)).toBe(0);
    expect(classOf(2840)).toBe(classes.length - 1);
    expect(classify([5, 5, 5]).classes).toEqual([{ min: 5, max: 5, count: 3 }]);
  });
});

describe('choropleth colours (map.css), both themes', () => {
  const css = readFileSync(new URL('../../components/maps/map.css', import.meta.url), 'utf8');
  const [light, dark] = css.split('@media (prefers-color-scheme: dark)');
  const colour = (block: string, name: string) => {
    const m = new RegExp(`--${name}: (#[0-9a-f]{6});`, 'i').exec(block);
    if (!m) throw new Error(`map.css: --${name} not found`);
    return m[1]!;
  };
  const luminance = (hex: string) => contrastRatio(hex, '#000000');

  for (const [theme, block] of [['light', light!], ['dark', dark!]] as const) {
    it(`${theme}: five classes with strictly ordered lightness, lowest vs highest at least 3:1`, () => {
      const ramp = [0, 1, 2, 3, 4].map((i) => colour(block, `choro-${i}`));
      const l = ramp.map(luminance);
      const rising = l[4]! > l[0]!;
      for (let i = 1; i < 5; i++) expect(rising ? l[i]! > l[i - 1]! : l[i]! < l[i - 1]!, `${theme} class ${i}`).toBe(true);
      expect(contrastRatio(ramp[0]!, ramp[4]!)).toBeGreaterThanOrEqual(3);
    });

    it(`${theme}: the no-data hatch lines stand out from their background (≥ 3:1), and the coast from the sea`, () => {
      expect(contrastRatio(colour(block, 'map-hatch'), colour(block, 'map-land'))).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(colour(block, 'map-coast'), colour(block, 'map-sea'))).toBeGreaterThanOrEqual(3);
    });
  }
});
