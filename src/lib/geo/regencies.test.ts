import { readFileSync, statSync } from 'node:fs';
import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { distanceToFeatureKm, isRegencyCode, regencyFeature, regencyFeatures, regencyLand, type RegencyTopology } from './regencies';
import type { LonLat, RegencyFeature } from './types';

const file = new URL('../../../content/geo/regencies.topo.json', import.meta.url);
const read = <T>(path: string): T => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8')) as T;
const topology = JSON.parse(readFileSync(file, 'utf8')) as RegencyTopology;
const regencies = regencyFeatures(topology);
const regions = read<{ code: string; kind: string }[]>('content/regions.json').filter((r) => isRegencyCode(r.code));
const seats = read<{ id: string; kind: string; region?: string; coordinates: LonLat }[]>('content/places.json').filter((p) => p.kind === 'seat');

/** Budget for the simplified boundary file (≈15.5 KB today); the maps inline paths drawn from it. */
const BUDGET_BYTES = 24 * 1024;
/** Seats on the coast may fall just off a generalised shoreline; inland seats must lie inside. */
const COASTAL_TOLERANCE_KM = 1;

describe('regency boundaries (content/geo/regencies.topo.json)', () => {
  it('hold exactly the 15 regencies and cities of content/regions.json', () => {
    expect(regions).toHaveLength(15);
    expect(regencies.features.map((f) => f.id)).toEqual(regions.map((r) => r.code).sort());
  });

  it('every polygon is wound for d3: area above 0 and below 2π (a reversed ring would cover the globe)', () => {
    for (const f of regencies.features) {
      const area = geoArea(f);
      expect(area, String(f.id)).toBeGreaterThan(0);
      expect(area, String(f.id)).toBeLessThan(2 * Math.PI);
    }
    const ring = regencies.features[0]!.geometry.coordinates[0]![0]!;
    expect(geoArea({ type: 'Polygon', coordinates: [[...ring].reverse()] })).toBeGreaterThan(2 * Math.PI);
  });

  it(`each seat lies inside its own regency (coastal seats within ${COASTAL_TOLERANCE_KM} km), and in no other`, () => {
    expect(seats).toHaveLength(15);
    const outside: string[] = [];
    for (const seat of seats) {
      const own = regencyFeature(regencies, seat.region!);
      const km = distanceToFeatureKm(own, seat.coordinates);
      expect(km, `${seat.id} is ${km.toFixed(2)} km from ${seat.region}`).toBeLessThanOrEqual(COASTAL_TOLERANCE_KM);
      if (km > 0) outside.push(seat.id);
      for (const other of regencies.features.filter((f) => f.id !== seat.region)) expect(distanceToFeatureKm(other, seat.coordinates), `${seat.id} in ${other.id}`).toBeGreaterThan(0);
    }
    // Ondong Siau (Sitaro) is a harbour town whose point lies ~0.5 km off the simplified shore.
    expect(outside).toEqual(['ondong-siau']);
  });

  it('the distance check bites: Bitung is far from Manado, and a point in the sea is not inside', () => {
    const manado = regencyFeature(regencies, '71.71');
    const bitung = seats.find((s) => s.id === 'bitung')!.coordinates;
    expect(distanceToFeatureKm(manado, bitung)).toBeGreaterThan(20);
    expect(distanceToFeatureKm(manado, [124.8, 1.55])).toBeGreaterThan(0);
  });

  it(`stays within its size budget (${BUDGET_BYTES / 1024} KB)`, () => {
    expect(statSync(file).size).toBeLessThanOrEqual(BUDGET_BYTES);
    expect(statSync(file).size).toBeGreaterThan(4 * 1024); // not accidentally emptied
  });

  it('merges regencies into land with shared borders dissolved', () => {
    const land = regencyLand(topology, (code) => code === '71.71' || code === '71.73');
    const parts = (code: string) => geoArea(regencyFeature(regencies, code) as RegencyFeature);
    expect(geoArea(land)).toBeCloseTo(parts('71.71') + parts('71.73'), 8);
    expect(() => regencyFeature(regencies, '71.99')).toThrow(/no boundary for region 71.99/);
    expect(isRegencyCode('71')).toBe(false);
    expect(isRegencyCode('IDN')).toBe(false);
    expect(isRegencyCode('71.74')).toBe(true);
  });
});
