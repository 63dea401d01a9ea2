import { geoPath } from 'd3-geo';
import type { Lang } from '../../i18n/index';
import { MAP_WIDTH, fittedHeight, mercatorFrame, pointsOffLand, type Frame } from './frame';
import { scaleBar, type ScaleBar } from './scaleBar';
import type { IdnAreaRegions, ProvinceCollection, ProvinceFeature, XY } from './types';

export interface ProvinceLayers {
  frame: Frame;
  province: ProvinceFeature;
  /** Path data of North Sulawesi's land. */
  land: string;
  /** Neighbouring provinces and countries, muted; labelled only where enough of them is in view. */
  neighbours: { id: string; d: string; label: { x: number; y: number; text: string } | null }[];
  /** Small islands (idn-area-data) that the simplified outline leaves in the sea, as one path of dots. */
  islets: string;
  isletCount: number;
  scale: ScaleBar & { x: number; y: number };
  north: XY;
}

const PADDING: [number, number, number, number] = [20, 20, 44, 20];

/**
 * Everything static about the province map: a Mercator frame fitted to North Sulawesi, its land, the
 * neighbours (clipped to the frame so the SVG stays small), islets, a computed scale bar and a north arrow.
 */
export function provinceLayers(region: ProvinceCollection, islands: IdnAreaRegions['islands'], lang: Lang, width = MAP_WIDTH): ProvinceLayers {
  const province = region.features.find((f) => f.properties.focus) as ProvinceFeature | undefined;
  if (!province) throw new Error('content/geo/sulut-region.json: no feature marked focus (North Sulawesi); run npm run geo:build');
  const height = fittedHeight(province, width, 20) + PADDING[2] - 20;
  const frame = mercatorFrame(province, width, height, PADDING);
  frame.projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const clipped = geoPath(frame.projection);

  const neighbours = region.features
    .filter((f) => !f.properties.focus)
    .map((f) => {
      const d = frame.path(f);
      const area = clipped.area(f);
      const [cx, cy] = clipped.centroid(f);
      const visible = area > 2500 && f.properties.country === 'IDN' && Number.isFinite(cx) && frame.inView([cx, cy], -30);
      return { id: f.id as string, d, label: visible ? { x: Math.round(cx), y: Math.round(cy), text: f.properties.name[lang] } : null };
    })
    .filter((n) => n.d !== '');

  const offLand = pointsOffLand(islands, province);
  const islets = offLand
    .map((i) => frame.point([i.lon, i.lat]))
    .filter((xy): xy is XY => xy !== null && frame.inView(xy))
    .map(([x, y]) => `M${x} ${y}h0`)
    .join('');

  const scaleAt = frame.projection.invert!([width / 2, height / 2]) as [number, number];
  const bar = scaleBar(frame.projection, scaleAt, width / 4);
  return {
    frame,
    province,
    land: frame.path(province),
    neighbours,
    islets,
    isletCount: offLand.length,
    scale: { ...bar, x: 20, y: height - 22 },
    north: [width - 28, 34],
  };
}
