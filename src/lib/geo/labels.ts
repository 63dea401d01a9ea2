import type { XY } from './types';

export interface LabelRequest {
  at: XY;
  text: string;
  /** Radius of the marker the label belongs to, so the text clears it. */
  radius: number;
}

export interface PlacedLabel {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Rough text width: CJK glyphs are about one em wide, Latin about 0.58 em. Good enough to avoid overlaps. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.58;
  return em * fontSize;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;

/**
 * Greedy label placement: each label tries right, left, above, below and the diagonals of its marker and
 * takes the first spot that stays inside `bounds` and clears every marker and every label placed so far.
 * A label with no free spot is left out (null); the list beside the map always names every place.
 */
export function placeLabels(requests: readonly LabelRequest[], bounds: [number, number], fontSize: number): (PlacedLabel | null)[] {
  const taken: Box[] = requests.map(({ at: [x, y], radius }) => ({ x0: x - radius, y0: y - radius, x1: x + radius, y1: y + radius }));
  const ascent = fontSize * 0.8;
  const descent = fontSize * 0.25;
  return requests.map(({ at: [x, y], text, radius }) => {
    const w = textWidth(text, fontSize);
    const gap = radius + 3;
    const candidates: (PlacedLabel & { box: Box })[] = [
      { x: x + gap, y: y + ascent / 2 - 1, anchor: 'start' },
      { x: x - gap, y: y + ascent / 2 - 1, anchor: 'end' },
      { x, y: y - gap - descent, anchor: 'middle' },
      { x, y: y + gap + ascent, anchor: 'middle' },
      { x: x + gap - 2, y: y - gap + 2, anchor: 'start' },
      { x: x - gap + 2, y: y - gap + 2, anchor: 'end' },
      { x: x + gap - 2, y: y + gap + ascent - 2, anchor: 'start' },
      { x: x - gap + 2, y: y + gap + ascent - 2, anchor: 'end' },
    ].map((c) => {
      const x0 = c.anchor === 'start' ? c.x : c.anchor === 'end' ? c.x - w : c.x - w / 2;
      return { ...(c as PlacedLabel), box: { x0, y0: c.y - ascent, x1: x0 + w, y1: c.y + descent } };
    });
    const fit = candidates.find(
      ({ box }) => box.x0 >= 2 && box.y0 >= 2 && box.x1 <= bounds[0] - 2 && box.y1 <= bounds[1] - 2 && !taken.some((t) => overlaps(t, box)),
    );
    if (!fit) return null;
    taken.push(fit.box);
    return { x: Math.round(fit.x * 10) / 10, y: Math.round(fit.y * 10) / 10, anchor: fit.anchor };
  });
}
