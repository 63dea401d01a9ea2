import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from './csv';
import { parseCsv } from './csvRead';
import { dataPackage, datasetCsv, datasetJson, OBSERVATION_FIELDS, SOURCE_FIELDS, sourcesCsv, valueText } from './downloads';
import { wageDataset, REGIONS, SOURCES } from '../../../tests/fixtures/factory';

const ctx = { regions: REGIONS, sources: SOURCES, version: 'abcd1234' };

describe('valueText', () => {
  it('keeps published trailing zeros and parses back to the same number', () => {
    expect(valueText(2.5, 2)).toBe('2.50');
    expect(valueText(4002630, 2)).toBe('4002630.00');
    expect(valueText(711880.28)).toBe('711880.28');
    expect(valueText(711880.28, 1)).toBe('711880.28');
    for (const [v, d] of [[0.1, 3], [2.5, 2], [1e-7, 9], [4002630, undefined]] as const) expect(Number(valueText(v, d))).toBe(v);
  });
});

describe('datasetCsv', () => {
  const rows = parseCsv(datasetCsv(wageDataset(), ctx));
  const header = rows[0]!;
  const col = (row: string[], name: string) => row[header.indexOf(name)];

  it('has one row per observation under the declared header', () => {
    expect(header).toEqual(OBSERVATION_FIELDS.map((f) => f.name));
    expect(header).toEqual(expect.arrayContaining(['dataset', 'period', 'region', 'region_name', 'series', 'value', 'unit', 'status', 'source', 'source_url', 'version']));
    expect(rows).toHaveLength(1 + wageDataset().observations.length);
  });
  it('quotes a publisher with a comma and a quote and round-trips it', () => {
    const bps = rows.find((r) => col(r, 'source') === 'bps')!;
    expect(col(bps, 'source_publisher')).toBe('BPS, "Sulut"');
    expect(datasetCsv(wageDataset(), ctx)).toContain('"BPS, ""Sulut"""');
  });
  it('writes exact values, per-series units, statuses and conflicts', () => {
    const share = rows.find((r) => col(r, 'series') === 'share')!;
    expect(col(share, 'value')).toBe('2.50');
    expect(col(share, 'unit')).toBe('percent');
    expect(col(share, 'status')).toBe('estimate');
    const conflicting = rows.filter((r) => col(r, 'conflict') === 'true').map((r) => col(r, 'value'));
    expect(conflicting.sort()).toEqual(['4002000', '4002630']);
    expect(rows.slice(1).every((r) => col(r, 'version') === 'abcd1234')).toBe(true);
  });
  it('names an unknown source', () => {
    const broken = wageDataset({ observations: [{ ...wageDataset().observations[0]!, source: 'nope' }] });
    expect(() => datasetCsv(broken, ctx)).toThrow(/wage\.json: unknown source id "nope"/);
  });
});

describe('datasetJson', () => {
  it('carries the data, the version and full sources', () => {
    const json = datasetJson(wageDataset(), { ...ctx, links: { pages: { ja: 'j', id: 'i', en: 'e' }, csv: 'c', json: 'j' } });
    expect(json.version).toBe('abcd1234');
    expect(json.observations).toEqual(wageDataset().observations.map((o) => ({ ...o })));
    expect(json.sources.map((s) => s.id).sort()).toEqual(['bps', 'news']);
    expect(json.units.percent?.label.en).toBe('%');
    expect(JSON.parse(JSON.stringify(json)).conflicts).toHaveLength(1);
  });
});

describe('dataPackage', () => {
  it('lists every dataset CSV and sources.csv with schemas matching their headers', () => {
    const pkg = dataPackage([{ dataset: wageDataset(), version: 'abcd1234' }], { homepage: 'https://x/', sources: SOURCES });
    expect(pkg.resources.map((r) => r.path)).toEqual(['wage.csv', 'sources.csv']);
    const wage = pkg.resources[0]!;
    expect(wage.schema.fields.map((f) => f.name)).toEqual(parseCsv(datasetCsv(wageDataset(), ctx))[0]);
    expect(pkg.resources[1]!.schema.fields.map((f) => f.name)).toEqual(parseCsv(sourcesCsv(SOURCES.values()))[0]);
    expect(wage.licenses[0]).toMatchObject({ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: expect.stringMatching(/^Compilation by Sulut Atlas/) });
    expect((wage as { rights?: string }).rights).toMatch(/figures are facts reported by the sources listed, whose own texts stay under their publishers' terms/);
    expect(pkg.rights).toMatch(/stay under their publishers' terms/);
    expect((wage as { units: Record<string, string> }).units).toEqual({ ump: 'idr', share: 'percent' });
    expect(wage.schema.fields.find((f) => f.name === 'value')!.description).toMatch(/idr \(rupiah\), percent \(%\)/);
  });
  it('sources.csv header comes from SOURCE_FIELDS', () => {
    expect(parseCsv(sourcesCsv(SOURCES.values()))[0]).toEqual(SOURCE_FIELDS.map((f) => f.name));
  });
});

describe('provenance in the downloads', () => {
  const derived = wageDataset({
    observations: [
      ...wageDataset().observations,
      { period: '2026', region: '71', series: 'share', value: 9.99, decimals: 2, source: 'news', status: 'final', derived: { method: 'share', inputs: [
        { series: 'ump', region: '71', period: '2026', source: 'bps' },
        { series: 'ump', region: '71.71', period: '2026' },
      ] } },
    ] as never,
    conflicts: [...wageDataset().conflicts, { period: '2026', region: '71', series: 'share', explanation: { ja: 'x', id: 'x', en: 'x' } }],
  });
  const rows = parseCsv(datasetCsv(derived, ctx));
  const header = rows[0]!;
  const col = (row: string[], name: string) => row[header.indexOf(name)];

  it('labels a computed row, names its inputs and method, and no source of its own', () => {
    const computed = rows.filter((r) => col(r, 'computed') === 'true');
    expect(computed).toHaveLength(1);
    expect(col(computed[0]!, 'derived_method')).toBe('share');
    expect(col(computed[0]!, 'derived_inputs')).toBe('wage/ump/71/2026/bps ; wage/ump/71.71/2026');
    expect(col(computed[0]!, 'source')).toBe('');
    expect(col(computed[0]!, 'source_publisher')).toBe('Sulut Atlas (computed)');
    expect(rows.filter((r) => col(r, 'computed') === 'false')).toHaveLength(wageDataset().observations.length);
  });

  it('keeps the published form, the origin and the licence of every row', () => {
    const withForm = wageDataset({ observations: [{ ...wageDataset().observations[1]!, published: { value: '4.00263', unit: 'idr-million' } }] });
    const sources = new Map(SOURCES);
    sources.set('bps', { ...SOURCES.get('bps')!, origin: { publisher: 'BPS Sulawesi Utara', release: 'Berita Resmi Statistik' }, licence: 'CC-BY-SA-4.0' });
    const [head, row] = parseCsv(datasetCsv(withForm, { ...ctx, sources }));
    const get = (name: string) => row![head!.indexOf(name)];
    expect([get('published_value'), get('published_unit')]).toEqual(['4.00263', 'idr-million']);
    expect([get('origin_publisher'), get('origin_release'), get('source_licence'), get('licence')]).toEqual(['BPS Sulawesi Utara', 'Berita Resmi Statistik', 'CC-BY-SA-4.0', 'CC-BY-4.0']);
  });

  it('marks computed observations in the JSON and states the licence that applies', () => {
    const json = datasetJson(derived, { ...ctx, links: { pages: { ja: 'j', id: 'i', en: 'e' }, csv: 'c', json: 'j' } });
    const computed = json.observations.filter((o) => 'computed' in o);
    expect(computed).toHaveLength(1);
    expect(computed[0]).not.toHaveProperty('source');
    expect(json.licence).toMatchObject({ compilation: 'CC-BY-4.0', figures: 'facts-reported-by-sources', url: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(json.licence.statement).toMatch(/^Compilation CC-BY-4.0 \(Sulut Atlas\); figures are facts/);
  });
});

describe('CSV injection (OWASP): formula-leading text cells are neutralised', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","x")', `'=HYPERLINK("http://evil.example","x")`],
    ['+cmd|"/c calc"!A1', `'+cmd|"/c calc"!A1`],
    ['-2+3+cmd|" /C calc"!A0', `'-2+3+cmd|" /C calc"!A0`],
    ['@SUM(1+1)*cmd|" /C calc"!A0', `'@SUM(1+1)*cmd|" /C calc"!A0`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
  ])('%s', (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });

  it('leaves numbers, including negative and signed ones, and ordinary text alone', () => {
    for (const cell of ['-0.99', '+5', '-1e-7', '2.50', 'BPS, "Sulut"', 'Rp 4 juta', '', 'a=b']) expect(neutraliseFormula(cell)).toBe(cell);
    expect(neutraliseFormula(-3)).toBe(-3);
  });

  it('in a dataset and sources download, with values still round-tripping exactly', () => {
    const hostile = wageDataset({
      observations: [{ period: '2025', region: '71', series: 'ump', value: -0.99, decimals: 2, source: 'bps', status: 'final', locator: { ja: '=1+1', id: '=1+1', en: '=1+1' } }],
      conflicts: [],
      series: [{ id: 'ump', label: { ja: 'x', id: 'x', en: '@SUM(A1)' } }],
    });
    const [header, row] = parseCsv(datasetCsv(hostile, ctx));
    const col = (name: string) => row![header!.indexOf(name)];
    expect(col('locator')).toBe(`'=1+1`);
    expect(col('series_label')).toBe(`'@SUM(A1)`);
    expect(col('value')).toBe('-0.99');
    expect(Number(col('value'))).toBe(-0.99);
    const sources = parseCsv(sourcesCsv([{ ...[...SOURCES.values()][0]!, title: '=IMPORTXML("x")' }]));
    expect(sources[1]![sources[0]!.indexOf('title')]).toBe(`'=IMPORTXML("x")`);
  });
});
