import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Lang } from '~/i18n/index';

export type LonLat = [number, number];
export type XY = [number, number];

/** A feature of content/geo/sulut-region.json (Natural Earth admin-1, clipped and rewound by geo:build). */
export type ProvinceFeature = Feature<Polygon | MultiPolygon, { iso: string; country: string; focus: boolean; name: Record<Lang, string>; label: LonLat | null }>;
export type ProvinceCollection = FeatureCollection<Polygon | MultiPolygon, ProvinceFeature['properties']>;

/** A feature of content/geo/world-context.json (world-atlas countries, clipped to East and Southeast Asia). */
export type CountryFeature = Feature<Polygon | MultiPolygon, { name: string; focus: 'ID' | 'PH' | 'JP' | null }>;
export type CountryCollection = FeatureCollection<Polygon | MultiPolygon, CountryFeature['properties']>;

/** content/geo/idn-area-regions.json */
export interface IdnAreaRegions {
  source: string;
  license: string;
  province: { code: string; name: string };
  /** Every province of Indonesia (codes 11–96), for checking content/regions.json. */
  provinces: { code: string; name: string }[];
  regencies: { code: string; name: string }[];
  islands: { code: string; regency: string | null; name: string; lon: number; lat: number; populated: boolean; outermost: boolean }[];
}

/** A regency or city of content/geo/regencies.topo.json as GeoJSON (id = official code such as "71.72"). */
export type RegencyFeature = Feature<MultiPolygon, { label: LonLat }>;
export type RegencyCollection = FeatureCollection<MultiPolygon, { label: LonLat }>;
