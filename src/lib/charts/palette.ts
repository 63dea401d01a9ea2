import type { ThemeColour } from './types';

/**
 * Okabe–Ito colours (colour-blind safe), paired by hue so a series keeps its colour family when the theme
 * changes. Not every Okabe–Ito colour reaches 3:1 on both backgrounds (orange and sky blue are 2.2:1 on white,
 * blue is 3.2:1 on the dark card), so each theme uses the member of the pair that does.
 * The first five are the palette proper. No two series in a chart share a colour: a chart with more than five
 * series takes three further colours (wine, indigo, brown, from Paul Tol's muted scheme) and labels its lines
 * directly, so colour is not what tells them apart; beyond eight series a chart draws only the first eight.
 */
export const SERIES_COLOURS: readonly ThemeColour[] = [
  { light: '#0072B2', dark: '#56B4E9' }, // blue / sky blue
  { light: '#D55E00', dark: '#E69F00' }, // vermillion / orange
  { light: '#009E73', dark: '#009E73' }, // bluish green
  { light: '#CC79A7', dark: '#CC79A7' }, // reddish purple
  { light: '#000000', dark: '#F0E442' }, // black / yellow
  { light: '#882255', dark: '#EE7799' }, // wine / rose
  { light: '#332288', dark: '#AA99EE' }, // indigo / lilac
  { light: '#8C510A', dark: '#D8B365' }, // brown / tan
];

/** Colours in the palette proper; more series than this are labelled on the chart itself. */
export const PALETTE_SIZE = 5;

/** "Other" and "no data" are neutral grey (still 3:1 on both backgrounds); no series is drawn grey. */
export const NEUTRAL_COLOUR: ThemeColour = { light: '#6F6F6F', dark: '#9A9A9A' };

/** Chart backgrounds: --paper-raised in src/styles/global.css for each theme. */
export const CHART_BACKGROUND = { light: '#ffffff', dark: '#1d2024' } as const;

export function seriesColour(index: number): ThemeColour {
  return SERIES_COLOURS[index] ?? NEUTRAL_COLOUR;
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
