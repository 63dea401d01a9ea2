import { readFileSync } from 'node:fs';
import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { clipRing, compareRegions, parseCsv, parseDms, reduceGeometry, rewindPolygon, ringSignedArea2 } from './geo-tools.mjs';

const root = new URL('../../', import.meta.url);
const json = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

describe('geo-tools', () => {
  it('rewinds rings so d3 sees a small polygon, not the rest of the globe', () => {
    const anticlockwise = [[124, 1], [125, 1], [125, 2], [124, 2], [124, 1]];
    expect(geoArea({ type: 'Polygon', coordinates: [anticlockwise] })).toBeGreaterThan(2 * Math.PI);
    const [fixed] = rewindPolygon([anticlockwise]);
    expect(ringSignedArea2(fixed)).toBeLessThan(0);
    expect(geoArea({ type: 'Polygon', coordinates: [fixed] })).toBeLessThan(0.001);
  });

  it('clips a ring to a box and drops rings outside it', () => {
    const ring = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]];
    const clipped = clipRing(ring, [5, -1, 20, 20]);
    expect(Math.min(...clipped.map((p) => p[0]))).toBe(5);
    expect(clipRing(ring, [50, 50, 60, 60])).toEqual([]);
    expect(reduceGeometry({ type: 'Polygon', coordinates: [ring] }, { bbox: [50, 50, 60, 60], tolerance: 0, decimals: 3 })).toBeNull();
  });

  it('reads idn-area-data DMS coordinates and quoted CSV', () => {
    const [lon, lat] = parseDms(`01°25'19.09" N 125°13'52.69" E`);
    expect(lon).toBeCloseTo(125.2313, 4);
    expect(lat).toBeCloseTo(1.42197, 4);
    expect(parseDms(`08°46'00.00" S 115°44'00.00" E`)[1]).toBeCloseTo(-8.7667, 4);
    expect(() => parseDms('1.5, 125')).toThrow(/cannot read/);
    expect(parseCsv('code,coordinate\n71.72.40010,"01°25\'19.09"" N 125°13\'52.69"" E"\n')).toEqual([
      { code: '71.72.40010', coordinate: `01°25'19.09" N 125°13'52.69" E` },
    ]);
  });

  it('reports a region whose name or code differs from idn-area-data', () => {
    const official = { province: { code: '71', name: 'Sulawesi Utara' }, regencies: [{ code: '71.71', name: 'Kota Manado' }] };
    expect(compareRegions([{ code: '71', officialName: 'Sulawesi Utara' }, { code: '71.71', officialName: 'Kota Manado' }], official)).toEqual([]);
    expect(compareRegions([{ code: '71', officialName: 'Sulawesi Utara' }, { code: '71.71', officialName: 'Manado' }], official)).toEqual([
      'content/regions.json › [1].officialName: "Manado" differs from idn-area-data "Kota Manado" (code 71.71)',
    ]);
    expect(compareRegions([{ code: '71', officialName: 'Sulawesi Utara' }, { code: '71.99', officialName: 'X' }], official)).toEqual([
      'content/regions.json › [1].code: "71.99" is not a code of province 71 in idn-area-data',
      'content/regions.json: missing region 71.71 "Kota Manado" listed in idn-area-data',
    ]);
  });

  it('checks provinces against the province list and leaves Japanese prefectures and national scopes alone', () => {
    const official = { province: { code: '71', name: 'Sulawesi Utara' }, provinces: [{ code: '71', name: 'Sulawesi Utara' }, { code: '31', name: 'Daerah Khusus Ibukota Jakarta' }], regencies: [] };
    const listed = [
      { code: '71', kind: 'province', officialName: 'Sulawesi Utara' },
      { code: '31', kind: 'province', officialName: 'Daerah Khusus Ibukota Jakarta' },
      { code: 'JP-13', kind: 'prefecture', officialName: '東京都' },
      { code: 'IDN', kind: 'country', officialName: 'Indonesia' },
    ];
    expect(compareRegions(listed, official)).toEqual([]);
    expect(compareRegions([listed[0], { code: '31', kind: 'province', officialName: 'DKI Jakarta' }, { code: '20', kind: 'province', officialName: 'X' }], official)).toEqual([
      'content/regions.json › [1].officialName: "DKI Jakarta" differs from idn-area-data "Daerah Khusus Ibukota Jakarta" (code 31)',
      'content/regions.json › [2].code: "20" is not a province code in idn-area-data',
    ]);
    expect(compareRegions([listed[0]], official)).toEqual(['content/regions.json: missing region 31 "Daerah Khusus Ibukota Jakarta" listed in idn-area-data']);
  });

  it('content/regions.json agrees with content/geo/idn-area-regions.json (codes and official names)', () => {
    expect(json('content/geo/idn-area-regions.json').provinces).toHaveLength(38);
    expect(compareRegions(json('content/regions.json'), json('content/geo/idn-area-regions.json'), 'content/regions.json', 'content/geo/idn-area-regions.json')).toEqual([]);
  });
});
