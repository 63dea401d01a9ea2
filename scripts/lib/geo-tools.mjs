/**
 * Pure helpers for scripts/geo-build.mjs: clipping, simplifying, rounding and rewinding GeoJSON rings,
 * reading idn-area-data's DMS coordinates, and checking content/regions.json against idn-area-data.
 * Plain JavaScript run by Node 22 (which also strips the types of the one TypeScript module it imports,
 * the site's CSV parser); tested in geo-tools.test.mjs.
 */

import { parseCsv as parseCsvRows } from '../../src/lib/data/csvRead.ts';

/** Twice the signed planar area of a ring in lon/lat; positive when the ring runs anticlockwise (north up). */
export function ringSignedArea2(ring) {
  let sum = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[(i + 1) % n];
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

/**
 * d3-geo treats polygons as spherical and wants exterior rings clockwise and holes anticlockwise
 * (the opposite of RFC 7946). A wrongly wound ring fills the whole globe except the shape, so every
 * polygon is rewound here; the test checks the result with d3's own geoArea.
 */
export function rewindPolygon(rings) {
  return rings.map((ring, i) => {
    const clockwise = ringSignedArea2(ring) < 0;
    const wantClockwise = i === 0;
    return clockwise === wantClockwise ? ring : [...ring].reverse();
  });
}

export function rewindGeometry(geometry) {
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: rewindPolygon(geometry.coordinates) };
  if (geometry.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(rewindPolygon) };
  return geometry;
}

/** Sutherland–Hodgman clip of one ring to a lon/lat box [west, south, east, north]; [] when nothing is left. */
export function clipRing(ring, [west, south, east, north]) {
  const edges = [
    [(p) => p[0] >= west, (a, b) => cross(a, b, 0, west)],
    [(p) => p[0] <= east, (a, b) => cross(a, b, 0, east)],
    [(p) => p[1] >= south, (a, b) => cross(a, b, 1, south)],
    [(p) => p[1] <= north, (a, b) => cross(a, b, 1, north)],
  ];
  let output = openRing(ring);
  for (const [inside, intersect] of edges) {
    const input = output;
    output = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i];
      const previous = input[(i + input.length - 1) % input.length];
      if (inside(current)) {
        if (!inside(previous)) output.push(intersect(previous, current));
        output.push(current);
      } else if (inside(previous)) {
        output.push(intersect(previous, current));
      }
    }
    if (output.length === 0) return [];
  }
  return output.length >= 3 ? closeRing(output) : [];
}

function cross(a, b, axis, value) {
  const t = (value - a[axis]) / (b[axis] - a[axis]);
  const other = 1 - axis;
  const point = [];
  point[axis] = value;
  point[other] = a[other] + t * (b[other] - a[other]);
  return point;
}

const openRing = (ring) => (samePoint(ring[0], ring.at(-1)) ? ring.slice(0, -1) : ring.slice());
const closeRing = (ring) => [...ring, ring[0]];
const samePoint = (a, b) => a[0] === b[0] && a[1] === b[1];

/** Douglas–Peucker simplification in degrees; keeps the ring closed. */
export function simplifyRing(ring, tolerance) {
  if (ring.length <= 4 || tolerance <= 0) return ring;
  const keep = new Uint8Array(ring.length);
  keep[0] = keep[ring.length - 1] = 1;
  const stack = [[0, ring.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop();
    let maxDistance = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance(ring[i], ring[first], ring[last]);
      if (d > maxDistance) [maxDistance, index] = [d, i];
    }
    if (index !== -1 && maxDistance > tolerance) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return ring.filter((_, i) => keep[i]);
}

function segmentDistance(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Rounds coordinates and drops points that rounding made identical to their neighbour. */
export function roundRing(ring, decimals) {
  const f = 10 ** decimals;
  const out = [];
  for (const [x, y] of ring) {
    const p = [Math.round(x * f) / f, Math.round(y * f) / f];
    if (!out.length || !samePoint(out.at(-1), p)) out.push(p);
  }
  return out;
}

/**
 * Clips, simplifies and rounds a Polygon or MultiPolygon. Rings smaller than `minArea` square degrees are
 * dropped (so are holes whose exterior was dropped). Returns null when nothing is left.
 */
export function reduceGeometry(geometry, { bbox, tolerance, decimals, minArea = 0 }) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  const kept = [];
  for (const polygon of polygons) {
    const rings = [];
    for (const [i, ring] of polygon.entries()) {
      let r = bbox ? clipRing(ring, bbox) : ring;
      if (r.length < 4) {
        if (i === 0) break;
        continue;
      }
      r = roundRing(simplifyRing(r, tolerance), decimals);
      if (r.length < 4 || Math.abs(ringSignedArea2(r)) / 2 < minArea) {
        if (i === 0) break;
        continue;
      }
      rings.push(r);
    }
    if (rings.length) kept.push(rewindPolygon(rings));
  }
  if (!kept.length) return null;
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] } : { type: 'MultiPolygon', coordinates: kept };
}

/** [west, south, east, north] of a Polygon or MultiPolygon. */
export function geometryBbox(geometry) {
  const points = geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.coordinates.flat(2);
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return [w, s, e, n];
}

export const bboxesOverlap = (a, b) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

/**
 * idn-area-data writes island positions as DMS: `03°19'03.44" N 097°07'41.73" E`. Returns [lon, lat]
 * in decimal degrees, or throws with the text that could not be read.
 */
export function parseDms(text) {
  const match = /^\s*(\d+)°(\d+)'([\d.]+)"\s*([NS])\s+(\d+)°(\d+)'([\d.]+)"\s*([EW])\s*$/.exec(text);
  if (!match) throw new Error(`cannot read the DMS coordinate "${text}"`);
  const [, latD, latM, latS, ns, lonD, lonM, lonS, ew] = match;
  const lat = (Number(latD) + Number(latM) / 60 + Number(latS) / 3600) * (ns === 'S' ? -1 : 1);
  const lon = (Number(lonD) + Number(lonM) / 60 + Number(lonS) / 3600) * (ew === 'W' ? -1 : 1);
  return [lon, lat];
}

/**
 * idn-area-data's CSV as objects keyed by the header (its DMS field is quoted and itself contains quotes).
 * Tokenising is the site's own RFC 4180 parser; Node 22 runs the TypeScript module directly.
 */
export function parseCsv(text) {
  const [header, ...body] = parseCsvRows(text).filter((r) => r.length > 1 || r[0] !== '');
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/**
 * Compares content/regions.json with the official list (idn-area-data): every Indonesian code must exist with
 * the same name, and every official regency of the province (and, when the list holds them, every province)
 * must be listed. National scopes and Japanese prefectures are not in idn-area-data. One line per problem.
 * @param {{code: string, officialName: string, kind?: string}[]} regions entries of content/regions.json
 * @param {{province: {code: string, name: string}, regencies: {code: string, name: string}[], provinces?: {code: string, name: string}[]}} official
 */
export function compareRegions(regions, official, file = 'content/regions.json', reference = 'idn-area-data') {
  const names = new Map([[official.province.code, official.province.name], ...official.regencies.map((r) => [r.code, r.name]), ...(official.provinces ?? []).map((p) => [p.code, p.name])]);
  const problems = [];
  regions.forEach((region, i) => {
    // National scopes (IDN, JPN) and Japan's prefectures are not Indonesian administrative regions.
    if (region.kind === 'country' || region.kind === 'prefecture') return;
    const name = names.get(region.code);
    if (name === undefined) {
      const where = /^\d{2}$/.test(region.code) ? 'a province code' : `a code of province ${official.province.code}`;
      problems.push(`${file} › [${i}].code: "${region.code}" is not ${where} in ${reference}`);
    } else if (name !== region.officialName) {
      problems.push(`${file} › [${i}].officialName: "${region.officialName}" differs from ${reference} "${name}" (code ${region.code})`);
    }
  });
  const listed = new Set(regions.map((r) => r.code));
  for (const [code, name] of names) {
    if (!listed.has(code)) problems.push(`${file}: missing region ${code} "${name}" listed in ${reference}`);
  }
  return problems;
}
