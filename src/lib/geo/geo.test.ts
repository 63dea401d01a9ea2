import { readFileSync } from 'node:fs';
import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_KM, greatCircle, greatCircleKm } from './route';
import { circleRadius, legendValues, symbolPath } from './symbols';
import type { CountryCollection, LonLat, ProvinceCollection } from './types';

const read = <T>(path: string): T => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8')) as T;
const region = read<ProvinceCollection>('content/geo/sulut-region.json');
const world = read<CountryCollection>('content/geo/world-context.json');
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
