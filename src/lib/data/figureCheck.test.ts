import { describe, expect, it } from 'vitest';
import { checkFigures } from './figureCheck';

const prose = (body: string) => `<main><div class="prose" data-figure-check>${body}</div></main>`;
const numbers = (body: string) => checkFigures(prose(body)).map((f) => f.number);

describe('checkFigures', () => {
  it('flags bare numbers in prose', () => {
    expect(numbers('<p>The wage rose to Rp4,002,630 from 3.775.425 rupiah, up 6%.</p>')).toEqual(['4,002,630', '3.775.425', '6']);
    expect(numbers('<p>最低賃金は４００万ルピアだ。</p>')).toEqual(['４００']);
  });
  it('reads decoded text: an escaped apostrophe is not the number 39, an escaped digit still counts', () => {
    expect(numbers('<p>The province&#39;s plants&nbsp;run below capacity.</p>')).toEqual([]);
    expect(numbers('<p>It rose by &#55;%.</p>')).toEqual(['7']);
  });
  it('accepts numbers inside data, time and code, and ignores hrefs', () => {
    expect(numbers('<p><data value="4002630">Rp4,002,630</data> on <time datetime="2026-02-11">11 Feb</time>, <code>x = 42</code>, <a href="https://x.org/2026/02/15">report</a>.</p>')).toEqual([]);
  });
  it('only checks .prose and [data-figure-check]', () => {
    expect(checkFigures('<main><p>Page 42 of 100</p><section data-figure-check><p>7 boats</p></section></main>').map((f) => f.number)).toEqual(['7']);
  });
  it('allows lone years but not year-like parts of numbers', () => {
    expect(numbers('<p>In 2026, and in 2025年, since 1998.</p>')).toEqual([]);
    expect(numbers('<p>2,026 boats; 2200 tonnes; 1850 people</p>')).toEqual(['2,026', '2200', '1850']);
  });
  it('allows written-out dates in three languages', () => {
    expect(numbers('<p>on Wednesday 11 February 2026; pada Rabu, 11 Februari 2026; February 11; 2026年2月11日は水曜日</p>')).toEqual([]);
    expect(numbers('<p>11 boats in February</p>')).toEqual(['11']);
    expect(numbers('<p>2024年1〜5月、2019年1～2月に、原料は1日約</p>')).toEqual([]);
    expect(numbers('<p>2日約、1〜5トン、3か月</p>')).toEqual(['2', '1', '5', '3']);
  });
  it('allows codes and names with digits, not currency', () => {
    expect(numbers('<p>An A330 flew GA 880 for the G20, said Sulut24 and Liputan15, under PP 84/2019.</p>')).toEqual([]);
    expect(numbers('<p>USD 500 and IDR 200 and Rp5 and Rp 7</p>')).toEqual(['500', '200', '5', '7']);
    expect(numbers('<p>スルット24によると</p>')).toEqual([]);
    expect(numbers('<p>特定技能1号と特定技能2号</p>')).toEqual([]);
    expect(numbers('<p>技能1号、特定技能3号、特定技能1人</p>')).toEqual(['1', '3', '1']);
  });
  it('flags a year-like number followed by a unit or count word (issue 12 §5)', () => {
    expect(numbers('<p>The plant handled 2000 tonnes.</p>')).toEqual(['2000']);
    expect(numbers('<p>The port moved 1950 containers.</p>')).toEqual(['1950']);
    expect(numbers('<p>Ekspor 2000 ton; 2019 orang; 2020 kapal; 2000 juta</p>')).toEqual(['2000', '2019', '2020', '2000']);
    expect(numbers('<p>漁獲量は2000トン、訪問者は1999人、2000万円</p>')).toEqual(['2000', '1999', '2000']);
    expect(numbers('<p>It grew 2000% and 2010 per cent, worth Rp 2000 or USD 2019.</p>')).toEqual(['2000', '2010', '2000', '2019']);
    // Still years: a year before a word that is not a unit, a word of time before a year that opens a
    // clause, and the Japanese year marker.
    expect(numbers('<p>In 2019 the port reopened; by 2020 tourism fell; 2024年に。</p>')).toEqual([]);
    expect(numbers('<p>In 2019 people left. Pada 2019 pabrik di Bitung; pada 2020 perusahaan melaporkan. Pada Maret 2017 pabrik.</p>')).toEqual([]);
    expect(numbers('<p>In 2019 tonnes of fish; pada 2020 ton ikan</p>')).toEqual(['2019', '2020']);
  });

  it('flags any number after capitals and a space, except two-letter codes (issue 12 §5)', () => {
    expect(numbers('<p>Menurut BPS 415 orang bekerja.</p>')).toEqual(['415']);
    expect(numbers('<p>The UMP 4002630 rupiah applies.</p>')).toEqual(['4002630']);
    expect(numbers('<p>The UMP 4002630 applies; KKP 500 boats; BKIPM 12 permits.</p>')).toEqual(['4002630', '500', '12']);
    expect(numbers('<p>GA 88012 and GA 880 tonnes</p>')).toEqual(['88012', '880']);
    expect(numbers('<p>A330 seats and G20 people</p>')).toEqual(['330', '20']);
  });

  it('allows footnote markers and bare URLs as link text', () => {
    expect(numbers('<p>Text<sup><a href="#fn-1" data-footnote-ref>1</a></sup> and<sup>[2]</sup> <a href="https://a.id/2026/02">https://a.id/2026/02</a></p>')).toEqual([]);
    expect(numbers('<p><span class="fig"><data value="5">5</data><sup class="fig-ref"><a href="/x">Sulut24 data</a></sup></span></p>')).toEqual([]);
  });
  it('reports context for the message', () => {
    expect(checkFigures(prose('<p>The province exported 54,122 tonnes of fish.</p>'))[0]!.context).toContain('exported 54,122 tonnes');
  });
});
