import type { XY } from './types';

/**
 * Map label sizes. Every map's SVG is MAP_WIDTH (640) units wide and scales to its container, so a fixed
 * font size in SVG units would shrink to ~6 px on a phone. map.css instead sizes map text from the
 * container's width (cqi units) so that it renders at ≥ 11.2 px at any container width from 343 px (a
 * 375 px phone, the narrowest the guarantee covers) up; in SVG units the text is then at most NARROW_FONT below the 480 px breakpoint and at
 * most WIDE_FONT above it. Labels are placed at those sizes, so they cannot overlap at any width. A label
 * with no room at the narrow size may still be shown above the breakpoint (tier "wide"); the table under
 * every map names every place anyway. `labelSize.test.ts` checks map.css against these numbers.
 */
export const LABEL_SIZES = {
  /** Smallest container width (px) the guarantee covers, and the width where the wide sizes take over. */
  minContainer: 343,
  breakpoint: 480,
  /** Largest container the maps get (.map-figure max-inline-size 46rem). */
  maxContainer: 736,
  /** Smallest rendered size (px) in each regime. */
  narrowPx: 11.2,
  widePx: 12.5,
} as const;
/** Largest font size in SVG units below the breakpoint and above it (see map.css). */
export const NARROW_FONT = 20.9;
export const WIDE_FONT = 15.4;

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelRequest {
  at: XY;
  text: string;
  /** Radius of the marker the label belongs to, so the text clears it. */
  radius: number;
  /** Shorter text (a key number) tried when the full text finds no room at either size. */
  fallback?: string;
}

export type Anchor = 'start' | 'middle' | 'end';
/** SVG dominant-baseline: the text's position does not depend on its font size, only its extent does. */
export type Baseline = 'central' | 'text-after-edge' | 'text-before-edge';

export interface PlacedLabel {
  x: number;
  y: number;
  anchor: Anchor;
  baseline: Baseline;
  /** From the marker's edge to the label, when the label stands away from its marker. */
  leader: [XY, XY] | null;
}

export interface TieredLabel extends PlacedLabel {
  /** "all": shown at every width; "wide": only where the container is at least LABEL_SIZES.breakpoint wide. */
  tier: 'all' | 'wide';
  /** True when the fallback (key number) is written instead of the text. */
  short: boolean;
}

/**
 * Advance widths in em of DejaVu Sans, the widest common sans-serif (what system-ui is on most Linux
 * desktops); Segoe UI, San Francisco and Roboto are narrower, so estimates err on the wide side.
 */
const NARROW = new Set([...`ijlI.,:;'!|`]);
const SLIM = new Set([...'frt()[]- ']);
const WIDE = new Set([...'mwMW']);

/** Estimated text width: CJK glyphs one em, Latin by class (see above). Errs wide to avoid overlaps. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (/[\u3000-\u9fff\uff00-\uffef]/.test(ch)) em += 1;
    else if (NARROW.has(ch)) em += 0.3;
    else if (SLIM.has(ch)) em += 0.42;
    else if (WIDE.has(ch)) em += 0.98;
    else if (/[A-Z0-9]/.test(ch)) em += 0.7;
    else em += 0.64;
  }
  return em * fontSize;
}

export const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;
const inside = (box: Box, b: Box) => box.x0 >= b.x0 + 2 && box.y0 >= b.y0 + 2 && box.x1 <= b.x1 - 2 && box.y1 <= b.y1 - 2;
const round = (n: number) => Math.round(n * 10) / 10;

/** Directions tried around a marker, nearest positions first: right, left, above, below, then diagonals. */
const DIRECTIONS: [number, number][] = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [1, -1],
  [-1, -1],
  [1, 1],
  [-1, 1],
];

/** The box a label of `text` occupies when written at (x, y) with this anchor and baseline. */
export function labelBox(x: number, y: number, anchor: Anchor, baseline: Baseline, text: string, fontSize: number): Box {
  const w = textWidth(text, fontSize);
  const h = fontSize * 1.15;
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  const y0 = baseline === 'central' ? y - h / 2 : baseline === 'text-after-edge' ? y - h : y;
  return { x0, y0, x1: x0 + w, y1: y0 + h };
}

function candidates(at: XY, radius: number, fontSize: number, leaders: boolean): PlacedLabel[] {
  const out: PlacedLabel[] = [];
  // Beside the marker first; then, with a leader line, up to five text heights further out.
  const reaches = leaders ? [0, 1.2, 2.4, 3.6, 4.8] : [0];
  for (const reach of reaches) {
    for (const [dx, dy] of DIRECTIONS) {
      const gap = radius + 3 + reach * fontSize;
      const diagonal = dx !== 0 && dy !== 0 ? Math.SQRT1_2 : 1;
      const x = at[0] + dx * gap * diagonal;
      const y = at[1] + dy * gap * diagonal;
      const anchor: Anchor = dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle';
      const baseline: Baseline = dy < 0 ? 'text-after-edge' : dy > 0 ? 'text-before-edge' : 'central';
      const leader: [XY, XY] | null = reach === 0 ? null : [[round(at[0] + dx * (radius + 1) * diagonal), round(at[1] + dy * (radius + 1) * diagonal)], [round(x - dx * 2), round(y - dy * 2)]];
      out.push({ x: round(x), y: round(y), anchor, baseline, leader });
      // Straight above or below, also try the text running left or right from the marker's edge.
      if (dx === 0) for (const [side, a] of [[1, 'end'], [-1, 'start']] as const) out.push({ x: round(at[0] + side * radius), y: round(y), anchor: a, baseline, leader });
    }
  }
  return out;
}

/** A leader line as a thin box, so later labels do not cover it. */
const leaderBox = ([[ax, ay], [bx, by]]: [XY, XY]): Box => ({ x0: Math.min(ax, bx) - 1, y0: Math.min(ay, by) - 1, x1: Math.max(ax, bx) + 1, y1: Math.max(ay, by) + 1 });

/** The segment without its first `by` units. */
function trimStart([[ax, ay], [bx, by]]: [XY, XY], by_: number): [XY, XY] {
  const length = Math.hypot(bx - ax, by - ay) || 1;
  const k = Math.min(1, by_ / length);
  return [[ax + (bx - ax) * k, ay + (by - ay) * k], [bx, by]];
}

export interface PlaceOptions {
  /** Areas no label may cover (map furniture: inset, scale bar, north arrow), besides every marker. */
  obstacles?: Box[];
  /** Try positions further out with a leader line when none beside the marker is free. */
  leaders?: boolean;
  /** Per-label bounds (e.g. the inset's box for places drawn in the inset); default: `bounds`. */
  boundsOf?: (index: number) => Box;
  /** Per-label area to keep clear of (e.g. the inset's box for places of the main frame). */
  avoidOf?: (index: number) => Box | null;
}

/**
 * Greedy label placement in request order (put the labels that must not be dropped first): each label
 * takes the first candidate that stays in bounds and clears every marker, obstacle and label placed so far.
 * A label with no free spot is left out (null); the table beside the map always names every place.
 */
export function placeLabels(requests: readonly LabelRequest[], bounds: Box | [number, number], fontSize: number, options: PlaceOptions = {}): (PlacedLabel | null)[] {
  const frame: Box = Array.isArray(bounds) ? { x0: 0, y0: 0, x1: bounds[0], y1: bounds[1] } : bounds;
  const taken: Box[] = [...(options.obstacles ?? []), ...requests.map(({ at: [x, y], radius }) => ({ x0: x - radius, y0: y - radius, x1: x + radius, y1: y + radius }))];
  return requests.map(({ at, text, radius }, i) => {
    if (!text) return null;
    const within = options.boundsOf?.(i) ?? frame;
    const avoid = options.avoidOf?.(i) ?? null;
    for (const c of candidates(at, radius, fontSize, options.leaders ?? false)) {
      const box = labelBox(c.x, c.y, c.anchor, c.baseline, text, fontSize);
      if (!inside(box, within) || (avoid && overlaps(avoid, box)) || taken.some((t) => overlaps(t, box))) continue;
      // The leader's first units may cross marks stacked on its own marker (a port at its city's seat).
      if (c.leader && taken.some((t) => overlaps(t, leaderBox(trimStart(c.leader!, 6))))) continue;
      taken.push(box);
      if (c.leader) taken.push(leaderBox(c.leader));
      return c;
    }
    return null;
  });
}

/**
 * Labels for both size regimes: placed at NARROW_FONT first (shown everywhere), then the ones that found no
 * room are tried at WIDE_FONT around the narrow ones drawn at their wide size (shown only above the
 * breakpoint). `obstacles` is a function of the font size because furniture text grows with it.
 */
export function placeTieredLabels(
  requests: readonly LabelRequest[],
  bounds: Box | [number, number],
  options: Omit<PlaceOptions, 'obstacles'> & { obstacles?: (fontSize: number) => Box[] } = {},
): (TieredLabel | null)[] {
  const boxOf = (p: PlacedLabel, text: string, font: number) => [labelBox(p.x, p.y, p.anchor, p.baseline, text, font), ...(p.leader ? [leaderBox(p.leader)] : [])];
  const narrow = placeLabels(requests, bounds, NARROW_FONT, { ...options, obstacles: options.obstacles?.(NARROW_FONT) });
  const fixed = narrow.flatMap((p, i) => (p ? boxOf(p, requests[i]!.text, WIDE_FONT) : []));
  const wide = placeLabels(
    // A label with a fallback must be readable at every width: its number stands in rather than a wide-only name.
    requests.map((r, i) => (narrow[i] || r.fallback ? { ...r, text: '' } : r)),
    bounds,
    WIDE_FONT,
    { ...options, obstacles: [...(options.obstacles?.(WIDE_FONT) ?? []), ...fixed] },
  );
  // Last resort for labels that must be written (fallback given): the short text, at every width.
  const placedNarrow = narrow.flatMap((p, i) => (p ? boxOf(p, requests[i]!.text, NARROW_FONT) : []));
  const placedWide = wide.flatMap((p, i) => (p ? boxOf(p, requests[i]!.text, NARROW_FONT) : []));
  const short = placeLabels(
    requests.map((r, i) => (narrow[i] || wide[i] || !r.fallback ? { ...r, text: '' } : { ...r, text: r.fallback })),
    bounds,
    NARROW_FONT,
    { ...options, obstacles: [...(options.obstacles?.(NARROW_FONT) ?? []), ...placedNarrow, ...placedWide] },
  );
  return requests.map((_, i) =>
    narrow[i] ? { ...narrow[i]!, tier: 'all', short: false } : wide[i] ? { ...wide[i]!, tier: 'wide', short: false } : short[i] ? { ...short[i]!, tier: 'all', short: true } : null,
  );
}
