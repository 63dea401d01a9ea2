/**
 * The investor desk's pages (issue 17) over the built site: the site contact block, the wage comparison,
 * the comparison page and the setup guide, in every language.
 */
import { describe, expect, it } from 'vitest';
import { LANGS } from '~/i18n/langs';
import { readFileSync } from 'node:fs';
import { pages } from '../lib/dist';
import { latestDay, possiblyOutdated } from '~/lib/invest/setupGuide';

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

describe('setup guide and Japan-side labour guide (/invest/setup/, /invest/labour/)', () => {
  const guides = { setup: 'investment', labour: 'labour-japan' } as const;
  for (const [path, id] of Object.entries(guides)) {
    for (const lang of LANGS) {
      it(`/${lang}/invest/${path}/: every step has its legal basis and dated sources; old ones are marked from the build date`, () => {
        const root = find(`/${lang}/invest/${path}/`)!.root;
        const steps = root.querySelectorAll('[data-step]');
        const guide = JSON.parse(readFileSync(`content/setup/${id}.json`, 'utf8')) as { sections: { steps: { sources: string[] }[] }[] };
        expect(steps).toHaveLength(guide.sections.reduce((n, s) => n + s.steps.length, 0));
        const today = root.querySelector('[data-build-date]')!.getAttribute('data-build-date')!;
        for (const step of steps) {
          expect(step.querySelector('.basis')?.text.trim().length, step.getAttribute('data-step')!).toBeGreaterThan(4);
          const dates = step.querySelectorAll('.step-sources li').map((li) => li.getAttribute('data-published')!);
          expect(dates.length).toBeGreaterThanOrEqual(1);
          for (const li of step.querySelectorAll('.step-sources li')) expect(li.querySelector('time')?.getAttribute('datetime')).toBe(li.getAttribute('data-published'));
          const newest = dates.map(latestDay).sort().at(-1)!;
          expect(step.getAttribute('data-outdated') === 'true', `${step.getAttribute('data-step')} outdated`).toBe(possiblyOutdated(newest, today));
        }
      });
    }
  }

  it('the setup guide marks at least one old step and shows both sides where sources disagree; the Japanese text is polite', () => {
    const root = find('/ja/invest/setup/')!.root;
    expect(root.querySelectorAll('[data-outdated]').length).toBeGreaterThanOrEqual(1);
    expect(root.querySelectorAll('[data-disagreement]').length).toBeGreaterThanOrEqual(2);
    expect(root.querySelector('[data-step="pma-minimum"]')!.querySelectorAll('.fig data[value]')).toHaveLength(3);
    for (const p of root.querySelectorAll('.step [data-figure-check] p')) {
      const plain = p.text.replace(/\[[^\]]*\]/g, '').replace(/（[^）]*）/g, '').trim();
      for (const sentence of plain.split('。').filter((x) => x.trim())) expect(sentence, plain).toMatch(/(です|ます|ません|でした|ました)$/);
    }
    const labour = find('/ja/invest/labour/')!.root;
    expect(labour.querySelector('[data-step="esp-law"]')!.text).toContain('2027年4月1日');
    expect(labour.querySelector('[data-step="sender-ina"]')).toBeTruthy();
  });
});
