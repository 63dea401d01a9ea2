import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildChartSpec } from './spec';
import { chooseKind } from './chooseKind';
import { dataset as makeDataset } from '../../../tests/fixtures/factory';
import { chartCsv, chartTableHeader } from './table';
import { CHART_BACKGROUND, SERIES_COLOURS, NEUTRAL_COLOUR, contrastRatio } from './palette';
import type { ChartSpecOk } from './types';

const ok = (spec: ReturnType<typeof buildChartSpec>): ChartSpecOk => {
  if (spec.state !== 'ok') throw new Error(`expected ok, got ${spec.state}: ${spec.message}`);
  return spec;
};

const wage = makeDataset({
  unit: 'idr',
  series: [
    { id: 'ump', label: { ja: 'UMP', id: 'UMP', en: 'UMP' } },
    { id: 'umsp', label: { ja: 'UMSP', id: 'UMSP', en: 'UMSP' } },
  ],
  observations: [
    { period: '2024', series: 'ump', value: 3545000 },
    { period: '2025', series: 'ump', value: 3775425 },
    { period: '2026', series: 'ump', value: 4002630 },
    { period: '2025', series: 'umsp', value: 3869811 },
    { period: '2026', series: 'umsp', value: 4102696, status: 'target' },
  ],
});

describe('buildChartSpec', () => {
  it("writes counts with the series' noun, so summaries and tooltips say what was counted", () => {
    const arrivals = makeDataset({
      unit: 'people',
      periodType: 'month',
      series: [{ id: 'monthly', label: { ja: '月間', id: 'Bulanan', en: 'Monthly' }, noun: { ja: '人', id: 'kunjungan', en: 'foreign visitors' } }],
      observations: [
        { period: '2025-10', series: 'monthly', value: 6513 },
        { period: '2025-12', series: 'monthly', value: 7020 },
      ],
    });
    const spec = ok(buildChartSpec(arrivals, { lang: 'en' }));
    expect(spec.series[0]!.display).toEqual(['6,513 foreign visitors', '7,020 foreign visitors']);
    expect(ok(buildChartSpec(arrivals, { lang: 'id' })).series[0]!.display[1]).toBe('7.020 kunjungan');
  });

  it('turns a short multi-series time series into grouped bars with aligned values', () => {
    const spec = ok(buildChartSpec(wage, { lang: 'en' }));
    expect(spec.kind).toBe('bar-grouped');
    expect(spec.categories).toEqual(['2024', '2025', '2026']);
    expect(spec.series.map((s) => s.id)).toEqual(['ump', 'umsp']);
    expect(spec.series[1]!.values).toEqual([null, 3869811, 4102696]);
    expect(spec.series[0]!.display[2]).toBe('Rp4,002,630');
    expect(spec.series[0]!.colour).not.toEqual(spec.series[1]!.colour);
    expect(spec.scales.value).toMatchObject({ min: 3545000, max: 4102696, beginAtZero: true, title: 'rupiah', scale: 1 });
    expect(spec.periodLabel).toBe('2024–2026');
  });

  it('marks target and claimed values as annotations', () => {
    const spec = ok(buildChartSpec(wage, { lang: 'ja' }));
    expect(spec.annotations).toEqual([{ series: 1, index: 2, status: 'target', label: '目標値' }]);
  });

  it('honours a kind override, a series selection and a period range', () => {
    const spec = ok(buildChartSpec(wage, { lang: 'en', kind: 'line', selection: { series: ['ump'], from: '2025' } }));
    expect(spec.kind).toBe('line');
    expect(spec.categories).toEqual(['2025', '2026']);
    expect(spec.series).toHaveLength(1);
    expect(spec.scales.value.beginAtZero).toBe(false);
  });

  it('returns an explicit empty state when the selection holds no values', () => {
    const spec = buildChartSpec(wage, { lang: 'id', selection: { from: '2030' } });
    expect(spec.state).toBe('empty');
    if (spec.state === 'empty') expect(spec.message).toBe('Tidak ada nilai untuk digambar.');
  });

  it('draws a single point as one bar', () => {
    const spec = ok(buildChartSpec(makeDataset({ observations: [{ period: '2023', value: 54122 }] }), { lang: 'en' }));
    expect(spec.kind).toBe('bar');
    expect(spec.labels).toEqual(['2023']);
    expect(spec.series[0]!.display).toEqual(['54,122 t']);
  });

  it('keeps negative values and starts the axis below zero', () => {
    const growth = makeDataset({
      unit: 'percent',
      observations: ['2019', '2020', '2021', '2022', '2023'].map((period, i) => ({ period, value: [5.6, -0.99, 4.2, 5.4, 5.5][i]! })),
    });
    const spec = ok(buildChartSpec(growth, { lang: 'en' }));
    expect(spec.kind).toBe('line');
    expect(spec.scales.value.min).toBe(-0.99);
    expect(spec.scales.value.beginAtZero).toBe(true);
    expect(spec.series[0]!.display[1]).toBe('-0.99%');
  });

  it('refuses to put series with different units on one axis', () => {
    const mixed = makeDataset({
      unit: 'tonnes',
      series: [
        { id: 'volume', label: { ja: '量', id: 'volume', en: 'volume' } },
        { id: 'worth', label: { ja: '額', id: 'nilai', en: 'value' }, unit: 'usd' },
      ],
      observations: [
        { series: 'volume', value: 10 },
        { series: 'worth', value: 20 },
      ],
    });
    const refused = buildChartSpec(mixed, { lang: 'en', selection: { series: ['volume', 'worth'] } });
    expect(refused).toMatchObject({ state: 'error', reason: 'mixed-units' });
    if (refused.state === 'error') expect(refused.message).toContain('t, US dollars');
    // Without a selection the chart keeps the first unit and says what it left out.
    const auto = ok(buildChartSpec(mixed, { lang: 'en' }));
    expect(auto.series.map((s) => s.id)).toEqual(['volume']);
    expect(auto.notes.join(' ')).toContain('value');
  });

  it('reports unknown series and regions as errors', () => {
    expect(buildChartSpec(wage, { lang: 'en', selection: { series: ['nope'] } })).toMatchObject({ state: 'error', reason: 'unknown-series' });
    expect(buildChartSpec(wage, { lang: 'en', selection: { region: '71.99' } })).toMatchObject({ state: 'error', reason: 'unknown-region' });
  });

  it('draws conflicting sources as two series of a comparison', () => {
    const disputed = makeDataset({
      observations: [
        { period: '2023', value: 100, source: 'bps' },
        { period: '2024', value: 120, source: 'bps' },
        { period: '2024', value: 150, source: 'news' },
      ],
      conflicts: [{ period: '2024', region: '71', series: 'value', explanation: { ja: 'x', id: 'x', en: 'x' } }],
    });
    const sources = new Map([
      ['bps', { publisher: 'BPS' }],
      ['news', { publisher: 'ANTARA' }],
    ]);
    const spec = ok(buildChartSpec(disputed, { lang: 'en', sources }));
    expect(spec.kind).toBe('comparison');
    // The recorded value is the series; the other source's value is a mark of its own, never joined by a line.
    expect(spec.series.map((s) => s.label)).toEqual(['fish landed', 'fish landed: other sources']);
    expect(spec.series[0]!.values).toEqual([100, 120]);
    expect(spec.series[1]!.values).toEqual([null, 150]);
    expect(spec.series[1]!.sources).toEqual([null, 'news']);
    expect(spec.series[1]).toMatchObject({ role: 'alternate', breaks: [] });
    expect(spec.series.map((s) => s.slot)).toEqual([0, 1]);
    // Forced into plain bars, the first recorded value is drawn and a note says the sources disagree.
    const bars = ok(buildChartSpec(disputed, { lang: 'en', kind: 'bar' }));
    expect(bars.series[0]!.values).toEqual([100, 120]);
    expect(bars.notes.join(' ')).toMatch(/disagree for 2024/);
  });

  it('ranks regencies largest first and leaves the province total out', () => {
    const regencies = makeDataset({
      geography: ['71', '71.71', '71.72', '71.02'],
      observations: [
        { region: '71', value: 600 },
        { region: '71.71', value: 300 },
        { region: '71.72', value: 200 },
        { region: '71.02', value: 100 },
        { region: '71.71', period: '2023', value: 999 },
      ],
    });
    const regions = new Map([['71.71', { name: { ja: 'マナド市', id: 'Kota Manado', en: 'Manado City' } }]]);
    const spec = ok(buildChartSpec(regencies, { lang: 'en', regions }));
    expect(spec.kind).toBe('bar-horizontal');
    expect(spec.scales.indexAxis).toBe('y');
    expect(spec.period).toBe('2024');
    expect(spec.categories).toEqual(['71.71', '71.72', '71.02']);
    expect(spec.labels[0]).toBe('Manado City');
  });

  it('stacks bars on request and measures the stacked extent', () => {
    const spec = ok(buildChartSpec(wage, { lang: 'en', kind: 'bar-stacked' }));
    expect(spec.scales.stacked).toBe(true);
    expect(spec.scales.value.max).toBe(4002630 + 4102696);
  });

  it('scales compact ticks to the base currency', () => {
    const grdp = makeDataset({ unit: 'idr-billion', observations: [{ value: 204750 }] });
    const spec = ok(buildChartSpec(grdp, { lang: 'id' }));
    expect(spec.scales.value.scale).toBe(1e9);
    expect(spec.scales.value.title).toBe('rupiah');
    // A non-currency unit keeps its own label and its recorded values on the axis.
    const mass = ok(buildChartSpec(makeDataset({ unit: 'tonnes', observations: [{ value: 5 }] }), { lang: 'en' }));
    expect(mass.scales.value).toMatchObject({ scale: 1, title: 't' });
  });
});

describe('chooseKind', () => {
  const shape = { periodType: 'year' as const, periods: 6, series: 1, regions: 0, conflict: false };
  it('picks from the data shape', () => {
    expect(chooseKind(shape)).toBe('line');
    expect(chooseKind({ ...shape, periods: 3 })).toBe('bar');
    expect(chooseKind({ ...shape, periods: 3, series: 2 })).toBe('bar-grouped');
    expect(chooseKind({ ...shape, periodType: 'range' })).toBe('span');
    expect(chooseKind({ ...shape, regions: 15 })).toBe('bar-horizontal');
    expect(chooseKind({ ...shape, periods: 1, series: 4 })).toBe('bar-horizontal');
    expect(chooseKind({ ...shape, conflict: true })).toBe('comparison');
  });
});

describe('chart table and CSV', () => {
  it('holds exactly the plotted values, empty where a series has none', () => {
    const spec = ok(buildChartSpec(wage, { lang: 'en' }));
    expect(chartTableHeader(spec)).toEqual(['Period', 'UMP (rupiah)', 'UMSP (rupiah)']);
    expect(chartCsv(spec)).toBe('Period,UMP (rupiah),UMSP (rupiah)\r\n2024,3545000,\r\n2025,3775425,3869811\r\n2026,4002630,4102696\r\n');
  });
});

describe('palette', () => {
  it('gives every mark at least 3:1 against the chart background in both themes', () => {
    for (const colour of [...SERIES_COLOURS, NEUTRAL_COLOUR]) {
      expect(contrastRatio(colour.light, CHART_BACKGROUND.light), colour.light).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(colour.dark, CHART_BACKGROUND.dark), colour.dark).toBeGreaterThanOrEqual(3);
    }
  });

  it('is mirrored by the HTML legend swatches (ChartLegend.astro), slot by slot', () => {
    const css = readFileSync('src/components/charts/ChartLegend.astro', 'utf8').toLowerCase();
    const [light, dark] = css.split('prefers-color-scheme: dark');
    SERIES_COLOURS.forEach((colour, i) => {
      expect(light, `slot ${i} light`).toContain(`.slot-${i} { --swatch: ${colour.light.toLowerCase()}; }`);
      if (colour.dark !== colour.light) expect(dark, `slot ${i} dark`).toContain(`.slot-${i} { --swatch: ${colour.dark.toLowerCase()}; }`);
    });
  });
});
