import { geoDistance, geoInterpolate } from 'd3-geo';
import type { LineString } from 'geojson';
import type { LonLat } from './types';

/** Mean Earth radius (IUGG), the usual constant for great-circle distances. */
export const EARTH_RADIUS_KM = 6371;

/** Great-circle distance between two [lon, lat] points, in kilometres. */
export function greatCircleKm(from: LonLat, to: LonLat): number {
  return geoDistance(from, to) * EARTH_RADIUS_KM;
}

/**
 * The great circle from `from` to `to` as a LineString with `steps` segments. d3's geoPath would also
 * bend a two-point line along the sphere; explicit points keep the line smooth under any projection.
 */
export function greatCircle(from: LonLat, to: LonLat, steps = 48): LineString {
  const at = geoInterpolate(from, to);
  const coordinates = Array.from({ length: steps + 1 }, (_, i) => at(i / steps) as LonLat);
  return { type: 'LineString', coordinates };
}

/** Rounds a computed distance for display: to 10 km, since the airport points are not survey-exact. */
export const roundDistanceKm = (km: number) => Math.round(km / 10) * 10;
