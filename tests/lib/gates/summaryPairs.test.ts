import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { page } from './fixtures';
import { monthsOf, pagePairProblems, type PairContext, type RawDataset } from './summaryPairs';

/* The like-for-like gate bites: each fixture is a bad pair the issue found on the built site (issue 12 §1). */
const datasets: RawDataset[] = [
  {
    id: 'metal',
    unit: 'usd-million',
    observations: [
      { period: '2018-01/2018-06', region: '71', series: 'all', source: 'antara' },
      { period: '2020-01/2020-01', region: '71', series: 'all', source: 'barometer' },
      { period: '2021-01/2021-01', region: '71', series: 'all', source: 'barometer' },
    ],
  },
  {
    id: 'fish',
    unit: 'usd-million',
    observations: [
      { period: '2019-01/2019-12', region: '71', source: 'quarantine' },
      { period: '2024-01/2024-12', region: '71', source: 'ministry' },
    ],
  },
  {
    id: 'gold',
    unit: 'troy-ounces-thousand',
    observations: [
      { period: '2011', region: '71.06', source: 'antara', status: 'estimate' },
      { period: '2024', region: '71.06', source: 'antara' },
      { period: '2025', region: '71.06', source: 'antara', status: 'target' },
    ],
  },
  {
    id: 'growth',
    unit: 'percent',
    observations: [
      { period: '2018', region: '71', source: 'bps' },
      { period: '2025', region: '71', source: 'bps-via-antara' },
    ],
  },
];
const context: PairContext = {
  datasets: new Map(datasets.map((d) => [d.id, d])),
  sources: new Map([
    ['antara', { id: 'antara', publisher: 'ANTARA' }],
    ['barometer', { id: 'barometer', publisher: 'Barometer' }],
    ['quarantine', { id: 'quarantine', publisher: 'Drakkan', origin: { publisher: 'BKIPM' } }],
    ['ministry', { id: 'ministry', publisher: 'Eranesia', origin: { publisher: 'KKP' } }],
    ['bps', { id: 'bps', publisher: 'BPS Sulawesi Utara' }],
    ['bps-via-antara', { id: 'bps-via-antara', publisher: 'ANTARA', origin: { publisher: 'BPS  Sulawesi Utara' } }],
  ]),
  unitKinds: new Map([
    ['usd-million', 'currency'],
    ['troy-ounces-thousand', 'mass'],
    ['percent', 'percent'],
  ]),
};
const summary = (dataset: string, text: string, compares?: string, lang = 'en') =>
  parse(page(`<figure><p class="chart-summary" data-dataset="${dataset}"${compares ? ` data-compares="${compares}"` : ''}>${text}</p></figure>`, { lang }));
const problems = (...args: Parameters<typeof summary>) => pagePairProblems(summary(...args), context).problems;

describe('summary pair gate', () => {
  it('passes a like-for-like pair and counts it', () => {
    const ok = pagePairProblems(summary('metal', 'All: 27.256 in January 2021, up 166.8% from 10.215 in January 2020.', 'obs-all-71-2020-01-2020-01 obs-all-71-2021-01-2021-01'), context);
    expect(ok).toEqual({ summaries: 1, checked: 1, problems: [] });
    // A source quoting the original publisher is in that publisher's family.
    expect(problems('growth', 'Growth: 5.66% in 2025, down 0.35 percentage points from 6.01% in 2018.', 'obs-value-71-2018 obs-value-71-2025')).toEqual([]);
  });

  it('bites on six months against one month (precious-metal-exports)', () => {
    expect(problems('metal', 'All: 27.256 in January 2021, down 16.6% from 32.7 in January–June 2018.', 'obs-all-71-2018-01-2018-06 obs-all-71-2021-01-2021-01')).toEqual([
      'metal: obs-all-71-2018-01-2018-06 → obs-all-71-2021-01-2021-01: periods of different length (6 and 1 months)',
      'metal: obs-all-71-2018-01-2018-06 → obs-all-71-2021-01-2021-01: different source families (antara, barometer)',
    ]);
  });

  it('bites on two source families (fishery-exports-japan 2019 vs 2024)', () => {
    expect(problems('fish', 'Value: 25.1 in 2024, down 13.7% from 29.09 in 2019.', 'obs-value-71-2019-01-2019-12 obs-value-71-2024-01-2024-12')).toEqual([
      'fish: obs-value-71-2019-01-2019-12 → obs-value-71-2024-01-2024-12: different source families (bkipm, kkp)',
    ]);
  });

  it('bites on an estimate against a target, and on a target against an actual figure (Toka Tindung gold)', () => {
    expect(problems('gold', 'Gold: 122 in 2025, up 100% from 61 in 2011.', 'obs-value-71-06-2011 obs-value-71-06-2025')).toEqual([
      'gold: obs-value-71-06-2011 → obs-value-71-06-2025: different kinds of figure (estimate, target)',
    ]);
    expect(problems('gold', 'Gold: 122 in 2025, up 30.6% from 93.4 in 2024.', 'obs-value-71-06-2024 obs-value-71-06-2025')).toHaveLength(1);
  });

  it('bites on a percentage changing "by x%" (grdp-growth on /ja/economy/)', () => {
    expect(problems('growth', '2025年の成長率は5.66%で、2018年の6.01%から5.8%減った。', 'obs-value-71-2018 obs-value-71-2025', 'ja')).toEqual([
      'growth: obs-value-71-2018 → obs-value-71-2025: a change in a percentage not stated in percentage points',
      'growth: obs-value-71-2018 → obs-value-71-2025: a change in a percentage stated in percent',
    ]);
  });

  it('bites on a stated change that names no pair, a pair out of order and an unknown row', () => {
    expect(problems('metal', 'All: 27.256 in January 2021, up 166.8% from 10.215 in January 2020.')).toHaveLength(1);
    expect(problems('metal', 'All: up 1% from 2 in x.', 'obs-all-71-2021-01-2021-01 obs-all-71-2020-01-2020-01')).toEqual([
      'metal: obs-all-71-2021-01-2021-01 → obs-all-71-2020-01-2020-01: not in time order',
    ]);
    expect(problems('metal', 'All: up 1% from 2 in x.', 'obs-all-71-2019 obs-all-71-2021-01-2021-01')[0]).toMatch(/does not name two rows/);
    // A summary that states no change needs no pair.
    expect(problems('metal', 'The chart covers 2018 to 2021. All: 27.256 in January 2021.')).toEqual([]);
  });

  it('orders days within one month (exchange rates)', () => {
    const rates: RawDataset = { id: 'fx', unit: 'idr-per-jpy', observations: [{ period: '2026-03-04', region: 'IDN', source: 'bi' }, { period: '2026-03-12', region: 'IDN', source: 'bi' }] };
    const fx = { ...context, datasets: new Map([['fx', rates]]), sources: new Map([['bi', { id: 'bi', publisher: 'Bank Indonesia' }]]) };
    const good = parse(page('<p class="chart-summary" data-dataset="fx" data-compares="obs-value-idn-2026-03-04 obs-value-idn-2026-03-12">Rate: 108 on 12 March 2026, up 1% from 107 on 4 March 2026.</p>'));
    expect(pagePairProblems(good, fx).problems).toEqual([]);
    const reversed = parse(page('<p class="chart-summary" data-dataset="fx" data-compares="obs-value-idn-2026-03-12 obs-value-idn-2026-03-04">Rate: up 1% from 107.</p>'));
    expect(pagePairProblems(reversed, fx).problems).toEqual(['fx: obs-value-idn-2026-03-12 → obs-value-idn-2026-03-04: not in time order']);
  });

  it('follows computed rows to the families of their inputs (data desk’s derived observations)', () => {
    const ratio = (period: string) => ({ method: 'ratio', inputs: [{ dataset: 'usd', series: 'jisdor', region: 'IDN', period }, { dataset: 'yen', series: 'market', region: 'JPN', period }] });
    const cross: RawDataset = {
      id: 'cross',
      unit: 'idr-per-jpy',
      observations: [
        { period: '2026-03-02', region: 'IDN', series: 'jisdor-cross', derived: ratio('2026-03-02') },
        { period: '2026-03-03', region: 'IDN', series: 'jisdor-cross', derived: ratio('2026-03-03') },
        { period: '2026-03-04', region: 'IDN', series: 'jisdor-cross', source: 'bi' },
      ],
    };
    const input = (id: string, series: string, region: string, source: string): RawDataset => ({
      id,
      unit: 'ratio',
      observations: ['2026-03-02', '2026-03-03'].map((period) => ({ period, region, series, source })),
    });
    const fx: PairContext = {
      ...context,
      datasets: new Map([['cross', cross], ['usd', input('usd', 'jisdor', 'IDN', 'bi')], ['yen', input('yen', 'market', 'JPN', 'news')]]),
      sources: new Map([['bi', { id: 'bi', publisher: 'Bank Indonesia' }], ['news', { id: 'news', publisher: 'Kontan' }]]),
    };
    const say = (compares: string) => pagePairProblems(parse(page(`<p class="chart-summary" data-dataset="cross" data-compares="${compares}">Cross: up 1% from 107.</p>`)), fx).problems;
    expect(say('obs-jisdor-cross-idn-2026-03-02 obs-jisdor-cross-idn-2026-03-03')).toEqual([]);
    expect(say('obs-jisdor-cross-idn-2026-03-03 obs-jisdor-cross-idn-2026-03-04')).toEqual([
      'cross: obs-jisdor-cross-idn-2026-03-03 → obs-jisdor-cross-idn-2026-03-04: different source families (ratio(bank indonesia, kontan), bank indonesia)',
    ]);
  });

  it('measures periods independently of the site code', () => {
    expect(monthsOf('2024-01/2024-05')).toEqual({ first: 2024 * 12, length: 5 });
    expect(monthsOf('2020/2024').length).toBe(60);
    expect(monthsOf('2024').length).toBe(12);
    expect(monthsOf('2024-Q2')).toEqual({ first: 2024 * 12 + 3, length: 3 });
    expect(monthsOf('2024-07').length).toBe(1);
  });
});
