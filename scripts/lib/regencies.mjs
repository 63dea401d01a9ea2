/**
 * Regency and city boundaries of North Sulawesi: from the raw SQL dump of cahyadsn/wilayah_boundaries
 * (content/geo/raw/, MIT) to a small TopoJSON file the maps read (content/geo/regencies.topo.json).
 *
 * The dump writes coordinates [latitude, longitude] and does not guarantee ring winding, so every ring is
 * swapped to GeoJSON's [longitude, latitude] and rewound for d3-geo (exterior rings clockwise). The
 * topology is built from the rewound polygons so neighbouring regencies share their border arcs, simplified
 * on those arcs (Visvalingam, topology-preserving: a shared border is simplified once, so no gaps or slivers
 * open between regencies) and quantized. Pure and deterministic: the same input gives the same bytes, which
 * regencies.test.mjs checks against the committed file on every test run.
 */
import { topology } from 'topojson-server';
import { presimplify, simplify, filter, planarRingArea } from 'topojson-simplify';
import { feature, quantize } from 'topojson-client';
import { rewindPolygon } from './geo-tools.mjs';

/** Raw input and output, relative to the project root. */
export const REGENCY_SOURCE = 'content/geo/raw/wilayah_boundaries_kab_71.sql';
export const REGENCY_OUTPUT = 'content/geo/regencies.topo.json';

/**
 * Simplification settings. Weights are triangle areas in square degrees: 2e-6 deg² is a triangle of about
 * 0.4 × 0.4 px on the 640-unit mainland map (1 px ≈ 0.0036°), so nothing a reader can see is lost.
 * Islets under 1e-5 deg² (about 0.1 km²) are dropped unless they are a regency's only land; the idn-area-data
 * islets layer marks small islands instead. Quantization 1e4 over the province's 4 × 5.3° box is ~50 m.
 */
export const REGENCY_SETTINGS = { minWeight: 2e-6, minRingArea: 1e-5, quantization: 1e4 };

/**
 * Rows of `INSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES (…),(…);` as
 * { code, name, label: [lon, lat], coordinates: MultiPolygon in [lat, lon] as written (a Polygon row is wrapped) }.
 * Throws with the row number when a row cannot be read, so a changed dump fails loudly.
 */
export function parseWilayahSql(text) {
  const statement = 'INSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES';
  const rows = [];
  const row = /\s*\('(\d{2}\.\d{2})','([^']+)',(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?),'(\[[\d.,\[\]\s-]+\])'\)\s*([,;])/y;
  for (let at = text.indexOf(statement); at !== -1; at = text.indexOf(statement, row.lastIndex)) {
    row.lastIndex = at + statement.length;
    for (;;) {
      const match = row.exec(text);
      if (!match) throw new Error(`row ${rows.length + 1} cannot be read (expected ('kode','nama',lat,lng,'[[[[lat,lng],…]]]'))`);
      const [, code, name, lat, lng, path, end] = match;
      const coordinates = JSON.parse(path);
      // Most rows are multipolygons; a few are written as a single polygon (one level less deep).
      rows.push({ code, name, label: [Number(lng), Number(lat)], coordinates: typeof coordinates[0][0][0] === 'number' ? [coordinates] : coordinates });
      if (end === ';') break;
    }
  }
  if (!rows.length) throw new Error(`no "${statement}" statement`);
  return rows;
}

/** [lat, lng] → [lng, lat] for every point of a MultiPolygon, then rewound for d3-geo. */
export function toGeoJsonMultiPolygon(latLngMultiPolygon) {
  return {
    type: 'MultiPolygon',
    coordinates: latLngMultiPolygon.map((polygon) => rewindPolygon(polygon.map((ring) => ring.map(([lat, lng]) => [lng, lat])))),
  };
}

/**
 * The TopoJSON file content: one object `regencies`, a GeometryCollection of 15 MultiPolygons with
 * id = official code and properties { label: [lon, lat] } (the dump's label point). Names come from
 * content/regions.json, which geo:build checks against idn-area-data.
 */
export function regencyTopology(rows, settings = REGENCY_SETTINGS) {
  const features = [...rows]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((r) => ({ type: 'Feature', id: r.code, properties: { label: r.label }, geometry: toGeoJsonMultiPolygon(r.coordinates) }));
  // Quantize first so that borders two regencies share are detected as one arc even where the dump's
  // coordinates differ in the last digits.
  const built = topology({ regencies: { type: 'FeatureCollection', features } }, 1e6);
  const weighted = presimplify(built);
  // Islets under the threshold go; a regency's largest ring always stays, however small (Tomohon is inland).
  const ringArea = (ring) => planarRingArea(feature(weighted, { type: 'Polygon', arcs: [ring] }).geometry.coordinates[0]);
  const mainRings = new Set(
    weighted.objects.regencies.geometries.map((g) => g.arcs.map((polygon) => polygon[0]).reduce((a, b) => (ringArea(b) > ringArea(a) ? b : a)).join(',')),
  );
  const filtered = filter(weighted, (ring) => mainRings.has(ring.join(',')) || ringArea(ring) >= settings.minRingArea);
  const simplified = simplify(filtered, settings.minWeight);
  const out = quantize(simplified, settings.quantization);
  out.objects.regencies.geometries.forEach((g) => (g.properties = { label: g.properties.label.map((x) => Math.round(x * 1e5) / 1e5) }));
  delete out.bbox;
  return out;
}

/** The file text written for a topology: compact JSON with a final newline. */
export const topologyText = (topo) => JSON.stringify(topo) + '\n';
