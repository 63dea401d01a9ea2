import { geoContains, geoMercator, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { LonLat, XY } from './types';

/** Width of every map's SVG coordinate system; the SVG scales to its container. */
export const MAP_WIDTH = 640;

export interface Frame {
  width: number;
  height: number;
  projection: GeoProjection;
  /** SVG path data for a GeoJSON object, rounded to 0.1 px to keep the HTML small. */
  path: (object: GeoPermissibleObjects) => string;
  /** Projected position rounded to 0.1 px, or null when the point cannot be projected. */
  point: (lonLat: LonLat) => XY | null;
  /** Whether a projected point lies inside the SVG's viewBox. */
  inView: (xy: XY, margin?: number) => boolean;
}

/**
 * A Mercator frame fitted to `target` with `padding` px on each side. Mercator keeps shapes and north up,
 * which suits a province near the equator and a route from the equator to 36°N alike.
 */
export function mercatorFrame(target: GeoPermissibleObjects, width: number, height: number, padding: number | [number, number, number, number]): Frame {
  const [top, right, bottom, left] = typeof padding === 'number' ? [padding, padding, padding, padding] : padding;
  const projection = geoMercator().fitExtent(
    [
      [left, top],
      [width - right, height - bottom],
    ],
    target,
  );
  const pathGenerator = geoPath(projection).digits(1);
  const r = (n: number) => Math.round(n * 10) / 10;
  return {
    width,
    height,
    projection,
    path: (object) => pathGenerator(object) ?? '',
    point: (lonLat) => {
      const xy = projection(lonLat);
      return xy ? [r(xy[0]), r(xy[1])] : null;
    },
    inView: ([x, y], margin = 0) => x >= -margin && y >= -margin && x <= width + margin && y <= height + margin,
  };
}

/** Height that gives `target` the same aspect ratio as its Mercator projection at `width`, plus padding. */
export function fittedHeight(target: GeoPermissibleObjects, width: number, padding: number): number {
  const [[x0, y0], [x1, y1]] = geoPath(geoMercator()).bounds(target);
  return Math.round(((y1 - y0) / (x1 - x0)) * (width - 2 * padding) + 2 * padding);
}

/** Points that fall in the sea of `land` (e.g. small islands the simplified outline leaves out). */
export function pointsOffLand<T extends { lon: number; lat: number }>(points: readonly T[], land: GeoPermissibleObjects): T[] {
  return points.filter((p) => !geoContains(land, [p.lon, p.lat]));
}
