import { geoDistance, type GeoProjection } from 'd3-geo';
import { EARTH_RADIUS_KM } from './route';
import type { LonLat } from './types';

export interface ScaleBar {
  km: number;
  px: number;
}

/**
 * A scale bar valid at `at` (Mercator's scale changes with latitude): measures how many kilometres one
 * pixel spans there, then picks the longest "nice" length (1, 2 or 5 × 10ⁿ km) that fits in `maxPx`.
 */
export function scaleBar(projection: GeoProjection, at: LonLat, maxPx: number): ScaleBar {
  const origin = projection(at);
  if (!origin) throw new Error(`scaleBar: ${at.join(', ')} cannot be projected`);
  const sample = 100;
  const east = projection.invert?.([origin[0] + sample, origin[1]]);
  if (!east) throw new Error('scaleBar: the projection cannot be inverted');
  const kmPerPx = (geoDistance(at, east as LonLat) * EARTH_RADIUS_KM) / sample;
  const budget = maxPx * kmPerPx;
  const magnitude = 10 ** Math.floor(Math.log10(budget));
  const km = [5, 2, 1].map((m) => m * magnitude).find((k) => k <= budget) ?? magnitude;
  return { km, px: km / kmPerPx };
}
