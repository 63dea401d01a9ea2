/**
 * The preview card of each kind of page with a card of its own, from what that page shows: its section and
 * kind, a supporting line, and, where the page leads with one, a headline figure bound to an observation.
 */
import { pick, t, type Lang } from '~/i18n/index';
import { formatDate } from '../format/formatDate';
import { formatPeriodSpan } from '../format/period';
import type { Dataset } from '~/schemas/dataset';
import type { OgAccent, OgCard, OgFigure } from './card';

export type PageCard = Pick<OgCard, 'kicker' | 'accent'> & Partial<Pick<OgCard, 'detail' | 'figure'>>;

/** A resolved figure as pages show it (src/data/figureViews.ts). */
export interface ShownFigure {
  label: string;
  value: string;
  period: string;
  credit: string;
}

const SEPARATOR = ' · ';

export function cardFigure(lang: Lang, f: ShownFigure | undefined): OgFigure | undefined {
  if (!f) return undefined;
  return { value: f.value, label: `${f.label}${SEPARATOR}${f.period}`, source: `${t(lang, 'chart.labelled', { label: t(lang, 'chart.sourceLine') })}${f.credit}` };
}

export function datasetCard(lang: Lang, dataset: Dataset, span: { first: string; last: string }): PageCard {
  return {
    kicker: [t(lang, `sector.${dataset.sector}`), t(lang, 'search.kind.dataset')].join(SEPARATOR),
    detail: [pick(dataset.measure, lang), formatPeriodSpan(span.first, span.last, lang)].join(SEPARATOR),
    accent: dataset.sector,
  };
}

export function hubCard(lang: Lang, sector: OgAccent & Dataset['sector'], first: ShownFigure | undefined, standfirst: string): PageCard {
  const figure = cardFigure(lang, first);
  // The hub's title is the sector's name, so the kicker carries the site's line instead of repeating it.
  return { kicker: t(lang, 'site.tagline'), accent: sector, ...(figure ? { figure } : { detail: standfirst }) };
}

export function articleCard(lang: Lang, a: { sectors: readonly Dataset['sector'][]; kind: 'news' | 'explainer' | 'analysis'; date: string; summary: string }): PageCard {
  const sector = a.sectors[0]!;
  return { kicker: [t(lang, `sector.${sector}`), t(lang, `news.kind.${a.kind}`), formatDate(a.date, lang)].join(SEPARATOR), detail: a.summary, accent: sector };
}

export function opportunityCard(lang: Lang, o: { sector: Dataset['sector']; statusLabel: string }, first: ShownFigure | undefined, summary: string): PageCard {
  const figure = cardFigure(lang, first);
  return { kicker: [t(lang, `sector.${o.sector}`), o.statusLabel].join(SEPARATOR), accent: o.sector, ...(figure ? { figure } : { detail: summary }) };
}

export function regionCard(kindLabel: string, detail: string): PageCard {
  return { kicker: kindLabel, detail, accent: 'site' };
}
