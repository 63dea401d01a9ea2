/**
 * The datasets the investor desk's comparison pages are drawn from. A content root that lacks any of them (a
 * small test site) builds without those pages; the real content must have them (tests/dist/desk.test.ts).
 */
import { WAGE_JAPAN_DATASET, WAGE_PROVINCES_DATASET } from './wageRanking';

export const COMPARE_DATASETS = ['grdp-growth-gap', 'grdp-growth-sulawesi', 'grdp-growth', 'gdp-growth-indonesia', 'population-compare', 'sulut-population-share', WAGE_PROVINCES_DATASET, 'foreign-arrivals-indonesia', 'foreign-arrivals-immigration'] as const;
export const WAGE_PAGE_DATASETS = [WAGE_PROVINCES_DATASET, WAGE_JAPAN_DATASET, 'electricity-tariff-industrial', 'minimum-wage'] as const;

/** The desk's step-by-step guides and their pages: /[lang]/invest/<path>/ shows content/setup/<id>.json. */
export const SETUP_GUIDE_PAGES = [
  { path: 'setup', id: 'investment' },
  { path: 'labour', id: 'labour-japan' },
] as const;
