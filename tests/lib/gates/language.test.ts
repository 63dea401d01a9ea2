import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { doubledWords, englishLeftovers, englishPhrases } from './language';

const page = (lang: string, body: string) => parse(`<html lang="${lang}"><body><main>${body}</main></body></html>`);
const phrases = (lang: string, body: string, names: string[] = []) => englishLeftovers(page(lang, body), lang, names).map((f) => f.phrase);

describe('language gate: English on /ja/ and /id/ pages', () => {
  it('bites on an English note left on a Japanese or Indonesian page (the pre-issue-13 locators)', () => {
    expect(phrases('ja', '<td>PT Archi<span class="locator">（Full-year target quoted by a stock blog.）</span></td>')).toEqual(['Full-year target quoted by a stock blog']);
    expect(phrases('id', '<p>Angka ini (Published as US$168,000.) berasal dari ANTARA.</p>')).toEqual(['Published as US']);
    expect(phrases('ja', '<p aria-label="Download the data">データ</p>')).toEqual(['Download the data']);
  });

  it('passes a quote marked with its language, code, addresses and hidden search keywords', () => {
    expect(phrases('ja', '<p>原文は<q lang="en">more than a third of the plants</q>である。</p>')).toEqual([]);
    expect(phrases('id', '<p><a href="#" lang="en">Report of the hearing</a></p><p><code>npm run test of it</code></p>')).toEqual([]);
    expect(phrases('ja', '<p>https://example.com/the-end-of-it と www.example.org/of/the を参照。</p>')).toEqual([]);
    expect(phrases('ja', '<p hidden data-pagefind-meta="keywords">terms of trade · 交易条件</p>')).toEqual([]);
  });

  it('passes names, Indonesian terms, capitals and grade numbers', () => {
    expect(phrases('ja', '<p>トカ・ティンドゥン（Toka Tindung）とBank Indonesia、wilayah pertambangan rakyat。</p>')).toEqual([]);
    expect(phrases('id', '<p>Ekspor ke AS mencapai 5 juta dolar AS; lisensi CC BY; Peringkat A; kategori (i) dan (ii); 1920-an.</p>')).toEqual([]);
    expect(phrases('id', '<p>Menurut kanpou.ai (index of Japan’s Official Gazette).</p>', ['kanpou.ai (index of Japan’s Official Gazette)'])).toEqual([]);
    expect(englishPhrases('Sulut Atlas, CC BY', ['Sulut Atlas'])).toEqual([]);
    expect(phrases('id', '<p class="citation">Sulut Atlas (2026). Judul [dataset, versi a9265732]. Sulut Atlas.</p>', ['Sulut Atlas'])).toEqual([]);
  });

  it('reads across inline markup but not across blocks', () => {
    expect(phrases('ja', '<p>注：<em>Reported</em> as <strong>canned fish</strong></p>')).toEqual(['Reported as canned fish']);
    expect(phrases('ja', '<ul><li>Manado</li><li>of</li></ul>')).toEqual([]);
  });
});

describe('language gate: doubled words', () => {
  it('bites on a word written twice, even with a figure reference between', () => {
    const root = page('id', '<p>ada <span class="fig"><data value="14">14 penerbangan</data><sup class="fig-ref">[data · Okezone]</sup></span> penerbangan kargo langsung</p>');
    expect(doubledWords(root, 'id').map((f) => f.phrase)).toEqual(['penerbangan penerbangan']);
    expect(doubledWords(page('en', '<p>121 units units of all sizes</p>'), 'en').map((f) => f.phrase)).toEqual(['units units']);
  });

  it('passes Indonesian reduplication with a hyphen and repeats across blocks', () => {
    expect(doubledWords(page('id', '<p>kota-kota besar</p><h2>Pariwisata</h2><p>Pariwisata tumbuh</p>'), 'id')).toEqual([]);
  });
});
