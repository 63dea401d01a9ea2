import { describe, expect, it } from 'vitest';
import { CONTENT } from '~/content.config';
import { readContent } from '../content/read';
import { periodMidpoint, periodMonths } from '../format/period';
import { buildChartSpec } from './spec';
import { timeAxis } from './time';
import type { ChartSpec, ChartSpecOk } from './types';

/** Issue 12 §3 with the real datasets: time on charts. */
const { content: registry } = readContent('content', CONTENT);
const context = { regions: registry.regions, sources: registry.sources };
const real = (id: string) => {
  const dataset = registry.datasets.get(id);
  if (!dataset) throw new Error(`content/datasets/${id}.json is missing`);
  return dataset;
};
const ok = (spec: ChartSpec): ChartSpecOk => {
  if (spec.state !== 'ok') throw new Error(`expected ok, got ${spec.state}: ${spec.message}`);
  return spec;
};
const at = (spec: ChartSpecOk, period: string) => {
  const i = spec.categories.indexOf(period);
  expect(i, `${period} plotted`).toBeGreaterThanOrEqual(0);
  return i;
};

describe('dated series on a real time scale', () => {
  it('places months by time, so uneven gaps look uneven (arrivals-china-share, /ja/tourism/)', () => {
    const spec = ok(buildChartSpec(real('arrivals-china-share'), { lang: 'ja', kind: 'line', ...context }));
    const x = (p: string) => spec.time!.positions[at(spec, p)]!;
    expect(x('2022-06')).toBe(periodMidpoint('2022-06'));
    const sevenMonths = x('2023-01') - x('2022-06');
    const oneMonth = x('2025-08') - x('2025-07');
    expect(sevenMonths / oneMonth).toBeGreaterThan(6.5);
    expect(sevenMonths / oneMonth).toBeLessThan(7.5);
    // Ticks come from the site's own formatters: whole years over a long span, in Japanese.
    expect(spec.time!.ticks.map((t) => t.label)).toEqual(['2018年', '2020年', '2022年', '2024年']);
    expect(spec.time!.min).toBe(Date.UTC(2017, 1, 1));
    expect(spec.time!.max).toBe(Date.UTC(2026, 0, 1));
  });

  it('breaks the line at every gap and joins only consecutive months', () => {
    const spec = ok(buildChartSpec(real('arrivals-china-share'), { lang: 'en', kind: 'line', ...context }));
    const breaks = spec.series[0]!.breaks.map((i) => spec.categories[i]);
    expect(breaks).toContain('2019-05');
    expect(breaks).toContain('2025-03');
    // July → August 2025 are consecutive months: joined. August → October is not.
    expect(breaks).not.toContain('2025-08');
    expect(breaks).toContain('2025-10');
  });

  it('never joins an estimate or a target to actual figures (Toka Tindung gold, /ja/mining/)', () => {
    const spec = ok(buildChartSpec(real('toka-tindung-gold-output'), { lang: 'en', kind: 'line', selection: { series: ['gold'] }, ...context }));
    const s = spec.series[0]!;
    const breaks = s.breaks.map((i) => spec.categories[i]);
    expect(s.statuses[at(spec, '2011')]).toBe('estimate');
    expect(s.statuses[at(spec, '2025')]).toBe('target');
    expect(breaks).toContain('2018'); // after the 2011 estimate (and a gap)
    expect(breaks).toContain('2025'); // the 2025 target follows the 2024 actual year: still not joined
    expect(breaks).not.toContain('2023'); // 2022 → 2023, both actual: joined
    expect(spec.annotations.map((a) => a.status).sort()).toEqual(['estimate', 'target']);
  });

  it('draws periods of different length as separate series with the period in the label (manado-narita-cargo)', () => {
    const spec = ok(buildChartSpec(real('manado-narita-cargo'), { lang: 'en', ...context }));
    expect(spec.kind).toBe('span');
    expect(spec.time!.spans).toBe(true);
    const cargo = spec.series.filter((s) => s.series === 'airport-cargo');
    expect(cargo.map((s) => [s.label, s.periodMonths])).toEqual([
      ['Direct cargo to Japan counted by the airport operator (single months)', 1],
      ['Direct cargo to Japan counted by the airport operator (5-month periods)', 5],
    ]);
    // Every series holds periods of one length only.
    for (const s of spec.series) {
      const lengths = new Set(s.values.flatMap((v, i) => (v === null ? [] : [periodMonths(spec.categories[i]!)])));
      expect([...lengths], s.label).toEqual([s.periodMonths ?? [...lengths][0]]);
    }
    // A five-month total sits over its five months; the subtitle spans the chart without chaining four dates.
    const i = at(spec, '2024-01/2024-05');
    expect([spec.time!.starts[i], spec.time!.ends[i]]).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2024, 5, 1)]);
    expect(spec.periodLabel).toBe('Sept 2020–May 2024');
    expect(ok(buildChartSpec(real('manado-narita-cargo'), { lang: 'ja', ...context })).periodLabel).toBe('2020年9月–2024年5月');
    expect(ok(buildChartSpec(real('manado-narita-cargo'), { lang: 'id', ...context })).labels).toContain('Jan–Mei 2024');
  });

  it('splits precious-metal exports by period length too (six months never beside one month)', () => {
    const spec = ok(buildChartSpec(real('precious-metal-exports'), { lang: 'en', ...context }));
    expect(spec.series.map((s) => s.label)).toEqual(['All destinations (single months)', 'All destinations (6-month periods)', 'To Singapore (9-month periods)']);
    expect(spec.labels).toEqual(['Jan–Jun 2018', 'Jan–Sept 2019', 'Jan 2020', 'Jan 2021']);
  });
});

describe('time axis ticks', () => {
  it('labels whole years for yearly data, months for a short monthly span, and days when nothing else fits', () => {
    expect(timeAxis(['2024', '2025', '2026'], 'en', false).ticks.map((t) => t.label)).toEqual(['2024', '2025', '2026']);
    expect(timeAxis(['2023-03', '2023-04', '2024-03', '2024-04'], 'id', false).ticks.map((t) => t.label)).toEqual([
      'Mar 2023', 'Mei 2023', 'Jul 2023', 'Sep 2023', 'Nov 2023', 'Jan 2024', 'Mar 2024',
    ]);
    expect(timeAxis(['2026-03-03', '2026-03-04'], 'ja', false).ticks.map((t) => t.label)).toEqual(['2026年3月3日', '2026年3月4日']);
    // Ticks sit at the middle of the year or month they name, where the values of those periods sit.
    const years = timeAxis(['2019', '2025'], 'ja', false);
    expect(years.ticks[0]).toEqual({ value: periodMidpoint('2019'), label: '2019年' });
    expect(years.positions).toEqual([periodMidpoint('2019'), periodMidpoint('2025')]);
  });
});

describe('colours', () => {
  it('gives every series of the Specified Skilled Worker chart its own colour and labels lines beyond the palette', () => {
    const spec = ok(buildChartSpec(real('japan-ssw-holders'), { lang: 'ja', ...context }));
    expect(spec.series).toHaveLength(7);
    const colours = spec.series.map((s) => s.colour.light);
    expect(new Set(colours).size).toBe(7);
    expect(new Set(spec.series.map((s) => s.colour.dark)).size).toBe(7);
    const colourOf = (id: string) => spec.series.find((s) => s.series === id)!.colour;
    expect(colourOf('agriculture')).not.toEqual(colourOf('food-service'));
    expect(spec.directLabels).toBe(true);
  });

  it('draws at most eight series (one colour each) and says which it left to the table', () => {
    const spec = ok(buildChartSpec(real('sulut-japan-pipeline'), { lang: 'en', ...context }));
    expect(spec.series).toHaveLength(8);
    expect(new Set(spec.series.map((s) => s.colour.light)).size).toBe(8);
    expect(spec.notes.join(' ')).toMatch(/^Not drawn, so that no two series share a colour: .*Selection applicants/);
  });

  it('draws a comparison as the recorded figure plus the other sources, not one series per source (foreign-arrivals-bps)', () => {
    const spec = ok(buildChartSpec(real('foreign-arrivals-bps'), { lang: 'en', ...context }));
    expect(spec.kind).toBe('comparison');
    expect(spec.series.map((s) => s.role ?? 'recorded')).toEqual(['recorded', 'alternate']);
    const i = at(spec, '2023-01');
    expect([spec.series[0]!.values[i], spec.series[1]!.values[i]]).toEqual([804, 803]);
  });
});
