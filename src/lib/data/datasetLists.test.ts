import { describe, expect, it } from 'vitest';
import type { CatalogueEntry } from './catalogue';
import { CATALOGUE_INLINE_MAX, DATASET_LIST_PAGE_SIZE, catalogueFolds, datasetLists, listBasePath, listPages } from './datasetLists';

/** A catalogue of `n` datasets spread over sectors, levels and years: the shape the benchmark's 1,000 clones have. */
function catalogue(n: number): CatalogueEntry[] {
  const sectors = ['fisheries', 'mining', 'tourism', 'labour', 'economy'] as const;
  return Array.from({ length: n }, (_, i) => ({
    id: `ds-${String(i).padStart(4, '0')}`,
    sector: sectors[i % 7 === 0 ? 0 : i % sectors.length]!,
    years: [2020 + (i % 3), 2024],
    levels: i % 2 ? ['province'] : ['province', 'regency'],
    span: { first: '2020', last: '2024' },
    lastVerified: '2026-01-01',
    grades: ['A'],
  }));
}
const SECTORS = ['fisheries', 'mining', 'tourism', 'labour', 'economy'];

describe('catalogue list pages', () => {
  it('lists every dataset once per sector, and under each of its levels and years', () => {
    const entries = catalogue(1000);
    const lists = datasetLists(entries, SECTORS);
    const bySector = lists.filter((l) => l.kind === 'sector');
    expect(bySector.map((l) => l.key)).toEqual(SECTORS);
    expect(bySector.flatMap((l) => l.ids).sort()).toEqual(entries.map((e) => e.id));
    expect(lists.find((l) => l.kind === 'level' && l.key === 'regency')!.ids).toHaveLength(500);
    expect(lists.find((l) => l.kind === 'year' && l.key === '2024')!.ids).toHaveLength(1000);
    expect(lists.filter((l) => l.kind === 'year').map((l) => l.key)).toEqual(['2024', '2022', '2021', '2020']);
    expect(listBasePath('level', 'regency')).toBe('data/geography/regency/');
  });

  it('groups a list by sector, in the catalogue\'s sector order, so each page\'s sector sections are contiguous', () => {
    const year = datasetLists(catalogue(40), ['economy', 'fisheries', 'mining', 'tourism', 'labour']).find((l) => l.kind === 'year' && l.key === '2024')!;
    const sectorOf = new Map(catalogue(40).map((e) => [e.id, e.sector]));
    const order = year.ids.map((id) => sectorOf.get(id));
    expect(order.indexOf('fisheries')).toBeGreaterThan(order.lastIndexOf('economy'));
  });

  it('never puts more than a page\'s worth of rows on a list page, at 1,000 datasets or 10,000', () => {
    for (const n of [1000, 10_000]) {
      const lists = datasetLists(catalogue(n), SECTORS);
      const pages = lists.flatMap((l) => listPages(l));
      expect(Math.max(...pages.map((p) => p.items.length))).toBe(DATASET_LIST_PAGE_SIZE);
      // Every dataset of a list is on exactly one of its pages.
      for (const l of lists) expect(listPages(l).flatMap((p) => p.items)).toEqual(l.ids);
    }
    expect(listPages(datasetLists(catalogue(1000), SECTORS).find((l) => l.key === '2024')!).map((p) => p.items.length)).toEqual(Array(10).fill(100));
  });

  it('folds the catalogue past its inline limit, and not before', () => {
    expect(catalogueFolds(CATALOGUE_INLINE_MAX)).toBe(false);
    expect(catalogueFolds(CATALOGUE_INLINE_MAX + 1)).toBe(true);
    expect(catalogueFolds(0)).toBe(false);
  });
});
