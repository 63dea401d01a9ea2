import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, distFiles, pages } from '../lib/dist';
import { regencyMapProblems } from '../lib/gates/presence';
import { BUDGETS } from '../lib/gates/weight';
import { LANGS } from '../../src/i18n/index';

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
    it(`/${lang}/ has the province map with every seat`, () => {
      const page = expectMap(`/${lang}/`);
      expect(page.root.querySelectorAll('svg.map-svg .marker[data-kind="seat"]')).toHaveLength(15);
    });
    it(`/${lang}/work-in-japan/ has the route map with a computed distance`, () => {
      const page = expectMap(`/${lang}/work-in-japan/`);
      expect(page.root.querySelector('svg.map-svg path.route')).toBeTruthy();
      expect(page.root.querySelector('figure table')!.text).toMatch(/\d[\d.,]*\s?km/);
    });
  }

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
