import { describe, expect, it } from 'vitest';
import type { Lang } from '~/i18n/index';
import { byNewest, relatedArticles, untranslatedIn } from './desk';

const a = (lang: Lang, translationKey: string, date: string, sectors: string[]) => ({ lang, data: { translationKey, date, sectors } });

const all = [
  a('ja', 'tuna-exports', '2026-03-01', ['fisheries']),
  a('id', 'tuna-exports', '2026-03-01', ['fisheries']),
  a('en', 'tuna-exports', '2026-03-01', ['fisheries']),
  a('id', 'gold-output', '2026-04-01', ['mining', 'economy']),
  a('en', 'gold-output', '2026-04-01', ['mining', 'economy']),
  a('id', 'ssw-pipeline', '2026-01-15', ['labour']),
  a('en', 'wage-2026', '2026-02-01', ['economy']),
  a('en', 'fish-and-gold', '2026-02-20', ['fisheries', 'mining']),
];

describe('untranslatedIn', () => {
  it('lists, newest first, the articles a language lacks, with the versions that exist', () => {
    const ja = untranslatedIn('ja', all);
    expect(ja.map((g) => g.translationKey)).toEqual(['gold-output', 'fish-and-gold', 'wage-2026', 'ssw-pipeline']);
    expect(ja[0]!.versions.map((v) => v.lang)).toEqual(['id', 'en']);
  });

  it('does not list articles that exist in the language, and lists nothing when all are translated', () => {
    expect(untranslatedIn('en', all).map((g) => g.translationKey)).toEqual(['ssw-pipeline']);
    expect(untranslatedIn('ja', all.filter((x) => x.data.translationKey === 'tuna-exports'))).toEqual([]);
  });
});

describe('relatedArticles', () => {
  const english = all.filter((x) => x.lang === 'en');

  it('finds same-language articles sharing a sector, most shared first, never the article itself', () => {
    const current = a('en', 'gold-output', '2026-04-01', ['mining', 'economy']);
    expect(relatedArticles(current, all).map((x) => x.data.translationKey)).toEqual(['fish-and-gold', 'wage-2026']);
    expect(relatedArticles(current, all).every((x) => x.lang === 'en')).toBe(true);
  });

  it('breaks ties by date and respects the limit', () => {
    const current = a('en', 'new', '2026-05-01', ['fisheries', 'mining', 'economy']);
    expect(relatedArticles(current, english, 2).map((x) => x.data.translationKey)).toEqual(['gold-output', 'fish-and-gold']);
  });

  it('gives the same answer when told the list is newest first, and stops reading once nothing older can enter', () => {
    const sorted = [...english].sort(byNewest);
    for (const current of english) expect(relatedArticles(current, sorted, 2, { newestFirst: true })).toEqual(relatedArticles(current, english, 2));
    const current = a('en', 'new', '2026-06-01', ['fisheries']);
    const fish = (key: string, date: string) => a('en', key, date, ['fisheries']);
    // Equal dates are still read (the key breaks the tie); the first older article ends the scan.
    const list = [fish('b', '2026-05-01'), fish('c', '2026-04-01'), fish('d', '2026-04-01'), fish('a', '2026-04-01')];
    const tripwire = { lang: 'en' as Lang, get data(): never { throw new Error('read past the end of the best matches'); } };
    expect(relatedArticles(current, [...list, fish('z', '2026-03-01'), tripwire], 3, { newestFirst: true }).map((x) => x.data.translationKey)).toEqual(['b', 'a', 'c']);
  });

  it('returns nothing when no sector is shared', () => {
    expect(relatedArticles(a('en', 'x', '2026-01-01', ['tourism']), english)).toEqual([]);
  });
});

describe('byNewest', () => {
  it('sorts by date descending, then by key', () => {
    const sorted = [a('en', 'b', '2026-01-01', []), a('en', 'a', '2026-01-01', []), a('en', 'c', '2026-02-01', [])].sort(byNewest);
    expect(sorted.map((x) => x.data.translationKey)).toEqual(['c', 'a', 'b']);
  });
});
