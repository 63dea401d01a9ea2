import { describe, expect, it } from 'vitest';
import { compareForLead, shelves, type ShelfInput } from './catalogueShelves';

const entry = (id: string, over: Partial<ShelfInput> = {}): ShelfInput => ({
  id,
  sector: 'fisheries',
  grades: ['B'],
  span: { first: '2020', last: '2024' },
  observations: 10,
  ...over,
});

describe('catalogue shelves', () => {
  it('leads each topic with the best-graded, then most recent, then largest dataset', () => {
    expect(compareForLead(entry('a', { grades: ['A'] }), entry('b'))).toBeLessThan(0);
    expect(compareForLead(entry('a', { span: { first: '2020', last: '2025' } }), entry('b'))).toBeLessThan(0);
    expect(compareForLead(entry('a', { observations: 3 }), entry('b'))).toBeGreaterThan(0);
  });

  it('shows one dataset per topic and folds the rest, sector by sector', () => {
    const entries = [
      entry('exports-old', { topic: 'exports', span: { first: '2010', last: '2015' } }),
      entry('exports-new', { topic: 'exports' }),
      entry('plants'),
      entry('catch', { topic: 'production' }),
      entry('gold', { sector: 'mining' }),
      entry('gold-permits', { sector: 'mining', grades: ['A'] }),
    ];
    expect(shelves(entries, ['fisheries', 'mining'])).toEqual([
      { sector: 'fisheries', lead: ['exports-new', 'catch'], rest: ['exports-old', 'plants'] },
      { sector: 'mining', lead: ['gold-permits'], rest: ['gold'] },
    ]);
  });

  it('keeps a thousand datasets to one card per topic', () => {
    const many = Array.from({ length: 1000 }, (_, i) => entry(`d${i}`, { topic: `t${i % 8}`, sector: i % 2 ? 'fisheries' : 'mining' }));
    const result = shelves(many, ['fisheries', 'mining']);
    expect(result.map((s) => s.lead.length)).toEqual([4, 4]);
    expect(result.reduce((n, s) => n + s.lead.length + s.rest.length, 0)).toBe(1000);
  });
});
