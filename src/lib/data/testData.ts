/** Small in-memory content for the data desk's unit tests (not shipped: only *.test.ts import it). */
import type { Dataset } from '../../schemas/dataset';
import type { Region } from '../../schemas/region';
import type { Source } from '../../schemas/source';

const text = (s: string) => ({ ja: `${s}（ja）`, id: `${s} (id)`, en: s });

export const testRegions = new Map<string, Region>([
  ['71', { code: '71', kind: 'province', officialName: 'Sulawesi Utara', name: { ja: '北スラウェシ州', id: 'Sulawesi Utara', en: 'North Sulawesi' } }],
  ['71.71', { code: '71.71', kind: 'city', officialName: 'Kota Manado', name: { ja: 'マナド市', id: 'Kota Manado', en: 'Manado City' } }],
]);

const source = (id: string, publisher: string, grade: 'A' | 'B' | 'C'): Source => ({
  id, publisher, title: `${publisher} report`, url: `https://example.org/${id}`, published: '2025', accessed: '2026-11-29', language: 'id', grade,
});
export const testSources = new Map<string, Source>([
  ['bps', source('bps', 'BPS, "Sulut"', 'A')],
  ['news', source('news', 'Sulut24', 'B')],
]);

export function testDataset(overrides: Partial<Dataset> = {}): Dataset {
  return {
    id: 'wage',
    sector: 'economy',
    title: text('Wage'),
    description: text('Monthly wage'),
    unit: 'idr',
    measure: text('rupiah per month'),
    periodType: 'year',
    geography: ['71', '71.71'],
    series: [
      { id: 'ump', label: text('Provincial minimum wage') },
      { id: 'share', label: text('Share'), unit: 'percent' },
    ],
    observations: [
      { period: '2025', region: '71', series: 'ump', value: 3775425, source: 'bps', status: 'final' },
      { period: '2026', region: '71', series: 'ump', value: 4002630, source: 'bps', status: 'final' },
      { period: '2026', region: '71', series: 'ump', value: 4002000, source: 'news', status: 'claimed' },
      { period: '2026', region: '71.71', series: 'ump', value: 4100000, source: 'news', status: 'target' },
      { period: '2026', region: '71', series: 'share', value: 2.5, decimals: 2, source: 'bps', status: 'estimate' },
    ],
    conflicts: [{ period: '2026', region: '71', series: 'ump', explanation: text('The news rounded') }],
    caveats: text('A legal floor'),
    license: 'CC-BY-4.0',
    lastVerified: '2026-11-29',
    keywords: [],
    ...overrides,
  } as Dataset;
}
