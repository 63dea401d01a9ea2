import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '~/i18n/index';
import { CONTENT } from '~/content.config';
import { readContent } from '~/lib/content/read';
import { page } from '../lib/dist';

// Issue 13 §1: the editorial corrections, each held by a check on the built pages where a rule can hold it.
const { content: registry } = readContent(resolve(process.env.ATLAS_CONTENT_DIR ?? 'content'), CONTENT);
/** The text of a page outside its corrections note, which quotes what was wrong on purpose. */
const text = (url: string, selector = 'main') => {
  const root = page(url).root.querySelector(selector)!;
  const note = root.querySelector('.corrections-note');
  return (note ? root.text.replace(note.text, '') : root.text).replace(/\s+/g, ' ');
};
const ACTUAL = new Set(['final', 'preliminary']);

/**
 * Articles whose published claims were corrected (committed 2026-12-06 UTC): each carries a dated correction note
 * (issue 18). Articles changed in wording only say "updated" with the date the editors gave them.
 */
const CORRECTED = ['ina-group-audience-2026', 'community-mining-blocks-mercury', 'katsuobushi-japan-history', 'kek-likupang-investment', 'lobster-exports-known-unknown'];
const WORDING_ONLY = ['bitung-processing-capacity', 'sulut-japan-worker-pipeline', 'manado-narita-tuna-cargo', 'toka-tindung-gold-output'];

describe('editorial corrections (issue 13 §1)', () => {
  it.each(CORRECTED)('%s shows a dated correction note and its update date in every language', { timeout: 60_000 }, (key) => {
    for (const lang of LANGS) {
      const root = page(`/${lang}/news/${key}/`).root;
      expect(root.querySelectorAll('.corrections-note [data-correction="2026-12-06"]').length, `/${lang}/news/${key}/`).toBeGreaterThan(0);
      expect(root.querySelector('header time[datetime="2026-12-06"]'), `/${lang}/news/${key}/`).not.toBeNull();
    }
  });
  it.each(WORDING_ONLY)('%s (wording only) shows its update date and no correction note', { timeout: 60_000 }, (key) => {
    for (const lang of LANGS) {
      const root = page(`/${lang}/news/${key}/`).root;
      expect(root.querySelector('time[datetime="2026-12-05"]'), `/${lang}/news/${key}/`).not.toBeNull();
      expect(root.querySelector('.corrections-note'), `/${lang}/news/${key}/`).toBeNull();
    }
  });

  it('INA Group: DetailNews.id is a source, "return visit" is attributed, no unsourced "first", no 日系企業', { timeout: 60_000 }, () => {
    for (const lang of LANGS) {
      const url = `/${lang}/news/ina-group-audience-2026/`;
      const hrefs = page(url).root.querySelectorAll('.sources a[href^="https://"]').map((a) => a.getAttribute('href'));
      expect(hrefs).toContain('https://detailnews.id/gubernur-sulut-terima-ina-group-bahas-skema-kerja-ke-jepang-dan-ekspor-lobster');
      expect(text(url)).not.toMatch(/first among them|をはじめ|sebagai yang pertama/);
      expect(text(url)).toContain('Anik Yulius Selvanus');
    }
    expect(page('/ja/news/ina-group-audience-2026/').root.querySelector('h1')!.text).not.toContain('日系');
    // No page calls INA Japanese-owned: no source says so.
    for (const lang of LANGS) for (const key of ['ina-group-audience-2026', 'lobster-exports-known-unknown']) {
      const body = text(`/${lang}/news/${key}/`);
      expect(body, `${lang} ${key}`).not.toMatch(/日系企業|Japanese-linked|berjejaring Jepang/);
    }
    expect(text('/en/news/ina-group-audience-2026/')).toMatch(/Totabuan News\) called it a return visit|Totabuan News called it a return visit/);
  });

  it('community mining: the province does not issue metal-mining permits', { timeout: 60_000 }, () => {
    expect(text('/en/news/community-mining-blocks-mercury/')).not.toContain('the province must issue them');
    expect(text('/en/news/community-mining-blocks-mercury/')).toMatch(/not the province.s to issue/);
    expect(text('/ja/news/community-mining-blocks-mercury/')).toContain('それを出すのは州ではない');
    expect(text('/id/news/community-mining-blocks-mercury/')).toContain('bukan kewenangan provinsi');
  });

  it('every hub headline figure is the latest observation of its kind (actual against actual, plan against plan)', { timeout: 60_000 }, () => {
    const problems: string[] = [];
    let checked = 0;
    for (const hub of registry.hubs.values()) {
      for (const h of hub.headline) {
        const d = registry.datasets.get(h.dataset)!;
        const region = h.region ?? (d.geography.length === 1 ? d.geography[0] : '71');
        const series = h.series ?? 'value';
        const same = d.observations.filter((o) => o.series === series && o.region === region);
        const own = same.find((o) => o.period === h.period)!;
        const latest = same.filter((o) => ACTUAL.has(o.status) === ACTUAL.has(own.status)).map((o) => o.period).sort().at(-1);
        if (latest !== h.period) problems.push(`${hub.id}: ${h.dataset}/${series} shows ${h.period}, latest is ${latest}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(15);
    expect(problems).toEqual([]);
  });

  it('fisheries hub: the map and the capture chart are titled for what they draw; the Narita route is in the past tense', { timeout: 60_000 }, () => {
    for (const lang of LANGS) {
      const root = page(`/${lang}/fisheries/`).root;
      expect(root.querySelector('#hub-regency-map-title')!.text).not.toMatch(/tongkol|トンコル|ソウダ/i);
      expect(root.querySelector('#chart-fisheries-production-title')!.text).toMatch(/養殖を除く|tanpa budi daya|aquaculture not included/);
    }
    expect(text('/en/fisheries/')).not.toContain('air route carries fresh tuna');
    expect(text('/en/fisheries/')).toContain('the direct flight was not operating');
  });

  it('mining hub: the larger number of community-mining blocks is a plan', { timeout: 60_000 }, () => {
    expect(text('/en/mining/')).toContain('will be designated after verification');
    expect(text('/en/mining/', '.key-figures')).toContain('to be designated');
    expect(text('/ja/mining/', '.key-figures')).toContain('指定予定');
  });

  it('investor guide: the 2024 investment total carries the parts-do-not-sum caveat', { timeout: 60_000 }, () => {
    for (const lang of LANGS) {
      // The guide's last section is the one on investment so far.
      const section = page(`/${lang}/invest/guide/`).root.querySelectorAll('.guide h2').at(-1)!.nextElementSibling!;
      expect(section.querySelectorAll('data').length, lang).toBeGreaterThanOrEqual(4);
      expect(section.text).toMatch(/PMDN/);
    }
  });

  it('KEK Likupang: one-year and to-date figures are labelled as such', { timeout: 60_000 }, () => {
    const d = registry.datasets.get('kek-likupang-investment')!;
    const label = (id: string) => d.series.find((s) => s.id === id)!.label;
    expect(label('realised-in-year').en).toMatch(/in that year alone/);
    expect(label('realised-reported').en).toMatch(/total to the date/);
    expect(text('/en/news/kek-likupang-investment/')).toContain('The list is therefore not a trend');
    expect(text('/en/tourism/')).toContain('in 2022 alone');
  });

  it('katsuobushi: the tariff is to be removed; no source dates its entry into force', { timeout: 60_000 }, () => {
    expect(text('/en/news/katsuobushi-japan-history/')).toContain('is to be removed');
    expect(text('/en/news/katsuobushi-japan-history/')).not.toContain('processed tuna is removed');
  });

  it('timeline: the Kochi and Kagawa visits of December 2025 and the April 2025 send-off are there, with sources', { timeout: 60_000 }, () => {
    const ids = new Set([...registry.timeline.values()].map((e) => e.id));
    for (const id of ['kochi-visit', 'kagawa-visit', 'intern-send-off']) expect(ids.has(id), id).toBe(true);
    for (const e of [...registry.timeline.values()].filter((e) => ['kochi-visit', 'kagawa-visit', 'intern-send-off'].includes(e.id))) expect(e.sources.length).toBeGreaterThan(0);
  });
});
