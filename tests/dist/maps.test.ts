import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, distFiles, page, pages } from '../lib/dist';
import { MAJOR_PLACES } from '~/lib/geo/priority';
import { regencyMapProblems } from '../lib/gates/presence';
import { BUDGETS } from '../lib/gates/weight';
import { LANGS } from '~/i18n/index';

const svgs = (html: string) => html.match(/<svg class="map-svg"[\s\S]*?<\/svg>/g) ?? [];
const find = (url: string) => pages().find((p) => p.url === url);

function expectMap(url: string) {
  const page = find(url);
  expect(page, `no built page at ${url}`).toBeDefined();
  const maps = page!.root.querySelectorAll('svg.map-svg[role="img"]');
  expect(maps.length, url).toBeGreaterThan(0);
  for (const svg of maps) {
    const [titleId, descId] = (svg.getAttribute('aria-labelledby') ?? '').split(' ');
    expect(svg.querySelector(`title#${titleId}`)?.text.trim(), `${url} <title>`).toBeTruthy();
    expect(svg.querySelector(`desc#${descId}`)?.text.trim(), `${url} <desc>`).toBeTruthy();
    // The same values as a table right after the map, for readers who cannot see it.
    expect(svg.closest('figure')?.querySelector('table'), `${url} table`).toBeTruthy();
  }
  return page!;
}

describe('maps in the built site', () => {
  for (const lang of LANGS) {
    it(`/${lang}/ has the province map with every seat, the 15 regencies and the islands inset`, () => {
      const page = expectMap(`/${lang}/`);
      expect(page.root.querySelectorAll('svg.map-svg .marker[data-kind="seat"]')).toHaveLength(15);
      expect(page.root.querySelectorAll('svg.map-svg path.regency')).toHaveLength(15);
      expect(page.root.querySelectorAll('svg.map-svg path.regency[data-inset]').map((p) => p.getAttribute('data-code'))).toEqual(['71.03', '71.04', '71.09']);
      expect(page.root.querySelector('svg.map-svg rect.inset-box')).toBeTruthy();
    });

    it(`/${lang}/: the home map labels Manado, Bitung, Tomohon, Kotamobagu and Airmadidi at every width`, () => {
      const svg = page(`/${lang}/`).root.querySelector('section[aria-labelledby="map-heading"] svg.map-svg')!;
      for (const id of MAJOR_PLACES) {
        const label = svg.querySelector(`text[data-for="${id}"]`);
        expect(label, `${lang} ${id}`).toBeTruthy();
        expect(label!.classList.contains('tier-wide'), `${lang} ${id} hidden on phones`).toBe(false);
      }
    });
    it(`/${lang}/work-in-japan/ has the route map with a computed distance`, () => {
      const page = expectMap(`/${lang}/work-in-japan/`);
      expect(page.root.querySelector('svg.map-svg path.route')).toBeTruthy();
      expect(page.root.querySelector('figure table')!.text).toMatch(/\d[\d.,]*\s?km/);
    });
  }

  it('every symbol on an opportunity map is named (a label for each marker)', () => {
    const maps = pages().filter((p) => /^\/(ja|id|en)\/invest\/opportunities\/[^/]+\/$/.test(p.url)).flatMap((p) => p.root.querySelectorAll('svg.map-svg').map((svg) => ({ url: p.url, svg })));
    expect(maps.length).toBeGreaterThanOrEqual(15);
    let markers = 0;
    for (const { url, svg } of maps) {
      for (const marker of svg.querySelectorAll('.marker[data-place]')) {
        markers++;
        const label = svg.querySelector(`text[data-for="${marker.getAttribute('data-place')}"]`);
        expect(label, `${url} ${marker.getAttribute('data-place')}`).toBeTruthy();
        // Named at every width: a name that does not fit on a phone becomes a key number listed under the map.
        expect(label!.classList.contains('tier-wide'), `${url} ${marker.getAttribute('data-place')} unnamed on phones`).toBe(false);
        if (label!.classList.contains('key-number')) expect(svg.closest('figure')!.querySelectorAll('ol.map-key li').length).toBeGreaterThanOrEqual(Number(label!.text));
      }
    }
    expect(markers).toBeGreaterThan(30);
  });

  it('the tuna air-cargo profile shows the Manado–Narita route, not the province map', () => {
    for (const lang of LANGS) {
      const root = page(`/${lang}/invest/opportunities/tuna-air-cargo-narita/`).root;
      expect(root.querySelector('svg.map-svg path.route'), lang).toBeTruthy();
      expect(root.querySelector('svg.map-svg path.regency'), lang).toBeNull();
    }
  });

  it('at least two datasets are drawn as choropleths, each with at least 12 of 15 regencies coloured, a key and a table', () => {
    const drawn = new Set<string>();
    for (const p of pages().filter((p) => /^\/(ja|id|en)\/data\/[^/]+\/$/.test(p.url))) {
      for (const figure of p.root.querySelectorAll('figure[data-choropleth]')) {
        const coloured = figure.querySelectorAll('svg.map-svg path.regency.choro');
        const hatched = figure.querySelectorAll('svg.map-svg path.regency.no-data-fill');
        expect(coloured.length, p.url).toBeGreaterThanOrEqual(12);
        expect(coloured.length + hatched.length, p.url).toBe(15);
        const classes = new Set(coloured.map((c) => c.getAttribute('data-class')));
        expect(figure.querySelectorAll('.choro-legend li[data-class]').length, p.url).toBe(classes.size);
        if (hatched.length) expect(figure.querySelector('pattern path.hatch-line'), p.url).toBeTruthy();
        expect(figure.querySelectorAll('table tbody tr').length, p.url).toBe(15);
        drawn.add(figure.getAttribute('data-choropleth')!);
      }
    }
    expect([...drawn].sort()).toEqual(expect.arrayContaining(['population-density', 'poverty-rate']));
    expect(drawn.size).toBeGreaterThanOrEqual(2);
    for (const lang of LANGS) expect(page(`/${lang}/economy/`).root.querySelector('figure[data-choropleth="population-density"]'), lang).toBeTruthy();
  });

  it('counts stay proportional symbols over the regencies (population is never a choropleth)', () => {
    const root = page('/en/data/population/').root;
    expect(root.querySelector('figure[data-choropleth]')).toBeNull();
    expect(root.querySelectorAll('svg.map-svg circle.bubble').length).toBeGreaterThanOrEqual(12);
    expect(root.querySelectorAll('svg.map-svg path.regency')).toHaveLength(15);
  });

  it('the skipjack dataset page has the regency symbol map', () => {
    // No skip when the page is missing: a missing page is exactly what this must catch (presence.test.ts).
    for (const lang of LANGS) expect(regencyMapProblems(pages(), `/${lang}/data/skipjack-tongkol-by-regency/`)).toEqual([]);
  });

  it('every inline map SVG is at most 60 KB', () => {
    let count = 0;
    for (const page of pages()) {
      for (const svg of svgs(page.html)) {
        count++;
        expect(Buffer.byteLength(svg), `${page.url}`).toBeLessThanOrEqual(BUDGETS.mapSvg);
      }
    }
    expect(count).toBeGreaterThan(3);
  });

  it('no built JavaScript contains d3 (maps are drawn at build time)', () => {
    const scripts = distFiles().filter((f) => f.endsWith('.js') && !f.startsWith('pagefind/'));
    for (const file of scripts) {
      const code = readFileSync(join(DIST, file), 'utf8');
      expect(code, file).not.toMatch(/geoPath|geoMercator|geoInterpolate|d3-geo|topojson/);
    }
  });
});
