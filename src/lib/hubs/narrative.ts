/**
 * Hub narratives keep numbers out of the prose: a paragraph says "{fig:0}" where a value stands, and the
 * page prints the observation in <data>. These helpers split a text into parts and find what is wrong
 * with it (a token naming no figure, a figure never used, a number typed straight into the text).
 */
import { allowedByRule } from '../data/figureCheck';

export type NarrativePart = { kind: 'text'; value: string } | { kind: 'fig'; index: number };

const TOKEN = /\{fig:(\d+)\}/g;
const NUMBER = /[0-9０-９]+(?:[.,][0-9０-９]+)*/g;

/** "Plants ran at {fig:0} of capacity" → text, fig 0, text. Empty text parts are dropped. */
export function splitNarrative(text: string): NarrativePart[] {
  const parts: NarrativePart[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (m.index! > last) parts.push({ kind: 'text', value: text.slice(last, m.index) });
    parts.push({ kind: 'fig', index: Number(m[1]) });
    last = m.index! + m[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', value: text.slice(last) });
  return parts;
}

/**
 * Problems with one language's text of a paragraph that lists `figureCount` figures. Numbers outside
 * tokens are judged by the site's figure-check rules (years and written-out dates pass; quantities fail),
 * so a paragraph that validates here also passes the check on the built page.
 */
export function narrativeProblems(text: string, figureCount: number): string[] {
  const problems: string[] = [];
  const used = new Set<number>();
  for (const part of splitNarrative(text)) {
    if (part.kind === 'fig') {
      if (part.index >= figureCount) problems.push(`{fig:${part.index}} names no figure (the paragraph lists ${figureCount})`);
      used.add(part.index);
      continue;
    }
    if (/\{fig:|\{\s*fig/.test(part.value)) problems.push(`malformed figure token near "${part.value.slice(part.value.indexOf('{'), part.value.indexOf('{') + 12)}"`);
    for (const m of part.value.matchAll(NUMBER)) {
      if (!allowedByRule(part.value, m.index!, m.index! + m[0].length)) {
        problems.push(`number "${m[0]}" typed into the text; bind it to an observation with {fig:N}`);
      }
    }
  }
  for (let i = 0; i < figureCount; i++) if (!used.has(i)) problems.push(`figures[${i}] is never used ({fig:${i}} is missing)`);
  return problems;
}
