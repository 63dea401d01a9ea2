import { describe, expect, it } from 'vitest';
import { ogAlt, ogCardKey, ogCardTree, titleSize, visualLength, type OgCard } from './card';
import { sectionCard, sectionPath } from './section';
import { articleCard, cardFigure, datasetCard } from './pageCards';
import { dataset as makeDataset } from '../../../tests/fixtures/factory';

const card: OgCard = {
  lang: 'ja', site: 'Sulut Atlas', kicker: '水産・海洋', title: 'カツオ生産量', address: 'example.org/ja/fisheries', accent: 'fisheries',
  figure: { value: '54,122トン', label: 'カツオ生産量・2023年', source: '出典：BPS' },
};

describe('preview cards', () => {
  it('keys a card by its content and by how it is drawn', () => {
    const key = ogCardKey(card, 'r1');
    expect(key).toMatch(/^[0-9a-f]{20}$/);
    expect(ogCardKey({ ...card }, 'r1')).toBe(key);
    expect(ogCardKey({ ...card, title: 'カツオ' }, 'r1')).not.toBe(key);
    expect(ogCardKey(card, 'r2'), 'a new template or renderer draws every card again').not.toBe(key);
  });

  it('says in its alt text what the image says', () => {
    expect(ogAlt(card)).toBe('水産・海洋 — カツオ生産量 — カツオ生産量・2023年: 54,122トン');
  });

  it('sizes titles by visual length (a Japanese character counts twice)', () => {
    expect(visualLength('abc')).toBe(3);
    expect(visualLength('北スラ')).toBe(6);
    expect(titleSize('Short', false)).toBe(72);
    expect(titleSize('北'.repeat(30), false)).toBe(60);
    expect(titleSize('x'.repeat(200), true)).toBe(42);
  });

  it('lays the card out in a 1200×630 box that includes its padding, with every text in it', () => {
    const tree = ogCardTree(card, 'f');
    expect(tree.props.style).toMatchObject({ width: 1200, height: 630, boxSizing: 'border-box', fontFamily: 'f' });
    const texts: string[] = [];
    const walk = (n: unknown): void => {
      if (typeof n === 'string') texts.push(n);
      else if (Array.isArray(n)) n.forEach(walk);
      else if (n && typeof n === 'object') walk((n as { props: { children?: unknown } }).props.children);
    };
    walk(tree);
    expect(texts).toEqual(['Sulut Atlas', '水産・海洋', 'カツオ生産量', '54,122トン', 'カツオ生産量・2023年', '出典：BPS', 'example.org/ja/fisheries']);
  });

  it('gives list pages their section card, shared by every page of the section', () => {
    const address = (p: string) => `x.org/en/${p}`.replace(/\/$/, '');
    expect(sectionPath('news/page/2/')).toBe('news/');
    const news = sectionCard('en', 'news/page/2/', address);
    expect(news).toEqual(sectionCard('en', 'news/kind/analysis/', address));
    expect(news).toMatchObject({ title: 'News', address: 'x.org/en/news', accent: 'site' });
    expect(sectionCard('id', 'fisheries/', address)).toMatchObject({ title: 'Perikanan & kelautan', accent: 'fisheries' });
    expect(sectionCard('ja', '', address)).toMatchObject({ kicker: '', address: 'x.org/en' });
  });

  it('builds page cards from what the page shows', () => {
    const dataset = makeDataset({ observations: [{ value: 1 }] });
    expect(datasetCard('en', dataset, { first: '2020', last: '2024' })).toMatchObject({ kicker: expect.stringContaining('Dataset'), detail: expect.stringContaining('2020–2024') });
    expect(articleCard('ja', { sectors: ['mining'], kind: 'analysis', date: '2026-02-11', summary: 's' }).kicker).toBe('金・鉱業 · 分析 · 2026年2月11日');
    expect(cardFigure('en', { label: 'Skipjack catch', value: '54,122 tonnes', period: '2023', credit: 'BPS' })).toEqual({ value: '54,122 tonnes', label: 'Skipjack catch · 2023', source: 'Source: BPS' });
    expect(cardFigure('en', undefined)).toBeUndefined();
  });
});
