import { describe, expect, it } from 'vitest';
import { page } from '../lib/dist';
import { LANGS } from '~/i18n/index';

describe('first real content', () => {
  it('renders the INA Group article in three languages with working source links', () => {
    for (const lang of LANGS) {
      const p = page(`/${lang}/news/ina-group-audience-2026/`);
      const sources = p.root.querySelectorAll('.sources a[href^="https://"]').map((a) => a.getAttribute('href'));
      expect(sources).toContain('https://sulut.totabuan.news/manado/realisasi-kerja-sama-jepang-sulut-gubernur-yulius-sambut-kunjungan-balasan-ina-group');
      expect(p.root.querySelector('time[datetime="2026-02-11"]')).not.toBeNull();
      const ld = JSON.parse(p.root.querySelector('script[type="application/ld+json"]')!.text);
      expect(ld['@type']).toBe('NewsArticle');
      expect(ld.inLanguage).toBe(lang);
    }
  });

  it('renders the minimum-wage dataset as a table with its sources in each language', () => {
    // The unit is stated once, in the column header; the cell holds the number as the language writes it.
    const expected = { ja: ['4,002,630', '（ルピア）'], id: ['4.002.630', '(rupiah)'], en: ['4,002,630', '(rupiah)'] } as const;
    for (const [lang, [text, unit]] of Object.entries(expected)) {
      const p = page(`/${lang}/data/minimum-wage/`);
      const cell = p.root.querySelector('table data[value="4002630"]');
      expect(cell?.text).toBe(text);
      const table = cell!.closest('table')!;
      expect(table.querySelectorAll('thead th.num').some((th) => th.text.includes(unit)), `${lang}: header names ${unit}`).toBe(true);
      expect(p.root.querySelectorAll('.sources li').length).toBeGreaterThanOrEqual(2);
    }
  });
});
