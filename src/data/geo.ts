/**
 * The geometry files written by `npm run geo:build` (the `geo` collection, content/geo/). Read at build time
 * only, so no map code or geometry reaches the browser.
 */
import { getEntry } from 'astro:content';
import type { CountryCollection, IdnAreaRegions, ProvinceCollection } from '../lib/geo/types';

async function geometry<T>(id: string): Promise<T> {
  const entry = await getEntry('geo', id);
  if (!entry) throw new Error(`content/geo/${id}.json: missing; run npm run geo:build`);
  return entry.data as unknown as T;
}

export const sulutRegion = await geometry<ProvinceCollection>('sulut-region');
export const worldContext = await geometry<CountryCollection>('world-context');
export const idnAreaRegions = await geometry<IdnAreaRegions>('idn-area-regions');
