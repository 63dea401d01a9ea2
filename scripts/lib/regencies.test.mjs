import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGENCY_OUTPUT, REGENCY_SOURCE, parseWilayahSql, regencyTopology, toGeoJsonMultiPolygon, topologyText } from './regencies.mjs';

const root = new URL('../../', import.meta.url);
const raw = readFileSync(new URL(REGENCY_SOURCE, root), 'utf8');

describe('regency boundaries from the wilayah_boundaries SQL dump', () => {
  it('reads all 15 rows, with label points swapped to [lon, lat]', () => {
    const rows = parseWilayahSql(raw);
    expect(rows.map((r) => r.code)).toEqual(['71.01', '71.02', '71.03', '71.04', '71.05', '71.06', '71.07', '71.08', '71.09', '71.10', '71.11', '71.71', '71.72', '71.73', '71.74']);
    const manado = rows.find((r) => r.code === '71.71');
    expect(manado.label[0]).toBeGreaterThan(124); // longitude first
    expect(manado.label[1]).toBeLessThan(2);
  });

  it('fails on a row it cannot read instead of skipping it', () => {
    const broken = raw.replace("('71.05',", "('71.05' ,");
    expect(() => parseWilayahSql(broken)).toThrow(/row 5 cannot be read/);
    expect(() => parseWilayahSql('SELECT 1;')).toThrow(/no "INSERT INTO wilayah_boundaries/);
  });

  it('swaps [lat, lng] to [lng, lat] and rewinds exterior rings clockwise', () => {
    // Written anticlockwise in [lat, lng]: after the swap it must come out clockwise (negative signed area).
    const square = [[[[1, 124], [1, 125], [2, 125], [2, 124], [1, 124]]]];
    const ring = toGeoJsonMultiPolygon(square).coordinates[0][0];
    expect(ring[0]).toEqual([124, 1]);
    let area2 = 0;
    for (let i = 0; i < ring.length - 1; i++) area2 += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
    expect(area2).toBeLessThan(0);
  });

  it('regenerates content/geo/regencies.topo.json byte for byte (the committed file is what geo:build writes)', () => {
    const committed = readFileSync(new URL(REGENCY_OUTPUT, root), 'utf8');
    expect(topologyText(regencyTopology(parseWilayahSql(raw))) === committed).toBe(true);
    // And a different setting gives different bytes, so the comparison can fail.
    expect(topologyText(regencyTopology(parseWilayahSql(raw), { minWeight: 1e-3, minRingArea: 1e-5, quantization: 1e4 })) === committed).toBe(false);
  });
});
