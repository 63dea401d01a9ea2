/**
 * The investor desk's pages (issue 17) over the built site: the site contact block, the wage comparison,
 * the comparison page and the setup guide, in every language.
 */
import { describe, expect, it } from 'vitest';
import { pages } from '../lib/dist';

const LANGS = ['ja', 'id', 'en'] as const;
const find = (url: string) => pages().find((p) => p.url === url);

describe('site contact (SITE_CONTACT)', () => {
  for (const lang of LANGS) {
    it(`/${lang}/about/ says who publishes the site, how corrections are asked for, and prints no invented address`, () => {
      const page = find(`/${lang}/about/`)!;
      const block = page.root.querySelector('#contact[data-site-contact]');
      expect(block, 'contact block').toBeTruthy();
      // This build sets no SITE_CONTACT (the test build): the block must say so and link no address.
      const expected = process.env.SITE_CONTACT ? ['email', 'url'] : ['unset'];
      expect(expected).toContain(block!.getAttribute('data-site-contact'));
      if (!process.env.SITE_CONTACT) expect(block!.querySelectorAll('a[href^="mailto:"]').length).toBe(0);
      expect(block!.querySelectorAll('p').length).toBeGreaterThanOrEqual(3);
      expect(block!.querySelector('a[href$="/invest/contacts/"]')).toBeTruthy();
    });
  }
});

describe('wage comparison (/invest/wages/)', () => {
  for (const lang of LANGS) {
    it(`/${lang}/: all 38 provinces ranked in a chart and a table, North Sulawesi highlighted, disputes shown, five Japanese references in their own unit`, () => {
      const root = find(`/${lang}/invest/wages/`)!.root;
      expect(root.querySelector('svg[data-ranked-bars]')?.getAttribute('data-ranked-bars')).toBe('38');
      expect(root.querySelectorAll('svg[data-ranked-bars] g.bar')).toHaveLength(38);
      expect(root.querySelectorAll('svg[data-ranked-bars] g.highlight[data-region="71"]')).toHaveLength(1);
      const rows = root.querySelectorAll('table.wage-rank tbody tr');
      expect(rows).toHaveLength(38);
      expect(root.querySelectorAll('table.wage-rank tr.highlight[data-region="71"]')).toHaveLength(1);
      // Every declared conflict is explained, and the disputed rows list the other sources' values.
      expect(root.querySelectorAll('.disputes dt')).toHaveLength(9);
      const disputed = root.querySelectorAll('table.wage-rank tr[data-disputed]');
      expect(disputed.length).toBeGreaterThanOrEqual(5);
      for (const tr of disputed) expect(tr.querySelectorAll('td:last-child data[value]').length).toBeGreaterThanOrEqual(1);
      // Ranks are consistent with the values: non-increasing values down the table.
      const values = rows.map((tr) => Number(tr.querySelector('td:nth-child(3) data')!.getAttribute('value')));
      expect(values).toEqual([...values].sort((a, b) => b - a));
      const rank = Number(root.querySelector('[data-rank]')!.getAttribute('data-rank'));
      expect(values.filter((v) => v > values[rows.findIndex((tr) => tr.getAttribute('data-region') === '71')]!).length + 1).toBe(rank);
      // Japan: five references, hourly, never converted to a monthly figure; the rupiah wage has its yen estimate.
      const japan = root.querySelector('table.japan-wages')!;
      expect(japan.querySelectorAll('tbody tr')).toHaveLength(6);
      expect(['JP-13', 'JP-39', 'JP-37', 'JP-42', 'JPN'].every((code) => japan.querySelector(`tr[data-region="${code}"] data[value]`))).toBe(true);
      expect(japan.querySelectorAll('[data-jpy]')).toHaveLength(1);
      expect(root.querySelector('[data-no-conversion]')).toBeTruthy();
      // Other costs: two tariff bands and the mining UMSP, each a dataset figure; the gaps stated.
      expect(root.querySelectorAll('.other-costs li')).toHaveLength(3);
      for (const li of root.querySelectorAll('.other-costs li')) expect(li.querySelector('.fig data[value]'), li.getAttribute('data-cost')!).toBeTruthy();
      expect(root.querySelector('[data-cost-gaps]')).toBeTruthy();
    });
  }
});

describe('how North Sulawesi compares (/invest/compare/)', () => {
  for (const lang of LANGS) {
    it(`/${lang}/: growth 2019–2025 with a computed difference per year, peers, population share, arrivals side by side, exports gap`, () => {
      const root = find(`/${lang}/invest/compare/`)!.root;
      const growth = root.querySelector('table[data-growth-years]')!;
      expect(growth.getAttribute('data-growth-years')).toBe('7');
      // Each year: the province, the country and the difference, all in <data>; the difference is a computed figure.
      for (const tr of growth.querySelectorAll('tbody tr')) {
        const [province, country, difference] = tr.querySelectorAll('td').map((td) => Number(td.querySelector('data')!.getAttribute('value')));
        expect(difference).toBeCloseTo(province! - country!, 2);
        expect(tr.querySelector('td[data-derived] a[href*="/data/grdp-growth-gap/#"]')).toBeTruthy();
      }
      expect(root.querySelectorAll('[data-method]').length).toBeGreaterThanOrEqual(2);
      expect(Number(root.querySelector('table[data-sulawesi-growth]')!.getAttribute('data-sulawesi-growth'))).toBeGreaterThanOrEqual(4);
      expect(root.querySelector('table[data-population-peers]')!.getAttribute('data-population-peers')).toBe('6');
      const share = root.querySelectorAll('[data-share] data').map((d) => Number(d.getAttribute('value')));
      expect(share).toHaveLength(3);
      expect(root.querySelector('[data-share] a[href*="/data/sulut-population-share/#"]')).toBeTruthy();
      expect(root.querySelector('table.wage-rank')!.getAttribute('data-wage-rank')).toBe('6');
      expect(root.querySelector('[data-gap="exports-per-capita"]')).toBeTruthy();
    });
  }
});
