/**
 * Draws social preview cards to PNG at build time: satori lays the card out as SVG with glyphs from Noto Sans
 * JP (npm @fontsource/noto-sans-jp, its per-script WOFF subsets; the fonts are read here and never shipped: pages
 * load no web fonts), and resvg rasterises the SVG. Node only; src/integrations/ogImages.ts decides what to draw.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import { OG_HEIGHT, OG_WIDTH, ogCardTree, type OgCard } from '../lib/og/card';

const require = createRequire(import.meta.url);
const FONT_PACKAGE = '@fontsource/noto-sans-jp';
const WEIGHTS = [400, 700] as const;

type SatoriFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };

/** Versions that change how a card looks: part of every card's cache key. */
export function rendererVersions(): string {
  const version = (pkg: string) => (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
  // @fontsource exports no package.json; its version is in the CSS's folder.
  const fontDir = dirname(require.resolve(`${FONT_PACKAGE}/400.css`));
  const fontVersion = (JSON.parse(readFileSync(join(fontDir, 'package.json'), 'utf8')) as { version: string }).version;
  return `satori@${version('satori')} resvg@${version('@resvg/resvg-js')} ${FONT_PACKAGE}@${fontVersion}`;
}

/**
 * The font's WOFF subsets for one weight, as the package's CSS lists them (Latin first: satori falls back from
 * the first family to the others glyph by glyph). Each subset is a family of its own, since satori keeps one
 * font per family and weight.
 */
function fontSubsets(weight: 400 | 700): SatoriFont[] {
  const css = require.resolve(`${FONT_PACKAGE}/${weight}.css`);
  const files = [...readFileSync(css, 'utf8').matchAll(/url\(\.\/files\/([^)]+\.woff)\) format\('woff'\)/g)].map((m) => m[1]!);
  if (files.length < 10) throw new Error(`${css}: expected the font's WOFF subsets, found ${files.length}`);
  const latinFirst = [...files.filter((f) => /-latin-\d/.test(f)), ...files.filter((f) => !/-latin-\d/.test(f))];
  return latinFirst.map((file) => ({ name: `og-${file.replace(/-\d+-normal\.woff$/, '')}`, data: readFileSync(join(dirname(css), 'files', file)), weight, style: 'normal' }));
}

export interface CardRenderer {
  render(card: OgCard): Promise<Buffer>;
}

/** Loads the fonts once (about 4 MB of WOFF for two weights) and returns a renderer that reuses them. */
export function cardRenderer(): CardRenderer {
  const fonts = WEIGHTS.flatMap(fontSubsets);
  const family = fonts.find((f) => f.name.includes('-latin'))!.name;
  return {
    async render(card) {
      const svg = await satori(ogCardTree(card, family) as unknown as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts });
      // Rasterised on libuv's thread pool, so the next card's layout (satori, on this thread) runs meanwhile.
      const image = await renderAsync(svg, { fitTo: { mode: 'width', value: OG_WIDTH }, font: { loadSystemFonts: false } });
      return Buffer.from(image.asPng());
    },
  };
}
