import { readFileSync } from 'node:fs';
import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { layoutLabels, mapLayers, type MapGeometry } from './mapLayers';
import { labelBox, NARROW_FONT, overlaps, placeLabels, WIDE_FONT, type Box } from './labels';
import { labelOrder, MAJOR_PLACES } from './priority';
import { ISLAND_REGENCIES, regencyLand } from './regencies';
import { greatCircleKm } from './route';
import type { LonLat } from './types';

const read = <T>(path: string): T => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8')) as T;
const geo: MapGeometry = { regencies: read('content/geo/regencies.topo.json'), region: read('content/geo/sulut-region.json'), islands: read<{ islands: MapGeometry['islands'] }>('content/geo/idn-area-regions.json').islands };
type PlaceRow = { id: string; kind: string; region?: string; coordinates: LonLat; name: Record<'ja' | 'id' | 'en', string> };
const places = read<PlaceRow[]>('content/places.json').filter((p) => p.coordinates[1] < 7);
const seats = places.filter((p) => p.kind === 'seat');
const main = mapLayers(geo, 'mainland');
const whole = mapLayers(geo, 'province');
const inBox = ([x, y]: [number, number], b: Box) => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1;

/** Labels as the home map asks for them: every place, seats named, in label order. */
function homeLabels(lang: 'ja' | 'id' | 'en') {
  const ordered = labelOrder(places);
  const items = ordered.map((p) => ({ text: p.kind === 'seat' ? p.name[lang] : '', at: main.point(p.coordinates, p.region)!, radius: p.kind === 'seat' ? 4.5 : 6, inset: main.inInset(p.coordinates, p.region) }));
  return { items, labels: layoutLabels(main, items) };
}

describe('mainland frame with the islands inset', () => {
  it('the mainland spans most of the frame width (at least half; the e2e test measures it rendered)', () => {
    expect((main.mainlandBox.x1 - main.mainlandBox.x0) / main.width).toBeGreaterThan(0.9);
  });

  it('the inset lies in empty sea: no mainland land under its box', () => {
    const box = main.inset!.box;
    const mainland = regencyLand(geo.regencies, (c) => !ISLAND_REGENCIES.includes(c));
    // Every vertex of the mainland's land projects outside the inset box.
    let land = 0;
    for (const f of mainland.coordinates.flat(2)) {
      const xy = main.point(f as LonLat, '71.71');
      if (xy && inBox(xy, box)) land++;
    }
    expect(land).toBe(0);
    expect(box.x1 - box.x0).toBeGreaterThan(120);
    expect(box.y1 - box.y0).toBeGreaterThan(200);
    expect(geoContains(mainland, [124.84, 1.49])).toBe(true); // Manado is mainland land (the check can find land)
  });

  it('places island seats in the inset and every other seat in the main frame, all in view', () => {
    expect(seats).toHaveLength(15);
    for (const s of seats) {
      const xy = main.point(s.coordinates, s.region);
      expect(xy, s.id).not.toBeNull();
      expect(inBox(xy!, main.inset!.box), s.id).toBe(ISLAND_REGENCIES.includes(s.region!));
    }
    expect(main.regencies.filter((r) => r.inset).map((r) => r.code)).toEqual(['71.03', '71.04', '71.09']);
    expect(main.regencies.every((r) => r.d.startsWith('M'))).toBe(true);
  });

  it('has two scale bars, each matching its own projection (main and inset)', () => {
    const kmPerPx = (a: LonLat, b: LonLat, region?: string) => {
      const [pa, pb] = [main.point(a, region)!, main.point(b, region)!];
      return greatCircleKm(a, b) / Math.hypot(pb[0] - pa[0], pb[1] - pa[1]);
    };
    expect(main.scale.km / main.scale.px).toBeCloseTo(kmPerPx([124.5, 1.1], [125, 1.1]), 1);
    expect(main.inset!.scale.km / main.inset!.scale.px).toBeCloseTo(kmPerPx([126, 3.8], [126.5, 3.8], '71.04'), 1);
    expect(main.inset!.scale.km / main.inset!.scale.px).toBeGreaterThan(1.5 * (main.scale.km / main.scale.px));
  });

  it('the whole-province frame has no inset and keeps Talaud at its true place (north-east of Manado)', () => {
    expect(whole.inset).toBeNull();
    const manado = whole.point([124.84317, 1.48783])!;
    const melonguane = whole.point([126.67717, 4.00567])!;
    expect(melonguane[0]).toBeGreaterThan(manado[0]);
    expect(melonguane[1]).toBeLessThan(manado[1]);
    expect(whole.height).toBeGreaterThan(whole.width);
  });
});

describe('home map labels', () => {
  for (const lang of ['ja', 'id', 'en'] as const) {
    it(`${lang}: Manado, Bitung, Tomohon, Kotamobagu and Airmadidi are never dropped, and are shown at every width`, () => {
      const { labels } = homeLabels(lang);
      for (const id of MAJOR_PLACES) {
        const name = places.find((p) => p.id === id)!.name[lang];
        expect(labels.find((l) => l.text === name)?.placed.tier, `${lang} ${id}`).toBe('all');
      }
    });

    it(`${lang}: no two labels overlap, and none covers a marker, at either size`, () => {
      const { items, labels } = homeLabels(lang);
      for (const [font, shown] of [[NARROW_FONT, labels.filter((l) => l.placed.tier === 'all')], [WIDE_FONT, labels]] as const) {
        const boxes = shown.map((l) => labelBox(l.placed.x, l.placed.y, l.placed.anchor, l.placed.baseline, l.text, font));
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!), `${shown[i]!.text} / ${shown[j]!.text} at ${font}`).toBe(false);
          for (const m of items) expect(overlaps(boxes[i]!, { x0: m.at[0] - m.radius, y0: m.at[1] - m.radius, x1: m.at[0] + m.radius, y1: m.at[1] + m.radius }), `${shown[i]!.text} covers a marker`).toBe(false);
        }
      }
      expect(labels.length).toBeGreaterThanOrEqual(12);
    });
  }

  it('drops a minor label, not a major one, when there is room for only one (the priority bites)', () => {
    const placed = placeLabels(
      [
        { at: [100, 30], text: 'Manado', radius: 3 },
        { at: [102, 30], text: 'Tondano', radius: 3 },
      ],
      [200, 60],
      NARROW_FONT,
    );
    expect(placed[0]).not.toBeNull();
    expect(placed[1]).toBeNull();
    expect(labelOrder([{ id: 'tondano', kind: 'seat' }, { id: 'bitung-port', kind: 'port' }, { id: 'bitung', kind: 'seat' }]).map((p) => p.id)).toEqual(['bitung', 'tondano', 'bitung-port']);
  });

  it('uses a leader line when no spot beside the marker is free', () => {
    const crowd = [
      { at: [100, 100] as [number, number], text: 'Bitung', radius: 4 },
      ...[[-12, 0], [12, 0], [0, -12], [0, 12], [-9, -9], [9, -9], [-9, 9], [9, 9]].map(([dx, dy]) => ({ at: [100 + dx!, 100 + dy!] as [number, number], text: '', radius: 6 })),
    ];
    const [bitung] = placeLabels(crowd, [400, 300], NARROW_FONT, { leaders: true });
    expect(bitung?.leader).not.toBeNull();
    expect(placeLabels(crowd, [400, 300], NARROW_FONT)[0]).toBeNull();
  });
});
