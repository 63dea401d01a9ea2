import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '~/i18n/index';
import type { Dataset } from '~/schemas/dataset';
import { CONTENT } from '~/content.config';
import { readContent } from '../content/read';
import { whyNotComparable } from './compare';
import { dataset as makeDataset } from '../../../tests/fixtures/factory';
import { buildChartSpec, type SpecOptions } from './spec';
import { summarizeChart, takeawayFor, type ChartSummary } from './summary';

/*
 * Issue 12 §1: generated summaries compare only like with like. Each rule is shown with the real datasets the
 * issue names, and each of its six pages gets its expected sentences in all three languages.
 */
const { content: registry } = readContent('content', CONTENT);
const real = (id: string): Dataset => {
  const dataset = registry.datasets.get(id);
  if (!dataset) throw new Error(`content/datasets/${id}.json is missing`);
  return dataset;
};
const obs = (id: string, period: string, series = 'value', region = '71') => {
  const found = real(id).observations.filter((o) => o.period === period && o.series === series && o.region === region);
  if (found.length === 0) throw new Error(`${id}: no observation ${series} ${region} ${period}`);
  return found[0]!;
};
const sources = registry.sources;
const summary = (dataset: Dataset, lang: Lang, options: Omit<SpecOptions, 'lang'> = {}, extra: Partial<Dataset> = {}): ChartSummary => {
  const d = { ...dataset, ...extra };
  return summarizeChart(buildChartSpec(d, { lang, regions: registry.regions, sources, ...options }), { dataset: d, sources, takeaway: takeawayFor(d, options) });
};
const context = { sources };

describe('the rules, with the real datasets', () => {
  it('compares only the same series and region', () => {
    expect(whyNotComparable(obs('manado-narita-cargo', '2023-04/2023-04', 'airport-cargo'), obs('manado-narita-cargo', '2024-04/2024-04', 'airport-cargo'), context)).toBeUndefined();
    expect(whyNotComparable(obs('manado-narita-cargo', '2020-09/2020-10', 'airport-tuna'), obs('manado-narita-cargo', '2024-01/2024-05', 'airport-cargo'), context)).toBe('series');
    expect(whyNotComparable(obs('grdp-growth', '2023', 'value', '71.72'), obs('grdp-growth', '2024', 'value', '71.71'), context)).toBe('region');
  });

  it('never compares periods of different length: six months against one (precious-metal-exports), two against five (manado-narita-cargo)', () => {
    expect(whyNotComparable(obs('precious-metal-exports', '2018-01/2018-06', 'all-destinations'), obs('precious-metal-exports', '2021-01/2021-01', 'all-destinations'), context)).toBe('period-length');
    expect(whyNotComparable(obs('manado-narita-cargo', '2020-09/2020-10', 'airport-tuna'), obs('manado-narita-cargo', '2024-01/2024-05', 'airport-tuna'), context)).toBe('period-length');
    // One month against the same month a year later, from the same source, is like with like.
    expect(whyNotComparable(obs('precious-metal-exports', '2020-01/2020-01', 'all-destinations'), obs('precious-metal-exports', '2021-01/2021-01', 'all-destinations'), context)).toBeUndefined();
  });

  it('never compares across source families unless the dataset declares the pair (fishery-exports-japan 2019 vs 2024)', () => {
    const [from, to] = [obs('fishery-exports-japan', '2019-01/2019-12', 'all-value'), obs('fishery-exports-japan', '2024-01/2024-12', 'all-value')];
    expect(whyNotComparable(from, to, context)).toBe('source-family');
    expect(whyNotComparable(from, to, { sources, comparableSources: [[to.source, from.source]] })).toBeUndefined();
    // A computed figure (data desk's derived observations) is never compared with a recorded one.
    expect(whyNotComparable({ ...from, source: to.source, derived: { method: 'sum' } }, to, context)).toBe('source-family');
  });

  it('never compares an estimate with a target, nor a target with an actual figure (Toka Tindung gold, /ja/mining/)', () => {
    const gold = (period: string) => real('toka-tindung-gold-output').observations.find((o) => o.series === 'gold' && o.period === period)!;
    expect([gold('2011').status, gold('2025').status]).toEqual(['estimate', 'target']);
    expect(whyNotComparable(gold('2011'), gold('2025'), context)).toBe('status-kind');
    expect(whyNotComparable(gold('2024'), gold('2025'), context)).toBe('status-kind');
    const guidance = obs('toka-tindung-gold-output', '2021', 'gold-guidance-low', '71.06');
    expect(whyNotComparable({ ...guidance, period: '2020' }, guidance, context)).toBe('not-a-change');
  });

  it('states changes in rates and shares in percentage points, never in percent (grdp-growth 6.01% → 5.66%)', () => {
    const growth = real('grdp-growth');
    const pair = { observations: growth.observations.filter((o) => o.region === '71' && ['2018', '2025'].includes(o.period)), comparableSources: [[obs('grdp-growth', '2018').source, obs('grdp-growth', '2025').source]] as [string, string][] };
    const texts = Object.fromEntries(LANGS.map((lang) => [lang, summary(growth, lang, { kind: 'bar' }, pair).text]));
    expect(texts.en).toContain('down 0.35 percentage points from 6.01% in 2018 (no data for 2019–2024)');
    expect(texts.ja).toContain('2018年の6.01%から0.35ポイント低下した（2019–2024年はデータなし）');
    expect(texts.id).toContain('turun 0,35 poin persentase dari 6,01% pada 2018 (tidak ada data untuk 2019–2024)');
    for (const text of Object.values(texts)) expect(text).not.toMatch(/5[.,]8\s?%|6[.,]4\s?%/);
  });

  it('states a share change in points within one source family and names the gap it spans (arrivals-china-share)', () => {
    const share = summary(real('arrivals-china-share'), 'en', { kind: 'line', selection: { from: '2020-06', to: '2022-06' } });
    expect(share.sentences.at(-1)).toBe(
      "Chinese nationals as a share of the month's foreign visitors: 73.30% in June 2022, down 22.23 percentage points from 95.53% in November 2021 (no data for December 2021–May 2022).",
    );
    expect(share.compares).toEqual(['obs-value-71-2021-11', 'obs-value-71-2022-06']);
    expect(summary(real('arrivals-china-share'), 'ja', { kind: 'line', selection: { from: '2020-06', to: '2022-06' } }).text).toContain('22.23ポイント低下した（2021年12月–2022年5月はデータなし）');
  });

  it('names the gaps a coverage sentence spans instead of passing over them', () => {
    const tanks = summary(real('mercury-reduction'), 'en', { selection: { series: ['mercury-free-tanks'] } });
    expect(tanks.sentences[0]).toBe('The chart covers 2018 to 2022, with no data for 2020.');
    expect(summary(real('mercury-reduction'), 'ja', { selection: { series: ['mercury-free-tanks'] } }).sentences[0]).toBe('2018年から2022年までを示す（2020年はデータなし）。');
  });

  it('writes at most three sentences for every real chart, in every language (the SSW chart had eleven)', () => {
    let charts = 0;
    for (const dataset of registry.datasets.values()) {
      for (const lang of LANGS) {
        const s = summary(dataset, lang);
        expect(s.sentences.length, `${dataset.id} ${lang}`).toBeLessThanOrEqual(3);
        expect(s.sentences.length, `${dataset.id} ${lang}`).toBeGreaterThan(0);
        charts++;
      }
    }
    expect(charts).toBe(registry.datasets.size * 3);
    const ssw = summary(real('japan-ssw-holders'), 'ja');
    expect(ssw.sentences).toEqual([
      '2020年6月から2025年6月までの61か月のうち、数値があるのは6か月である。',
      '2025年6月の合計は333,123人（速報値）で、2024年6月の251,594人から32.4%増えた。',
    ]);
  });

  it('lets an editor’s takeaway lead and still stops at three sentences', () => {
    const takeaway = { ja: '編集部の要点。', id: 'Inti dari redaksi.', en: 'The editor’s point.' };
    const dataset = real('manado-narita-cargo');
    const s = summarizeChart(buildChartSpec(dataset, { lang: 'en', sources }), { dataset, sources, takeaway });
    expect(s.sentences).toHaveLength(3);
    expect(s.sentences[0]).toBe('The editor’s point.');
    expect(s.sentences[2]).toMatch(/^Direct cargo to Japan counted by the airport operator: 14,220 kg in April 2024, up 14.8%/);
  });

  it('uses the dataset’s takeaway only where the chart shows the whole dataset; a hub chart’s own wins', () => {
    const dataset = real('arrivals-china-share');
    const own = { ja: '要点。', id: 'Inti.', en: 'Point.' };
    expect(takeawayFor(dataset, {})).toBe(dataset.takeaway);
    expect(takeawayFor(dataset, { selection: { from: '2024' } })).toBeUndefined();
    expect(takeawayFor(dataset, { selection: { from: '2024' }, takeaway: own })).toBe(own);
  });

  it('states no change at all without sources to check comparability against', () => {
    const dataset = real('japan-ssw-holders');
    const s = summarizeChart(buildChartSpec(dataset, { lang: 'en' }));
    expect(s.compares).toBeUndefined();
    expect(s.text).not.toMatch(/\bup\b|\bdown\b/);
  });
});

/** The six pages of the issue: the sentences now generated, in three languages. */
describe('the six pages of issue 12', () => {
  const pages: { name: string; id: string; options?: Omit<SpecOptions, 'lang'>; expected: Record<Lang, string>; compares?: [string, string] }[] = [
    {
      name: '/data/precious-metal-exports/ (was: six months against one month)',
      id: 'precious-metal-exports',
      expected: {
        en: 'The figures cover 17 months of the 37 months from January 2018 to January 2021. All destinations: 27.256 million US dollars in January 2021, up 166.8% from 10.215 million US dollars in January 2020.',
        id: 'Angka tersedia untuk 17 bulan dari 37 bulan antara Januari 2018 dan Januari 2021. Semua tujuan: 27,256 juta dolar AS pada Januari 2021, naik 166,8% dari 10,215 juta dolar AS pada Januari 2020.',
        ja: '2018年1月から2021年1月までの37か月のうち、数値があるのは17か月である。2021年1月の全仕向け先は2,725万6,000米ドルで、2020年1月の1,021万5,000米ドルから166.8%増えた。',
      },
      compares: ['obs-all-destinations-71-2020-01-2020-01', 'obs-all-destinations-71-2021-01-2021-01'],
    },
    {
      name: '/data/manado-narita-cargo/ (was: a two-month total against a five-month total)',
      id: 'manado-narita-cargo',
      expected: {
        en: 'The figures cover 15 months of the 45 months from September 2020 to May 2024. Tuna counted by the airport operator: 76,732 kg in January–May 2024. Direct cargo to Japan counted by the airport operator: 14,220 kg in April 2024, up 14.8% from 12,390 kg in April 2023.',
        id: 'Angka tersedia untuk 15 bulan dari 45 bulan antara September 2020 dan Mei 2024. Tuna menurut pengelola bandara: 76.732 kg pada Januari–Mei 2024. Kargo langsung ke Jepang menurut pengelola bandara: 14.220 kg pada April 2024, naik 14,8% dari 12.390 kg pada April 2023.',
        ja: '2020年9月から2024年5月までの45か月のうち、数値があるのは15か月である。2024年1–5月の空港運営会社が数えたマグロは76,732kgだった。2024年4月の空港運営会社が数えた日本向け直行貨物は14,220kgで、2023年4月の12,390kgから14.8%増えた。',
      },
      compares: ['obs-airport-cargo-71-2023-04-2023-04', 'obs-airport-cargo-71-2024-04-2024-04'],
    },
    {
      name: '/data/fishery-exports-japan/ (was: a 2019 quarantine-agency figure against a 2024 ministry figure; the editor’s takeaway leads)',
      id: 'fishery-exports-japan',
      expected: {
        en: 'Full-year values exist only for 2019 and 2024, and they were counted by different agencies (BKIPM and KKP), so they cannot be read as a rise or a fall. The figures cover 35 months of the 72 months from January 2019 to December 2024. All fishery products, value: 25.1 million US dollars in 2024.',
        id: 'Nilai setahun penuh hanya ada untuk 2019 dan 2024, dan keduanya dihitung oleh lembaga berbeda (BKIPM dan KKP), sehingga tidak dapat dibaca sebagai kenaikan atau penurunan. Angka tersedia untuk 35 bulan dari 72 bulan antara Januari 2019 dan Desember 2024. Semua produk perikanan, nilai: 25,1 juta dolar AS pada 2024.',
        ja: '通年の数値は2019年と2024年の分しかなく、しかも集計した機関が異なる（BKIPMとKKP）ため、増減としては読めない。2019年1月から2024年12月までの72か月のうち、数値があるのは35か月である。2024年の水産物全体 輸出額は2,510万米ドルだった。',
      },
    },
    {
      name: '/economy/ grdp-growth (was: a rate falling "by 5.8%")',
      id: 'grdp-growth',
      options: { kind: 'bar', selection: { region: '71' } },
      expected: {
        en: "The chart covers 2018 to 2025. Growth on the previous year: 5.66% in 2025, up 0.27 percentage points from 5.39% in 2024.",
        id: "Grafik mencakup 2018 sampai 2025. Pertumbuhan tahunan: 5,66% pada 2025, naik 0,27 poin persentase dari 5,39% pada 2024.",
        ja: "2018年から2025年までを示す。2025年の前年比成長率は5.66%で、2024年の5.39%から0.27ポイント上昇した。",
      },
      compares: ["obs-value-71-2024", "obs-value-71-2025"],
    },
    {
      name: '/tourism/ arrivals-china-share (was: a share falling "by 37.1%"; the editor’s takeaway leads)',
      id: 'arrivals-china-share',
      options: { kind: 'line' },
      expected: {
        en: "In most months on record Chinese nationals were more than half of all foreign visitors; the very high shares of 2020–2021 reflect the near absence of other visitors, not more Chinese ones. The figures cover 19 months of the 107 months from February 2017 to December 2025. Chinese nationals as a share of the month's foreign visitors: 51.17% in December 2025, down 22.24 percentage points from 73.41% in October 2025 (no data for November 2025).",
        id: "Pada sebagian besar bulan yang tercatat, warga Tiongkok merupakan lebih dari separuh wisman; porsi yang sangat tinggi pada 2020–2021 terjadi karena hampir tidak ada wisman lain, bukan karena wisman Tiongkok bertambah. Angka tersedia untuk 19 bulan dari 107 bulan antara Februari 2017 dan Desember 2025. Porsi warga Tiongkok dari wisman bulanan: 51,17% pada Desember 2025, turun 22,24 poin persentase dari 73,41% pada Oktober 2025 (tidak ada data untuk November 2025).",
        ja: "記録のある月の大半で中国国籍者が外国人訪問者の過半を占めたが、2020–2021年の極めて高い割合は、中国人訪問者の増加ではなく、他国からの訪問者がほぼいなかったことを映している。2017年2月から2025年12月までの107か月のうち、数値があるのは19か月である。2025年12月の月間外国人訪問者に占める中国国籍者の割合は51.17%で、2025年10月の73.41%から22.24ポイント低下した（2025年11月はデータなし）。",
      },
      compares: ["obs-value-71-2025-10", "obs-value-71-2025-12"],
    },
    {
      name: '/mining/ toka-tindung-gold-output (was: "up 100%" from a 2011 estimate to a 2025 target)',
      id: 'toka-tindung-gold-output',
      options: { kind: 'bar', selection: { series: ['gold'] } },
      expected: {
        en: "The figures cover 7 years of the 15 years from 2011 to 2025. Gold produced: 93.4 thousand troy oz in 2024, down 24.2% from 123.3 thousand troy oz in 2023.",
        id: "Angka tersedia untuk 7 tahun dari 15 tahun antara 2011 dan 2025. Produksi emas: 93,4 ribu troy ons pada 2024, turun 24,2% dari 123,3 ribu troy ons pada 2023.",
        ja: "2011年から2025年までの15年のうち、数値があるのは7年である。2024年の金の生産量は9万3,400トロイオンスで、2023年の12万3,300トロイオンスから24.2%減った。",
      },
      compares: ["obs-gold-71-06-2023", "obs-gold-71-06-2024--cgsi-archi-output-2024"],
    },
  ];
  for (const page of pages) {
    it.each(LANGS)(`${page.name} in %s`, (lang) => {
      const s = summary(real(page.id), lang, page.options);
      expect(s.text).toBe(page.expected[lang]);
      expect(s.compares).toEqual(page.compares);
    });
  }
});

describe('summaries of small fixtures', () => {
  it('says when only one value exists', () => {
    const one = makeDataset({ observations: [{ period: '2023', value: 54122 }] });
    expect(summarizeChart(buildChartSpec(one, { lang: 'en' })).text).toBe('One value is recorded: 54,122 t (2023).');
  });

  it('names both sources and their values where they disagree', () => {
    const disputed = makeDataset({
      observations: [
        { period: '2023', value: 100, source: 'bps' },
        { period: '2024', value: 120, source: 'bps' },
        { period: '2024', value: 150, source: 'news' },
      ],
    });
    const sourceMap = new Map([
      ['bps', { publisher: 'BPS' }],
      ['news', { publisher: 'ANTARA' }],
    ]);
    const s = summarizeChart(buildChartSpec(disputed, { lang: 'en', sources: sourceMap }), { dataset: disputed, sources: sourceMap });
    expect(s.sentences).toEqual([
      'The chart covers 2023 to 2024.',
      'Fish landed: 120 t in 2024, up 20% from 100 t in 2023.',
      'For 2024 the sources differ: BPS reports 120 t; ANTARA reports 150 t.',
    ]);
    expect(s.compares).toEqual(['obs-value-71-2023', 'obs-value-71-2024--bps']);
  });

  it('describes a change across zero without a percentage', () => {
    const balance = makeDataset({ unit: 'usd', observations: [{ period: '2019', value: 5 }, { period: '2020', value: -3 }] });
    const s = summarizeChart(buildChartSpec(balance, { lang: 'en' }), { dataset: balance, sources: new Map([['src-a', { publisher: 'A' }]]) });
    expect(s.sentences[1]).toBe('Fish landed: -3 US dollars in 2020, down from 5 US dollars in 2019.');
  });

  it('ranks regions and passes on empty and error messages', () => {
    const regencies = makeDataset({
      observations: [
        { region: '71.71', value: 300 },
        { region: '71.72', value: 200 },
      ],
    });
    const regions = new Map([
      ['71.71', { name: { ja: 'マナド市', id: 'Kota Manado', en: 'Manado' } }],
      ['71.72', { name: { ja: 'ビトゥン市', id: 'Kota Bitung', en: 'Bitung' } }],
    ]);
    expect(summarizeChart(buildChartSpec(regencies, { lang: 'en', regions })).text).toBe('2024, 2 values: the largest is Manado with 300 t, the smallest Bitung with 200 t.');
    expect(summarizeChart(buildChartSpec(regencies, { lang: 'en', selection: { to: '2000' } })).text).toBe('There are no values to plot.');
  });

  it('names every region that ties for the smallest (or largest) value, not just the first', () => {
    // Japan's fiscal-2025 minimum wage: Kochi, Miyazaki and Okinawa share the lowest rate.
    const wages = makeDataset({
      unit: 'jpy',
      observations: [
        { region: 'JP-13', value: 1226 },
        { region: 'JP-39', value: 1023 },
        { region: 'JP-45', value: 1023 },
        { region: 'JP-47', value: 1023 },
        { region: 'JP-37', value: 1036 },
      ],
    });
    const regions = new Map(
      (
        [
          ['JP-13', '東京都', 'Tokyo'],
          ['JP-37', '香川県', 'Kagawa'],
          ['JP-39', '高知県', 'Kochi'],
          ['JP-45', '宮崎県', 'Miyazaki'],
          ['JP-47', '沖縄県', 'Okinawa'],
        ] as const
      ).map(([code, ja, en]) => [code, { name: { ja, id: en, en } }]),
    );
    expect(summarizeChart(buildChartSpec(wages, { lang: 'en', regions })).text).toBe('2024, 5 values: the largest is Tokyo with 1,226 yen, the smallest Kochi, Miyazaki and Okinawa with 1,023 yen.');
    expect(summarizeChart(buildChartSpec(wages, { lang: 'ja', regions })).text).toBe('2024年の5件の値のうち、最大は東京都の1,226円、最小は高知県、宮崎県と沖縄県の1,023円である。');
  });
});
