/**
 * Social preview cards (og:image, 1200×630): what a card says (state) and how it is laid out (a tree of
 * elements with inline styles, which satori turns into SVG at build time: src/integrations/ogImages.ts).
 * Pure: no I/O, no Astro. Every text on a card is text the page itself shows (title, section, a figure bound
 * to an observation with its period and source), so a card never says more than its page.
 */
import { createHash } from 'node:crypto';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export type OgAccent = 'fisheries' | 'mining' | 'tourism' | 'labour' | 'economy' | 'site';

export interface OgFigure {
  /** The value as the page prints it ("Rp3,775,425"). */
  value: string;
  /** What it is and when ("Provincial minimum wage · 2025"). */
  label: string;
  /** Who published it ("Source: BPS Sulawesi Utara"). */
  source: string;
}

export interface OgCard {
  lang: 'ja' | 'id' | 'en';
  site: string;
  /** The section or kind of page ("Fisheries & marine · Dataset"). */
  kicker: string;
  title: string;
  /** One supporting line (a standfirst, a dataset's measure and span). */
  detail?: string | undefined;
  figure?: OgFigure | undefined;
  /** The page's address without the scheme, shown at the foot. */
  address: string;
  accent: OgAccent;
}

/** Sector colours of the site's light theme (src/styles/global.css); "site" is the accent. */
export const ACCENTS: Record<OgAccent, string> = {
  fisheries: '#0b5e8c',
  mining: '#8a5a00',
  tourism: '#1b7a4a',
  labour: '#a3324a',
  economy: '#5b4a9b',
  site: '#0b4f6c',
};

const INK = '#1a1a1a';
const MUTED = '#4d4d4d';
const PAPER = '#fbfaf7';

/**
 * The card's file name: a hash of everything drawn (the card) and of how it is drawn (`renderer`: the template,
 * fonts and renderer versions), so an unchanged card is never drawn twice and a changed one gets a new address
 * (sites that cache previews fetch the new image).
 */
export function ogCardKey(card: OgCard, renderer: string): string {
  return createHash('sha256').update(renderer).update('\0').update(JSON.stringify(card)).digest('hex').slice(0, 20);
}

/** The image's alt text (og:image:alt): what the card says, in reading order. */
export function ogAlt(card: OgCard): string {
  const parts = [card.kicker, card.title];
  if (card.figure) parts.push(`${card.figure.label}: ${card.figure.value}`);
  return parts.join(' — ');
}

export interface OgNode {
  type: 'div' | 'span';
  props: { style: Record<string, string | number>; children?: string | OgNode | (string | OgNode)[] };
}

const el = (style: Record<string, string | number>, children?: OgNode['props']['children']): OgNode => ({ type: 'div', props: { style, children } });

/** Length in "wide character" units: CJK characters count twice, so Japanese titles size like Latin ones. */
export function visualLength(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return n;
}

/** Title size by length, so a long title still fits its three lines and a short one fills the card. */
export function titleSize(title: string, withFigure: boolean): number {
  const n = visualLength(title);
  const sizes = withFigure ? [[40, 60], [70, 50], [Infinity, 42]] : [[40, 72], [80, 60], [Infinity, 48]];
  return sizes.find(([max]) => n <= max!)![1]!;
}

const clamp = (lines: number): Record<string, string | number> => ({ display: 'block', lineClamp: lines, overflow: 'hidden' });

/** The element tree for satori: accent bar, site and section, title, one line of detail, the figure, the address. */
export function ogCardTree(card: OgCard, fontFamily: string): OgNode {
  const accent = ACCENTS[card.accent];
  const size = titleSize(card.title, card.figure !== undefined);
  const children: OgNode[] = [
    el({ display: 'flex', fontSize: 28, color: accent, fontWeight: 700 }, [el({ display: 'flex' }, card.site), el({ display: 'flex', color: MUTED, fontWeight: 400, marginLeft: 20 }, card.kicker)]),
    el({ ...clamp(3), fontSize: size, fontWeight: 700, lineHeight: 1.2, marginTop: 28, color: INK }, card.title),
  ];
  if (card.detail) children.push(el({ ...clamp(2), fontSize: 28, lineHeight: 1.4, marginTop: 20, color: MUTED }, card.detail));
  if (card.figure) {
    children.push(
      el({ display: 'flex', flexDirection: 'column', marginTop: 'auto', borderLeft: `8px solid ${accent}`, paddingLeft: 24 }, [
        el({ display: 'flex', fontSize: 76, fontWeight: 700, color: accent, lineHeight: 1.1 }, card.figure.value),
        el({ ...clamp(1), fontSize: 28, color: INK, marginTop: 6 }, card.figure.label),
        el({ ...clamp(1), fontSize: 22, color: MUTED, marginTop: 4 }, card.figure.source),
      ]),
    );
  }
  children.push(el({ display: 'flex', marginTop: card.figure ? 24 : 'auto', fontSize: 22, color: MUTED }, card.address));
  return el(
    { width: OG_WIDTH, height: OG_HEIGHT, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', padding: '56px 72px 48px 72px', background: PAPER, borderTop: `16px solid ${accent}`, fontFamily },
    children,
  );
}
