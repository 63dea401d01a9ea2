import { geoContains, geoMercator, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { mesh } from 'topojson-client';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { MAP_WIDTH, pointsOffLand } from './frame';
import { labelBox, placeTieredLabels, type Box, type TieredLabel } from './labels';
import { ISLAND_REGENCIES, regencyFeatures, regencyLand, type RegencyTopology } from './regencies';
import { scaleBar, type ScaleBar } from './scaleBar';
import type { IdnAreaRegions, LonLat, ProvinceCollection, RegencyFeature, XY } from './types';

/**
 * "mainland": the mainland regencies fill the frame and Sangihe, Sitaro and Talaud are drawn in an inset in
 * the empty sea at the top left, at their own scale (the default: at 375 px the mainland stays readable).
 * "province": everything at one scale, for maps where the islands are the subject.
 */
export type FrameKind = 'mainland' | 'province';

export interface MapGeometry {
  regencies: RegencyTopology;
  /** Neighbouring provinces and countries (Natural Earth admin-1), drawn muted. */
  region: ProvinceCollection;
  islands: IdnAreaRegions['islands'];
}

export interface RegencyShape {
  code: string;
  d: string;
  inset: boolean;
}

export interface Inset {
  box: Box;
  scale: ScaleBar & { x: number; y: number };
  /** Where the inset's title is written (top left inside the box). */
  title: XY;
}

export interface MapLayers {
  kind: FrameKind;
  width: number;
  height: number;
  neighbours: { id: string; d: string; label: { at: XY; name: Record<string, string> } | null }[];
  regencies: RegencyShape[];
  /** Borders between regencies, drawn once each (topojson mesh), in the main frame and the inset. */
  borders: string;
  /** The province's coastline and land border. */
  coast: string;
  islets: string;
  isletCount: number;
  inset: Inset | null;
  scale: ScaleBar & { x: number; y: number };
  north: XY;
  /** Projected [x, y] of a point, in the inset when the place belongs there; null when outside the frame. */
  point: (lonLat: LonLat, region?: string) => XY | null;
  /** Whether a point or region is drawn in the inset. */
  inInset: (lonLat: LonLat, region?: string) => boolean;
  /** Bounds for labels of places drawn in the inset, or the whole frame. */
  labelBounds: (inset: boolean) => Box;
  /** Areas labels must not cover, at a given font size (scale bars and their text, north arrow, inset title). */
  obstacles: (fontSize: number) => Box[];
  /** The inset's box, which labels of the main frame must keep clear of (null without an inset). */
  labelAvoid: (inset: boolean) => Box | null;
  /** Bounding box of the mainland's land in SVG units (the e2e test compares its width with the frame's). */
  mainlandBox: Box;
}

const PAD = 12;
const r1 = (n: number) => Math.round(n * 10) / 10;

function fitted(target: GeoPermissibleObjects, box: Box, pad: number): GeoProjection {
  return geoMercator()
    .fitExtent([[box.x0 + pad, box.y0 + pad], [box.x1 - pad, box.y1 - pad]], target)
    .clipExtent([[box.x0, box.y0], [box.x1, box.y1]]);
}

/** Height of a frame that fits `target` at `width` with padding. */
function heightFor(target: GeoPermissibleObjects, width: number, pad: number): number {
  const [[x0, y0], [x1, y1]] = geoPath(geoMercator()).bounds(target);
  return Math.round(((y1 - y0) / (x1 - x0)) * (width - 2 * pad) + 2 * pad);
}

/**
 * The largest inset box anchored at the top left whose area holds no mainland land (sampled every 4 units,
 * plus a margin): the islands' box is as tall as the empty sea allows, with the islands' aspect ratio.
 */
function insetBox(main: GeoProjection, mainland: MultiPolygon, islandsAspect: number, height: number): Box {
  const land = (x: number, y: number) => geoContains(mainland, main.invert!([x, y]) as LonLat);
  const margin = 10;
  for (let h = Math.round(height * 0.8); h >= 80; h -= 4) {
    const w = Math.round((h - 2 * PAD) / islandsAspect + 2 * PAD);
    let clear = true;
    for (let x = 0; x <= w + margin && clear; x += 4) for (let y = 0; y <= h + margin && clear; y += 4) if (land(x, y)) clear = false;
    if (clear) return { x0: 6, y0: 6, x1: 6 + w, y1: 6 + h };
  }
  throw new Error('mapLayers: no room for the islands inset in the mainland frame');
}

/** Build-time geometry for every regency map: frame, inset, regency paths, borders, neighbours, scale. */
export function mapLayers(geo: MapGeometry, kind: FrameKind = 'mainland', width = MAP_WIDTH): MapLayers {
  const all = regencyFeatures(geo.regencies);
  const isIsland = (code: string) => ISLAND_REGENCIES.includes(code);
  const mainFeatures: FeatureCollection<MultiPolygon> = kind === 'mainland' ? { type: 'FeatureCollection', features: all.features.filter((f) => !isIsland(String(f.id))) } : all;
  const islandFeatures: FeatureCollection<MultiPolygon> = { type: 'FeatureCollection', features: all.features.filter((f) => isIsland(String(f.id))) };
  // The mainland frame leaves a band of sea at the top so the inset can be tall enough to read.
  const extraTop = kind === 'mainland' ? Math.round(width * 0.12) : 0;
  const height = heightFor(mainFeatures, width, PAD) + extraTop + 24;
  const mainBox: Box = { x0: 0, y0: 0, x1: width, y1: height };
  const main = fitted(mainFeatures, { x0: 0, y0: extraTop, x1: width, y1: height - 24 }, PAD).clipExtent([[0, 0], [width, height]]);
  const mainPath = geoPath(main).digits(1);

  const mainland = regencyLand(geo.regencies, (code) => !isIsland(code));
  const aspect = heightFor(islandFeatures, 1000, 0) / 1000;
  const box = kind === 'mainland' ? insetBox(main, mainland, aspect, height) : null;
  const insetProjection = box ? fitted(islandFeatures, { ...box, y0: box.y0 + 28, y1: box.y1 - 26 }, 6) : null;
  const insetPath = insetProjection ? geoPath(insetProjection).digits(1) : null;

  const inInset = (lonLat: LonLat, region?: string) => kind === 'mainland' && (region ? isIsland(region) : lonLat[1] > 2.0);
  const projectionFor = (lonLat: LonLat, region?: string) => (inInset(lonLat, region) ? insetProjection! : main);
  const point = (lonLat: LonLat, region?: string): XY | null => {
    const xy = projectionFor(lonLat, region)(lonLat);
    if (!xy) return null;
    const at: XY = [r1(xy[0]), r1(xy[1])];
    const within = inInset(lonLat, region) ? box! : mainBox;
    return at[0] >= within.x0 && at[0] <= within.x1 && at[1] >= within.y0 && at[1] <= within.y1 ? at : null;
  };

  const regencies: RegencyShape[] = all.features.map((f: RegencyFeature) => {
    const code = String(f.id);
    const inset = kind === 'mainland' && isIsland(code);
    return { code, inset, d: (inset ? insetPath! : mainPath)(f) ?? '' };
  });
  const object = geo.regencies.objects.regencies;
  const inner = (a: { id?: string | number }, b: { id?: string | number }) => a !== b;
  const outer = (a: unknown, b: unknown) => a === b;
  const borderMesh = mesh(geo.regencies as never, object as never, inner as never);
  const coastMesh = mesh(geo.regencies as never, object as never, outer as never);
  const both = (object: GeoPermissibleObjects) => (mainPath(object) ?? '') + (insetPath ? (insetPath(object) ?? '') : '');
  const borders = both(borderMesh);
  const coast = both(coastMesh);

  const clippedArea = geoPath(main);
  const neighbours = geo.region.features
    .filter((f) => !f.properties.focus)
    .map((f) => {
      const d = mainPath(f) ?? '';
      const [cx, cy] = clippedArea.centroid(f);
      const visible = clippedArea.area(f) > 4000 && f.properties.country === 'IDN' && Number.isFinite(cx) && cx > 40 && cx < width - 40 && cy > 40 && cy < height - 40;
      return { id: String(f.id), d, label: visible ? { at: [Math.round(cx), Math.round(cy)] as XY, name: f.properties.name } : null };
    })
    .filter((n) => n.d !== '');

  const offLand = pointsOffLand(geo.islands, { type: 'GeometryCollection', geometries: all.features.map((f) => f.geometry) });
  const isletPoints = offLand.map((i) => point([i.lon, i.lat], i.regency ?? undefined)).filter((xy): xy is XY => xy !== null);
  const islets = isletPoints.map(([x, y]) => `M${x} ${y}h0`).join('');

  const bar = (projection: GeoProjection, at: XY, maxPx: number) => scaleBar(projection, projection.invert!(at) as LonLat, maxPx);
  const scale = { ...bar(main, [width / 2, height / 2], width / 4), x: width - PAD - width / 4 - 8, y: height - 14 };
  const inset: Inset | null = box
    ? { box, title: [box.x0 + 8, box.y0 + 6], scale: { ...bar(insetProjection!, [(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2], (box.x1 - box.x0) * 0.45), x: box.x0 + 10, y: box.y1 - 10 } }
    : null;
  const north: XY = [width - 24, 30];

  const [[mx0, my0], [mx1, my1]] = mainPath.bounds(mainland);
  // Furniture labels must not cover: each scale bar with its text above it, the north arrow with its letter,
  // and the inset's title. The inset box itself is kept clear of main-frame labels by `labelAvoid`.
  const scaleBoxes = (s: ScaleBar & { x: number; y: number }, fontSize: number): Box[] => [
    { x0: s.x - 4, y0: s.y - 8, x1: s.x + s.px + 4, y1: s.y + 2 },
    labelBox(s.x + s.px / 2, s.y - 7, 'middle', 'text-after-edge', '0000 km', fontSize),
  ];
  const obstacles = (fontSize: number): Box[] => [
    ...scaleBoxes(scale, fontSize),
    { x0: north[0] - 10, y0: north[1] - 20, x1: north[0] + 10, y1: north[1] + 6 + fontSize * 1.15 },
    ...(inset ? [...scaleBoxes(inset.scale, fontSize), labelBox(inset.title[0], inset.title[1], 'start', 'text-before-edge', 'Sangihe', fontSize)] : []),
  ];
  return {
    kind,
    width,
    height,
    neighbours,
    regencies,
    borders,
    coast,
    islets,
    isletCount: offLand.length,
    inset,
    scale,
    north,
    point,
    inInset,
    labelBounds: (wantInset) => (wantInset && inset ? inset.box : mainBox),
    labelAvoid: (wantInset) => (inset && !wantInset ? inset.box : null),
    obstacles,
    mainlandBox: { x0: r1(mx0), y0: r1(my0), x1: r1(mx1), y1: r1(my1) },
  };
}

export interface LabelItem {
  text: string;
  at: XY;
  /** Radius of the marker the label belongs to (0 for an area label such as a neighbour's name). */
  radius: number;
  inset: boolean;
  /** Extra class for the <text> (e.g. "neighbour-label"). */
  className?: string;
  /** What the label names (a place id), written as data-for so tests can pair labels with markers. */
  for?: string;
  /** Key number written instead of the text when the text finds no room (listed under the map). */
  fallback?: string;
}

export type LaidOutLabel = LabelItem & { placed: TieredLabel };

/**
 * Places labels for a map in the given order (most important first): labels of inset places stay in the
 * inset, the others stay out of it, none covers a marker or the map furniture. Dropped labels are omitted.
 */
export function layoutLabels(layers: MapLayers, items: readonly LabelItem[]): LaidOutLabel[] {
  const placed = placeTieredLabels(
    items.map(({ at, text, radius, fallback }) => ({ at, text, radius, fallback })),
    [layers.width, layers.height],
    {
      leaders: true,
      obstacles: layers.obstacles,
      boundsOf: (i) => layers.labelBounds(items[i]!.inset),
      avoidOf: (i) => layers.labelAvoid(items[i]!.inset),
    },
  );
  return items.flatMap((item, i) => (placed[i] ? [{ ...item, placed: placed[i]! }] : []));
}
