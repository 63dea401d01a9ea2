/**
 * The geometry files written by `npm run geo:build` (content/geo/). They are static inputs, not
 * collections: imported at build time only, so no map code or geometry reaches the browser.
 */
import regenciesJson from '../../content/geo/regencies.topo.json';
import idnAreaJson from '../../content/geo/idn-area-regions.json';
import regionJson from '../../content/geo/sulut-region.json';
import worldJson from '../../content/geo/world-context.json';
import type { RegencyTopology } from '../lib/geo/regencies';
import { mapLayers, type FrameKind, type MapGeometry, type MapLayers } from '../lib/geo/mapLayers';
import type { CountryCollection, IdnAreaRegions, ProvinceCollection } from '../lib/geo/types';

export const sulutRegion = regionJson as unknown as ProvinceCollection;
export const worldContext = worldJson as unknown as CountryCollection;
export const idnAreaRegions = idnAreaJson as unknown as IdnAreaRegions;
export const regencyTopology = regenciesJson as unknown as RegencyTopology;

/** Everything a regency map is drawn from (src/lib/geo/mapLayers.ts). */
export const mapGeometry: MapGeometry = { regencies: regencyTopology, region: sulutRegion, islands: idnAreaRegions.islands };

const layersMemo = new Map<FrameKind, MapLayers>();
/** Map layers per frame kind, computed once per build (the geometry never changes during a build). */
export function layersFor(kind: FrameKind = 'mainland'): MapLayers {
  let layers = layersMemo.get(kind);
  if (!layers) layersMemo.set(kind, (layers = mapLayers(mapGeometry, kind)));
  return layers;
}
