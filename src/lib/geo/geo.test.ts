import { readFileSync } from 'node:fs';
import { geoArea, geoCircle, geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { provinceLayers } from './province';
import { EARTH_RADIUS_KM, greatCircle, greatCircleKm } from './route';
import { scaleBar } from './scaleBar';
import { circleRadius, legendValues, symbolPath } from './symbols';
import { placeLabels } from './labels';
import type { CountryCollection, IdnAreaRegions, LonLat, ProvinceCollection } from './types';

const read = <T>(path: string): T => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8')) as T;
const region = read<ProvinceCollection>('content/geo/sulut-region.json');
const world = read<CountryCollection>('content/geo/world-context.json');
const idnArea = read<IdnAreaRegions>('content/geo/idn-area-regions.json');
const places = read<{ id: string; coordinates: LonLat }[]>('content/places.json');
const at = (id: string) => places.find((p) => p.id === id)!.coordinates;

describe('geometry files from geo:build', () => {
  it('are wound the way d3 expects: no feature covers half the globe', () => {
    for (const f of [...region.features, ...world.features]) {
      const area = geoArea(f);
      expect(area, `${f.id}`).toBeGreaterThan(0);
      expect(area, `${f.id}`).toBeLessThan(2 * Math.PI);
    }
  });

  it('a reversed ring would fill the globe (so the check above can fail)', () => {
    const province = region.features.find((f) => f.properties.focus)!;
    const ring = province.geometry.type === 'Polygon' ? province.geometry.coordinates[0]! : province.geometry.coordinates[0]![0]!;
    expect(geoArea({ type: 'Polygon', coordinates: [[...ring].reverse()] })).toBeGreaterThan(2 * Math.PI);
  });

  it('keep North Sulawesi to a plausible size (Natural Earth, ~14,000 km² of land)', () => {
    const province = region.features.find((f) => f.properties.focus)!;
    const km2 = geoArea(province) * EARTH_RADIUS_KM ** 2;
    expect(km2).toBeGreaterThan(11_000);
    expect(km2).toBeLessThan(17_000);
  });
});

describe('province map layers', () => {
  const layers = provinceLayers(region, idnArea.islands, 'en');

  it("Manado's seat lies on the province's land (within 1 km: the seat is on the bay shore) and inside the viewBox", () => {
    // Natural Earth's 1:10m coast runs about 0.7 km east of Manado's waterfront, so the exact seat point
    // falls just offshore of the generalised outline; a 1 km circle around it must reach land.
    const ring = geoCircle().center(at('manado')).radius(1 / EARTH_RADIUS_KM * (180 / Math.PI)).precision(10)().coordinates[0]!;
    expect(ring.some((p) => geoContains(layers.province, p as LonLat))).toBe(true);
    const xy = layers.frame.point(at('manado'))!;
    expect(layers.frame.inView(xy)).toBe(true);
    const [x, y] = xy;
    expect(x).toBeGreaterThan(0);
    expect(y).toBeGreaterThan(0);
  });

  it('inland seats (Tomohon, Tondano, Kotamobagu, Airmadidi) lie strictly inside the province shape', () => {
    for (const id of ['tomohon', 'tondano', 'kotamobagu', 'airmadidi']) expect(geoContains(layers.province, at(id)), id).toBe(true);
    expect(geoContains(layers.province, [126.0, 1.0])).toBe(false); // Molucca Sea
  });

  it('Tahuna lies north of Manado (smaller y) and Narita is outside the province frame', () => {
    expect(layers.frame.point(at('tahuna'))![1]).toBeLessThan(layers.frame.point(at('manado'))![1]);
    expect(layers.frame.inView(layers.frame.point(at('narita-airport'))!)).toBe(false);
  });

  it('every seat falls inside the viewBox', () => {
    for (const p of places.slice(0, 15)) expect(layers.frame.inView(layers.frame.point(p.coordinates)!), p.id).toBe(true);
  });

  it('draws islets that the outline leaves in the sea, but not islands already on land', () => {
    expect(layers.isletCount).toBeGreaterThan(50);
    expect(layers.isletCount).toBeLessThan(idnArea.islands.length);
  });

  it('computes a scale bar whose length matches the projection', () => {
    expect([1, 2, 5, 10, 20, 50, 100, 200]).toContain(layers.scale.km);
    const bar = scaleBar(layers.frame.projection, [125, 2], 160);
    const [x, y] = layers.frame.projection([125, 2])!;
    const east = layers.frame.projection.invert!([x + bar.px, y])!;
    expect(greatCircleKm([125, 2], east as LonLat)).toBeCloseTo(bar.km, 0);
  });
});

describe('proportional symbols', () => {
  it('make circle area proportional to the value', () => {
    const area = (v: number) => Math.PI * circleRadius(v, 400, 20) ** 2;
    expect(area(100) / area(400)).toBeCloseTo(0.25, 10);
    expect(area(200) / area(50)).toBeCloseTo(4, 10);
    expect(circleRadius(400, 400, 20)).toBe(20);
    expect(circleRadius(0, 400, 20)).toBe(0);
  });

  it('show real values in the legend', () => {
    expect(legendValues([5, 900, 40, 40, 0, 120])).toEqual([900, 120, 5]);
    expect(legendValues([7, 3])).toEqual([7, 3]);
  });

  it('give each kind a closed path', () => {
    for (const kind of ['seat', 'airport', 'port', 'sez', 'mine', 'park', 'dive'] as const) expect(symbolPath(kind, 8)).toMatch(/^M.*z$/);
  });
});

describe('labels', () => {
  it('do not overlap each other and stay in bounds', () => {
    const placed = placeLabels(
      [
        { at: [100, 100], text: 'Tomohon', radius: 3 },
        { at: [104, 101], text: 'Tondano', radius: 3 },
      ],
      [300, 200],
      11,
    );
    expect(placed[0]).not.toBeNull();
    expect(placed[1]).not.toBeNull();
    expect(placed[0]!.anchor === placed[1]!.anchor && placed[0]!.y === placed[1]!.y).toBe(false);
  });

  it('are left out when there is no room', () => {
    expect(placeLabels([{ at: [5, 5], text: 'A very long label', radius: 3 }], [20, 10], 11)).toEqual([null]);
  });
});

describe('route Manado–Narita', () => {
  it('has a great-circle distance in the expected range', () => {
    const km = greatCircleKm(at('sam-ratulangi-airport'), at('narita-airport'));
    expect(km).toBeGreaterThan(3800);
    expect(km).toBeLessThan(4300);
  });

  it('starts and ends at the airports and bends along the sphere', () => {
    const line = greatCircle(at('sam-ratulangi-airport'), at('narita-airport'), 10);
    expect(line.coordinates).toHaveLength(11);
    expect(line.coordinates[0]![0]).toBeCloseTo(124.92639, 5);
    expect(line.coordinates[10]![1]).toBeCloseTo(35.76528, 5);
  });
});
