/**
 * Geometry of a small column chart drawn at build time as SVG (the home page's lead chart): one bar per
 * period, a zero line, bars below zero drawn downwards. Pure: values in, rectangles and label positions out.
 */

export interface BarInput {
  /** Short period label shown under the bar, e.g. "2020". */
  label: string;
  value: number;
  /** The value as the page prints it, e.g. "−0.99%" or "-0,99%". */
  text: string;
}

export interface BarGeometry extends BarInput {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Baseline of the value label: above a positive bar, below a negative one. */
  valueY: number;
  negative: boolean;
}

export interface BarChartGeometry {
  width: number;
  height: number;
  /** y of the zero line. */
  zeroY: number;
  /** Baseline of the period labels. */
  labelY: number;
  bars: BarGeometry[];
}

export interface BarChartOptions {
  width?: number;
  height?: number;
  /** Room above the tallest bar and below the deepest one for value labels. */
  pad?: number;
  /** Room under the chart for period labels. */
  axis?: number;
  gap?: number;
}

export function barChartGeometry(inputs: readonly BarInput[], options: BarChartOptions = {}): BarChartGeometry {
  if (inputs.length === 0) throw new Error('barChartGeometry: no values to draw');
  for (const b of inputs) if (!Number.isFinite(b.value)) throw new Error(`barChartGeometry: value of ${b.label} is not a finite number`);
  const { width = 640, height = 240, pad = 22, axis = 24, gap = 0.3 } = options;
  const max = Math.max(0, ...inputs.map((b) => b.value));
  const min = Math.min(0, ...inputs.map((b) => b.value));
  const plotTop = pad;
  const plotBottom = height - axis - (min < 0 ? pad : 0);
  const span = max - min || 1;
  const scale = (plotBottom - plotTop) / span;
  const zeroY = plotTop + max * scale;
  const slot = width / inputs.length;
  const barWidth = slot * (1 - gap);
  const bars = inputs.map((b, i): BarGeometry => {
    const negative = b.value < 0;
    const h = Math.abs(b.value) * scale;
    const y = negative ? zeroY : zeroY - h;
    return {
      ...b,
      x: round(i * slot + (slot - barWidth) / 2),
      y: round(y),
      width: round(barWidth),
      height: round(h),
      valueY: round(negative ? zeroY + h + 16 : zeroY - h - 6),
      negative,
    };
  });
  return { width, height, zeroY: round(zeroY), labelY: height - 6, bars };
}

const round = (n: number) => Math.round(n * 10) / 10;
