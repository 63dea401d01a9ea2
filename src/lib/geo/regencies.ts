import { geoContains, geoDistance } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import type { MultiPolygon } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { EARTH_RADIUS_KM } from './route';
import type { LonLat, RegencyCollection, RegencyFeature } from './types';

/** content/geo/regencies.topo.json as geo:build writes it (scripts/lib/regencies.mjs). */
export type RegencyTopology = Topology<{ regencies: GeometryCollection<{ label: LonLat }> }>;

/** Codes of the three island regencies north of the mainland (Sangihe, Talaud, Sitaro): drawn in the inset. */
export const ISLAND_REGENCIES: readonly string[] = ['71.03', '71.04', '71.09'];

/** A regency or city code of North Sulawesi: 71.01 … 71.74 (never the province, another province or a country). */
export const isRegencyCode = (code: string) => /^71\.\d{2}$/.test(code);

/** The 15 regencies and cities as GeoJSON features (id = official code), sorted by code. */
export function regencyFeatures(topology: RegencyTopology): RegencyCollection {
  const fc = feature(topology, topology.objects.regencies) as unknown as RegencyCollection;
  return { type: 'FeatureCollection', features: [...fc.features].sort((a, b) => String(a.id).localeCompare(String(b.id))) };
}

/** The land of a set of regencies as one MultiPolygon (inner borders dissolved along shared arcs). */
export function regencyLand(topology: RegencyTopology, codes: (code: string) => boolean): MultiPolygon {
  return merge(topology as never, topology.objects.regencies.geometries.filter((g) => codes(String(g.id))) as never) as MultiPolygon;
}

/** Distance in km from a point to the nearest edge of a feature's rings (0 when the point is inside). */
export function distanceToFeatureKm(f: RegencyFeature, point: LonLat): number {
  if (geoContains(f, point)) return 0;
  let best = Infinity;
  for (const polygon of f.geometry.coordinates) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) best = Math.min(best, segmentDistanceKm(ring[i - 1] as LonLat, ring[i] as LonLat, point));
    }
  }
  return best;
}

/** Point-to-segment distance on a local equirectangular plane: exact enough for a few km near the equator. */
function segmentDistanceKm(a: LonLat, b: LonLat, p: LonLat): number {
  const k = Math.cos((p[1] * Math.PI) / 180);
  const [ax, ay, bx, by, px, py] = [a[0] * k, a[1], b[0] * k, b[1], p[0] * k, p[1]];
  const dx = bx - ax;
  const dy = by - ay;
  const t = dx || dy ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy))) : 0;
  const nearest: LonLat = [(ax + t * dx) / k, ay + t * dy];
  return geoDistance(nearest, p) * EARTH_RADIUS_KM;
}

/** Feature by code; throws with the file name when the boundary file lacks it. */
export function regencyFeature(regencies: RegencyCollection, code: string): RegencyFeature {
  const found = regencies.features.find((f) => f.id === code);
  if (!found) throw new Error(`content/geo/regencies.topo.json: no boundary for region ${code}; run npm run geo:build`);
  return found;
}
