import { describe, expect, it } from 'vitest';
import { figureKey, noteId, numberFigures } from './figureNotes';

const fig = (dataset: string, anchor: string) => ({ dataset: { id: dataset }, anchor });

describe('numbered figure notes', () => {
  it('numbers figures in reading order and gives a repeated figure its first number', () => {
    const notes = numberFigures([fig('wage', 'obs-2026'), fig('gold', 'obs-2024'), fig('wage', 'obs-2026'), fig('wage', 'obs-2025')]);
    expect(notes.map((n) => [n.n, n.key])).toEqual([
      [1, 'wage#obs-2026'],
      [2, 'gold#obs-2024'],
      [3, 'wage#obs-2025'],
    ]);
  });

  it('keeps the same row in two datasets apart', () => {
    expect(numberFigures([fig('a', 'obs-2024'), fig('b', 'obs-2024')])).toHaveLength(2);
  });

  it('gives an empty list for an article without figures', () => {
    expect(numberFigures([])).toEqual([]);
  });

  it('names keys and note ids predictably', () => {
    expect(figureKey(fig('wage', 'obs-2026'))).toBe('wage#obs-2026');
    expect(noteId(3)).toBe('fig-note-3');
  });
});

describe('handing the numbering to figures', () => {
  it('finds a figure number set by the page, and none on a page that set nothing', async () => {
    const { figureNumber, setFigureNumbers } = await import('./figureNotes');
    const locals = {};
    expect(figureNumber(locals, 'wage#obs-2026')).toBeUndefined();
    setFigureNumbers(locals, numberFigures([fig('gold', 'obs-2024'), fig('wage', 'obs-2026')]));
    expect(figureNumber(locals, 'wage#obs-2026')).toBe(2);
  });
});
