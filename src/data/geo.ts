/**
 * The geometry files written by `npm run geo:build` (content/geo/). They are static inputs, not
 * collections: imported at build time only, so no map code or geometry reaches the browser.
 */
import idnAreaJson from '../../content/geo/idn-area-regions.json';
import regionJson from '../../content/geo/sulut-region.json';
import worldJson from '../../content/geo/world-context.json';
import type { CountryCollection, IdnAreaRegions, ProvinceCollection } from '../lib/geo/types';

export const sulutRegion = regionJson as unknown as ProvinceCollection;
export const worldContext = worldJson as unknown as CountryCollection;
export const idnAreaRegions = idnAreaJson as unknown as IdnAreaRegions;
