import { describe, expect, it } from 'vitest';
import { barChartGeometry } from './barChart';

const bar = (label: string, value: number) => ({ label, value, text: String(value) });

describe('barChartGeometry', () => {
  it('draws positive bars up from the zero line and negative bars down from it', () => {
    const g = barChartGeometry([bar('2019', 5), bar('2020', -1), bar('2021', 4)], { width: 300, height: 200, pad: 20, axis: 20 });
    expect(g.bars).toHaveLength(3);
    const [a, b, c] = g.bars;
    expect(a!.y + a!.height).toBeCloseTo(g.zeroY, 0);
    expect(b!.y).toBeCloseTo(g.zeroY, 0);
    expect(b!.negative).toBe(true);
    expect(b!.valueY).toBeGreaterThan(g.zeroY);
    expect(a!.height / c!.height).toBeCloseTo(5 / 4, 1);
    expect(a!.height / b!.height).toBeCloseTo(5, 0);
    // Bars never leave the drawing.
    for (const x of g.bars) {
      expect(x.y).toBeGreaterThanOrEqual(0);
      expect(x.y + x.height).toBeLessThanOrEqual(200);
      expect(x.x + x.width).toBeLessThanOrEqual(300);
    }
  });

  it('puts the zero line at the bottom of the plot when every value is positive', () => {
    const g = barChartGeometry([bar('a', 1), bar('b', 2)], { height: 100, pad: 10, axis: 10 });
    expect(g.zeroY).toBe(90);
  });

  it('refuses an empty series and a value that is not a number', () => {
    expect(() => barChartGeometry([])).toThrow(/no values/);
    expect(() => barChartGeometry([bar('x', Number.NaN)])).toThrow(/x is not a finite number/);
  });
});
