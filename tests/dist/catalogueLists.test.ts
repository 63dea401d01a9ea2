import { describe, expect, it } from 'vitest';
import { DIST, SITE, pages } from '../lib/dist';
import { folderSite } from '../lib/gates/site';
import { BUDGETS, pageWeight } from '../lib/gates/weight';
import { CATALOGUE_INLINE_MAX, DATASET_LIST_PAGE_SIZE, HUB_DATASETS_MAX } from '~/lib/data/datasetLists';

/*
 * Issue 19: the catalogue and its list pages (per sector, geography level and year) stay within the page budget
 * however many datasets there are: list pages hold at most DATASET_LIST_PAGE_SIZE rows, and a large catalogue
 * links each sector to its list pages instead of listing every dataset itself. Nothing is lost: every dataset is
 * on its sector's list, under each of its levels and years.
 */
const LANGS = ['ja', 'id', 'en'] as const;
const site = folderSite(DIST, { origin: SITE, base: process.env.BASE_PATH ?? '/' });
const datasetPages = (lang: string) => pages().filter((p) => new RegExp(`^/${lang}/data/[^/]+/$`).test(p.url) && p.root.querySelector('[data-chart-figure], .facts'));
const listPagesOf = (lang: string, folder: string) => pages().filter((p) => p.url.startsWith(`/${lang}/data/${folder}/`));
const rowIds = (url: string) => pages().find((p) => p.url === url)!.root.querySelectorAll('main li.card[id^="ds-"]').map((li) => li.id.slice(3));

describe('catalogue and its list pages', () => {
  for (const lang of LANGS) {
    it(`${lang}: every dataset is on exactly one page of its sector's list, and no list page holds more than ${DATASET_LIST_PAGE_SIZE} rows`, () => {
      const datasets = datasetPages(lang).map((p) => p.url.split('/')[3]!).sort();
      expect(datasets.length).toBeGreaterThan(10);
      const sectorPages = listPagesOf(lang, 'sectors');
      expect(sectorPages.length).toBeGreaterThanOrEqual(3);
      expect(sectorPages.flatMap((p) => rowIds(p.url)).sort()).toEqual(datasets);
      const all = [...sectorPages, ...listPagesOf(lang, 'geography'), ...listPagesOf(lang, 'years')];
      expect(listPagesOf(lang, 'geography').length).toBeGreaterThan(0);
      expect(listPagesOf(lang, 'years').length).toBeGreaterThan(0);
      for (const p of all) {
        const rows = rowIds(p.url).length;
        expect(rows, p.url).toBeGreaterThan(0);
        expect(rows, p.url).toBeLessThanOrEqual(DATASET_LIST_PAGE_SIZE);
        expect(pageWeight(site, p).htmlCssGzip, p.url).toBeLessThanOrEqual(BUDGETS.htmlCss);
      }
    });

    it(`${lang}: the catalogue lists every dataset itself while that is at most ${CATALOGUE_INLINE_MAX} folded rows, and links each sector to its list`, () => {
      const catalogue = pages().find((p) => p.url === `/${lang}/data/`)!;
      const datasets = datasetPages(lang).length;
      const cards = rowIds(catalogue.url);
      const folded = catalogue.root.querySelectorAll('details[data-folded] li.card').length;
      if (datasets - (cards.length - folded) <= CATALOGUE_INLINE_MAX) {
        expect(cards.length, 'every dataset once').toBe(datasets);
        expect(new Set(cards).size).toBe(datasets);
        expect(catalogue.root.querySelector('.catalogue-filter'), 'the filter is offered').not.toBeNull();
      } else {
        expect(folded, 'a large catalogue folds into the sector lists').toBe(0);
        expect(catalogue.root.querySelector('.catalogue-filter')).toBeNull();
      }
      const links = catalogue.root.querySelectorAll('a[data-sector-list]').map((a) => a.getAttribute('href'));
      expect(links.length).toBeGreaterThan(0);
      for (const href of links) expect(href).toMatch(new RegExp(`^/${lang}/data/sectors/[a-z-]+/$`));
      expect(pageWeight(site, catalogue).htmlCssGzip).toBeLessThanOrEqual(BUDGETS.htmlCss);
    });
  }

  it(`hubs link to at most ${HUB_DATASETS_MAX} datasets (or their own, if more) and to the sector's list when it holds more`, () => {
    const hubs = pages().filter((p) => p.root.querySelector('.hub-datasets, #hub-datasets'));
    expect(hubs.length).toBeGreaterThanOrEqual(15);
    for (const hub of hubs) {
      const section = hub.root.querySelector('#hub-datasets')!.closest('section')!;
      const links = section.querySelectorAll('li a[href*="/data/"]').length;
      expect(links, hub.url).toBeGreaterThan(0);
      const own = hub.root.querySelectorAll('.hub-charts [data-chart-figure]').length;
      expect(links, hub.url).toBeLessThanOrEqual(Math.max(own, HUB_DATASETS_MAX));
      const more = hub.root.querySelector('a[data-sector-list]');
      if (links === HUB_DATASETS_MAX) expect(more, `${hub.url}: link to the sector's list`).not.toBeNull();
      if (more) expect(more.getAttribute('href')).toMatch(/\/data\/sectors\/[a-z-]+\/$/);
    }
  });
});
