import { describe, expect, it } from 'vitest';
import { localizedNote } from '~/schemas/common';
import { noteParts, noteText } from './note';

const quoted = localizedNote.parse({
  en: 'Printed as {quote}.',
  ja: '原文の表記は{quote}。',
  id: 'Tertulis {quote}.',
  quote: { text: '311,652,02 ton', lang: 'id' },
});

describe('localized notes', () => {
  it('keeps the quote in its own language, between the translated words', () => {
    expect(noteParts(quoted, 'ja')).toEqual([
      { kind: 'text', text: '原文の表記は' },
      { kind: 'quote', text: '311,652,02 ton', lang: 'id' },
      { kind: 'text', text: '。' },
    ]);
    expect(noteText(quoted, 'ja')).toBe('原文の表記は「311,652,02 ton」。');
    expect(noteText(quoted, 'en')).toBe('Printed as “311,652,02 ton”.');
    expect(noteText(quoted, 'id')).toBe('Tertulis “311,652,02 ton”.');
  });

  it('returns a note without a quote as one text part', () => {
    const plain = localizedNote.parse({ ja: '2015年1月時点。', id: 'Per Januari 2015.', en: 'January 2015.' });
    expect(noteParts(plain, 'id')).toEqual([{ kind: 'text', text: 'Per Januari 2015.' }]);
  });

  it('rejects a quote that a language does not place, and a placeholder without a quote', () => {
    const missing = localizedNote.safeParse({ ja: '原文の表記。', id: 'Tertulis {quote}.', en: 'Printed as {quote}.', quote: { text: 'x', lang: 'id' } });
    expect(missing.success).toBe(false);
    expect(missing.error!.issues.map((i) => i.path.join('.'))).toEqual(['ja']);
    const orphan = localizedNote.safeParse({ ja: '{quote}', id: 'a', en: 'b' });
    expect(orphan.success).toBe(false);
  });

  it('rejects a plain string where a note in three languages is expected', () => {
    expect(localizedNote.safeParse('January 2015.').success).toBe(false);
  });
});
