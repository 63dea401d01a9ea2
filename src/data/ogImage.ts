/**
 * A page's social preview image: its card's address, content-addressed by a hash of the card and the renderer
 * (src/lib/og/card.ts), so an unchanged card is drawn once and then served from the build cache. A card not yet
 * in the cache is left, as JSON, for the build step that draws it (src/integrations/ogImages.ts), which also
 * fails the build if any page names an image it cannot draw.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ogAlt, ogCardKey, type OgCard } from '../lib/og/card';

export interface OgImage {
  /** Site path of the PNG, without the base ("og/<key>.png"). */
  path: string;
  alt: string;
}

export function ogImage(card: OgCard): OgImage {
  const renderer: string | undefined = import.meta.env.ATLAS_OG_RENDERER;
  const cache: string | undefined = import.meta.env.ATLAS_OG_CACHE;
  if (!renderer || !cache) throw new Error('ogImage: the og-images integration is not configured (astro.config.mjs)');
  const key = ogCardKey(card, renderer);
  const cards = join(cache, 'cards');
  if (!existsSync(join(cache, `${key}.png`)) && !existsSync(join(cards, `${key}.json`))) {
    mkdirSync(cards, { recursive: true });
    writeFileSync(join(cards, `${key}.json`), JSON.stringify(card));
  }
  return { path: `og/${key}.png`, alt: ogAlt(card) };
}
