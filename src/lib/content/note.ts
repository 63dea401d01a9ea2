/**
 * Localized notes (observation locators, source notes) as text or as parts for rendering. A note may hold one
 * verbatim quote in its original language; pages render it as <q lang="…">, plain-text outputs (CSV) wrap it
 * in the page language's quotation marks (UI string "note.quoted").
 */
import { t, type Lang } from '~/i18n/index';
import { QUOTE_TOKEN, type LocalizedNote } from '~/schemas/common';

export type NotePart = { kind: 'text'; text: string } | { kind: 'quote'; text: string; lang: string };

/** The note in one language, split around its quote (empty text parts dropped). */
export function noteParts(note: LocalizedNote, lang: Lang): NotePart[] {
  const text = note[lang];
  if (!note.quote) return [{ kind: 'text', text }];
  const [before, after] = text.split(QUOTE_TOKEN) as [string, string];
  const parts: NotePart[] = [];
  if (before) parts.push({ kind: 'text', text: before });
  parts.push({ kind: 'quote', text: note.quote.text, lang: note.quote.lang });
  if (after) parts.push({ kind: 'text', text: after });
  return parts;
}

/** The note as plain text in one language, its quote in that language's quotation marks. */
export function noteText(note: LocalizedNote, lang: Lang): string {
  return noteParts(note, lang)
    .map((p) => (p.kind === 'quote' ? t(lang, 'note.quoted', { text: p.text }) : p.text))
    .join('');
}
