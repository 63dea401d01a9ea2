/**
 * Numbered notes for the figures in an article (issue 15, "Tables and citations"): each figure carries one
 * compact numbered marker, and the notes list under the article says what the number is and where it comes
 * from. Numbers follow the order in which figures first appear; a figure cited twice keeps its first number,
 * so one observation never has two notes.
 *
 * The numbering is decided by the page from the article body before anything renders (Astro renders
 * components concurrently, so a counter inside <Fig> would not follow reading order).
 */
import type { ResolvedFigure } from './figure';

/** The identity of a cited figure: its dataset and the fragment id of its row. */
export const figureKey = (figure: Pick<ResolvedFigure, 'anchor'> & { dataset: { id: string } }): string => `${figure.dataset.id}#${figure.anchor}`;

export interface FigureNote<F> {
  n: number;
  key: string;
  figure: F;
}

/** Notes in reading order, one per distinct figure, numbered from 1. */
export function numberFigures<F extends Pick<ResolvedFigure, 'anchor'> & { dataset: { id: string } }>(figures: readonly F[]): FigureNote<F>[] {
  const notes = new Map<string, FigureNote<F>>();
  for (const figure of figures) {
    const key = figureKey(figure);
    if (!notes.has(key)) notes.set(key, { n: notes.size + 1, key, figure });
  }
  return [...notes.values()];
}

/** The fragment id of note `n` in the list under the article. */
export const noteId = (n: number): string => `fig-note-${n}`;

const LOCALS_KEY = 'atlasFigureNumbers';

/** Hands the page's numbering to every <Fig> on it through the render's shared `locals` bag. */
export function setFigureNumbers(locals: object, notes: readonly Pick<FigureNote<unknown>, 'n' | 'key'>[]): void {
  (locals as Record<string, unknown>)[LOCALS_KEY] = new Map(notes.map((note) => [note.key, note.n]));
}

/** The number the page gave this figure, or undefined on pages that do not number figures. */
export function figureNumber(locals: object, key: string): number | undefined {
  return ((locals as Record<string, unknown>)[LOCALS_KEY] as Map<string, number> | undefined)?.get(key);
}
