import { describe, expect, it } from 'vitest';
import { pagePath, pagerNumbers, paginate } from './paginate';

describe('paginate', () => {
  const items = Array.from({ length: 23 }, (_, i) => i + 1);

  it('cuts a list into pages of the given size, the last one shorter', () => {
    const pages = paginate(items, 10);
    expect(pages.map((p) => p.items.length)).toEqual([10, 10, 3]);
    expect(pages[2]).toMatchObject({ page: 3, pages: 3, first: 21, last: 23, total: 23 });
    expect(pages.flatMap((p) => p.items)).toEqual(items);
  });

  it('keeps exactly full pages without an empty extra page', () => {
    expect(paginate(items.slice(0, 20), 10)).toHaveLength(2);
  });

  it('gives an empty list one empty page', () => {
    expect(paginate([], 10)).toEqual([{ page: 1, pages: 1, items: [], first: 0, last: 0, total: 0 }]);
  });

  it('refuses a page size that is not a positive integer', () => {
    expect(() => paginate(items, 0)).toThrow(/positive integer/);
    expect(() => paginate(items, 2.5)).toThrow(/positive integer/);
  });
});

describe('pagePath', () => {
  it('puts page 1 at the listing itself and later pages under page/<n>/', () => {
    expect(pagePath('news/', 1)).toBe('news/');
    expect(pagePath('news/', 2)).toBe('news/page/2/');
    expect(pagePath('news/sector/mining/', 4)).toBe('news/sector/mining/page/4/');
  });
});

describe('pagerNumbers', () => {
  it('shows first, last and the neighbours of the current page, with gaps', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(1, 3)).toEqual([1, 2, 3]);
    expect(pagerNumbers(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pagerNumbers(10, 10)).toEqual([1, null, 9, 10]);
  });
});
