import { describe, expect, it } from 'vitest';
import { formatCitation } from './citation';
import { datasetCitationInput, datasetJsonLd, temporalCoverage } from './datasetMeta';
import { wageDataset, REGIONS, SOURCES } from '../../../tests/fixtures/factory';

describe('datasetCitationInput', () => {
  it('uses Sulut Atlas, the localised title and lastVerified for year and accessed', () => {
    const input = datasetCitationInput(wageDataset({ lastVerified: '2026-11-29' }), 'id', 'https://x/id/data/wage/', 'abcd1234');
    expect(formatCitation(input, 'id')).toBe('Sulut Atlas (2026). Wage (id) [dataset, versi abcd1234]. Sulut Atlas. https://x/id/data/wage/ (diakses 29 November 2026).');
  });
});

describe('temporalCoverage', () => {
  it('spans first to last period in ISO 8601', () => {
    expect(temporalCoverage(['2025', '2024', '2026'])).toBe('2024/2026');
    expect(temporalCoverage(['2024-Q1', '2024-Q3'])).toBe('2024-01/2024-09');
    expect(temporalCoverage(['2020/2024'])).toBe('2020/2024');
    expect(temporalCoverage(['2026'])).toBe('2026');
  });
});

describe('datasetJsonLd', () => {
  it('describes the dataset with distributions, coverage and sources', () => {
    const ld = datasetJsonLd(wageDataset(), {
      lang: 'en', url: 'https://x/en/data/wage/', csvUrl: 'https://x/data/wage.csv', jsonUrl: 'https://x/data/wage.json', siteUrl: 'https://x/',
      version: 'abcd1234', sources: [...SOURCES.values()], regions: REGIONS,
    });
    expect(ld).toMatchObject({
      '@type': 'Dataset', name: 'Wage', version: 'abcd1234', license: 'https://creativecommons.org/licenses/by/4.0/', dateModified: '2026-11-29',
      temporalCoverage: '2025/2026', isBasedOn: ['https://example.org/bps', 'https://example.org/news'],
    });
    expect((ld.distribution as { encodingFormat: string }[]).map((d) => d.encodingFormat)).toEqual(['text/csv', 'application/json']);
    expect(ld.spatialCoverage).toEqual([{ '@type': 'Place', name: 'North Sulawesi', identifier: '71' }, { '@type': 'Place', name: 'Manado City', identifier: '71.71' }]);
  });
});
