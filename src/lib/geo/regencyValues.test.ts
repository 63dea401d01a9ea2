import { describe, expect, it } from 'vitest';
import { datasetSchema, type Dataset } from '~/schemas/dataset';
import { ContentValidationError } from '../content/errors';
import { hasRegencyObservations, regencyValues } from './regencyValues';

const text = (s: string) => ({ ja: s, id: s, en: s });
const dataset = (observations: { period: string; region: string; value: number }[]): Dataset =>
  datasetSchema.parse({
    id: 'catch',
    sector: 'fisheries',
    title: text('Catch'),
    description: text('Catch'),
    unit: 'tonnes',
    measure: text('tonnes'),
    periodType: 'year',
    geography: [...new Set(observations.map((o) => o.region))],
    observations: observations.map((o) => ({ ...o, source: 'src-a' })),
    caveats: text('c'),
    gaps: text('g'),
    lastVerified: '2026-11-29',
    cadence: 'annual',
  });
const known = new Set(['71.71', '71.72', '71.03']);

describe('regencyValues', () => {
  it('maps the period that covers the most regencies, not a newer one with fewer', () => {
    const result = regencyValues(
      dataset([
        { period: '2022', region: '71.72', value: 10 },
        { period: '2022', region: '71.71', value: 4 },
        { period: '2022', region: '71.03', value: 1 },
        { period: '2023', region: '71.72', value: 30 },
      ]),
      known,
    );
    expect(result.period).toBe('2022');
    expect(result.values).toHaveLength(3);
    expect(result.missing).toEqual([]);
  });

  it('takes the latest period and lists regencies without data', () => {
    const result = regencyValues(
      dataset([
        { period: '2022', region: '71.72', value: 10 },
        { period: '2023', region: '71.72', value: 30 },
        { period: '2023', region: '71.71', value: 5 },
        { period: '2023', region: '71', value: 99 },
      ]),
      known,
    );
    expect(result.period).toBe('2023');
    expect(result.values.map((v) => [v.code, v.value])).toEqual([
      ['71.72', 30],
      ['71.71', 5],
    ]);
    expect(result.missing).toEqual(['71.03']);
  });

  it('fails with file › field: reason on a region code the map does not know', () => {
    const bad = dataset([
      { period: '2023', region: '71.72', value: 10 },
      { period: '2023', region: '71.99', value: 3 },
    ]);
    expect(() => regencyValues(bad, known)).toThrow(ContentValidationError);
    expect(() => regencyValues(bad, known)).toThrow('content/datasets/catch.json › observations[1].region: unknown region code "71.99"');
  });

  it('knows which datasets are regency-level', () => {
    expect(hasRegencyObservations(dataset([{ period: '2023', region: '71', value: 1 }]))).toBe(false);
    expect(hasRegencyObservations(dataset([{ period: '2023', region: '71.03', value: 1 }]))).toBe(true);
  });
});
