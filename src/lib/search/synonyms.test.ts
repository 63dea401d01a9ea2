import { describe, expect, it } from 'vitest';
import { expandKeywords, normalizeTerm, SYNONYM_GROUPS } from './synonyms';

describe('expandKeywords', () => {
  it('adds the other languages’ words for skipjack, internships, SSW, lobster and gold', () => {
    expect(expandKeywords(['cakalang'])).toEqual(expect.arrayContaining(['skipjack', 'カツオ']));
    expect(expandKeywords(['magang'])).toEqual(expect.arrayContaining(['技能実習', 'technical intern']));
    expect(expandKeywords(['特定技能'])).toEqual(expect.arrayContaining(['Tokutei Ginou', 'Specified Skilled Worker']));
    expect(expandKeywords(['lobster'])).toEqual(expect.arrayContaining(['ロブスター']));
    expect(expandKeywords(['金'])).toEqual(expect.arrayContaining(['emas', 'gold']));
  });

  it('gives the same set whichever member a page lists', () => {
    const sets = ['cakalang', 'Skipjack', 'カツオ'].map((k) => new Set(expandKeywords([k]).map(normalizeTerm)));
    expect(sets[1]).toEqual(sets[0]);
    expect(sets[2]).toEqual(sets[0]);
  });

  it('keeps the page’s own keywords first and in order, without duplicates', () => {
    const out = expandKeywords(['INA Group', 'lobster', 'LOBSTER', 'ロブスター']);
    expect(out.slice(0, 2)).toEqual(['INA Group', 'lobster']);
    expect(out.filter((k) => normalizeTerm(k) === 'lobster')).toHaveLength(1);
    expect(out.filter((k) => k === 'ロブスター')).toHaveLength(1);
  });

  it('matches whole terms only, so a wage page does not become a gold page', () => {
    expect(expandKeywords(['賃金'])).toEqual(['賃金']);
    expect(expandKeywords(['kemasan'])).toEqual(['kemasan']);
    expect(expandKeywords(['gold mine'])).toEqual(['gold mine']);
  });

  it('folds width and case when matching (ＳＳＷ, tokutei  ginou)', () => {
    expect(expandKeywords(['ＳＳＷ'])).toContain('特定技能');
    expect(expandKeywords(['tokutei  ginou'])).toContain('特定技能');
  });

  it('leaves keywords with no synonyms alone and accepts an empty list', () => {
    expect(expandKeywords(['Bitung'])).toEqual(['Bitung']);
    expect(expandKeywords([])).toEqual([]);
  });

  it('has no term in two groups (a term in two groups would merge unrelated topics)', () => {
    const owner = new Map<string, number>();
    SYNONYM_GROUPS.forEach((group, i) => {
      for (const term of group) {
        const key = normalizeTerm(term);
        expect(owner.get(key) ?? i, `"${term}" is in groups ${owner.get(key)} and ${i}`).toBe(i);
        owner.set(key, i);
      }
    });
  });
});
