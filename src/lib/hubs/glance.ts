/**
 * The hub's at-a-glance block quotes each strength and risk by its lead: the editor's own `glance` line when the
 * paragraph has one, else the paragraph's first sentence, word for word. A first sentence that holds a figure
 * token is not used (it would need its figure beside it); such a paragraph needs a `glance` line.
 */
import type { Lang } from '~/i18n/index';
import type { LocalizedText } from '~/schemas/common';

interface LeadSource {
  text: LocalizedText;
  glance?: LocalizedText | undefined;
}

/** Ends of a sentence: the Japanese full stop, or . ! ? before a space and a capital (so "2.5" and "the U.S. region" stay whole). */
const SENTENCE_END = /。|[.!?](?=\s+[A-Z“"‘(])/;

export function firstSentence(text: string): string {
  const m = SENTENCE_END.exec(text);
  return (m ? text.slice(0, m.index + m[0].length) : text).trim();
}

export function glanceLead(paragraph: LeadSource, lang: Lang): string | undefined {
  if (paragraph.glance) return paragraph.glance[lang];
  const lead = firstSentence(paragraph.text[lang]);
  return /\{fig:\d+\}/.test(lead) ? undefined : lead;
}
