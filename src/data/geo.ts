/**
 * The geometry files written by `npm run geo:build` (the `geo` collection, content/geo/). Read at build time
 * only, so no map code or geometry reaches the browser.
 */
import { getEntry } from 'astro:content';
import type { RegencyTopology } from '../lib/geo/regencies';
import { mapLayers, type FrameKind, type MapGeometry, type MapLayers } from '../lib/geo/mapLayers';
import type { CountryCollection, IdnAreaRegions, ProvinceCollection } from '../lib/geo/types';

async function geometry<T>(id: string): Promise<T> {
  const entry = await getEntry('geo', id);
  if (!entry) throw new Error(`content/geo/${id}.json: missing; run npm run geo:build`);
  return entry.data as unknown as T;
}

export const sulutRegion = await geometry<ProvinceCollection>('sulut-region');
export const worldContext = await geometry<CountryCollection>('world-context');
export const idnAreaRegions = await geometry<IdnAreaRegions>('idn-area-regions');
export const regencyTopology = await geometry<RegencyTopology>('regencies.topo');

/** Everything a regency map is drawn from (src/lib/geo/mapLayers.ts). */
export const mapGeometry: MapGeometry = { regencies: regencyTopology, region: sulutRegion, islands: idnAreaRegions.islands };

const layersMemo = new Map<FrameKind, MapLayers>();
/** Map layers per frame kind, computed once per build (the geometry never changes during a build). */
export function layersFor(kind: FrameKind = 'mainland'): MapLayers {
  let layers = layersMemo.get(kind);
  if (!layers) layersMemo.set(kind, (layers = mapLayers(mapGeometry, kind)));
  return layers;
}
