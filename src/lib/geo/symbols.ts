import type { PlaceKind } from '~/schemas/place';

/**
 * Proportional symbols: the circle's *area* is proportional to the value (radius ∝ √value), so a value
 * twice as large looks twice as large. Zero and negative values get no circle.
 */
export function circleRadius(value: number, maxValue: number, maxRadius: number): number {
  if (!(value > 0) || !(maxValue > 0)) return 0;
  return maxRadius * Math.sqrt(value / maxValue);
}

/**
 * Values for the legend: real values from the data (largest, a middle one, smallest positive), never
 * rounded "nice" numbers that no regency has. Distinct and descending.
 */
export function legendValues(values: readonly number[]): number[] {
  const positive = [...new Set(values.filter((v) => v > 0))].sort((a, b) => b - a);
  if (positive.length <= 3) return positive;
  return [positive[0]!, positive[Math.floor((positive.length - 1) / 2)]!, positive.at(-1)!];
}

/** Marker shapes: shape as well as colour tells kinds apart, for readers who cannot tell the colours apart. */
export const KIND_SHAPE: Record<PlaceKind, 'circle' | 'square' | 'diamond' | 'triangle' | 'star'> = {
  seat: 'circle',
  city: 'circle',
  airport: 'square',
  port: 'diamond',
  sez: 'triangle',
  mine: 'triangle',
  park: 'circle',
  dive: 'star',
};

/** SVG path data for a marker of `size` px centred on 0,0. */
export function symbolPath(kind: PlaceKind, size: number): string {
  const h = size / 2;
  const f = (n: number) => Number(n.toFixed(1));
  switch (KIND_SHAPE[kind]) {
    case 'square':
      return `M${f(-h)} ${f(-h)}h${f(size)}v${f(size)}h${f(-size)}z`;
    case 'diamond':
      return `M0 ${f(-h * 1.25)}L${f(h * 1.25)} 0L0 ${f(h * 1.25)}L${f(-h * 1.25)} 0z`;
    case 'triangle':
      return `M0 ${f(-h * 1.2)}L${f(h * 1.1)} ${f(h * 0.8)}H${f(-h * 1.1)}z`;
    case 'star': {
      const points = Array.from({ length: 10 }, (_, i) => {
        const r = i % 2 === 0 ? h * 1.35 : h * 0.6;
        const a = (Math.PI / 5) * i - Math.PI / 2;
        return `${f(r * Math.cos(a))} ${f(r * Math.sin(a))}`;
      });
      return `M${points.join('L')}z`;
    }
    default:
      return `M${f(-h)} 0a${f(h)} ${f(h)} 0 1 0 ${f(size)} 0a${f(h)} ${f(h)} 0 1 0 ${f(-size)} 0z`;
  }
}
