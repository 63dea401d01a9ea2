import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { regionPagePath, regionSlug, regionSlugs } from './regionPages';

const regions = JSON.parse(readFileSync(new URL('../../../content/regions.json', import.meta.url), 'utf8')) as { code: string; kind: string; officialName: string }[];

describe('regency page slugs', () => {
  it('drop the Kabupaten/Kota prefix and follow the id rule', () => {
    expect(regionSlug('Kabupaten Minahasa Utara')).toBe('minahasa-utara');
    expect(regionSlug('Kota Bitung')).toBe('bitung');
    expect(regionSlug('Kabupaten Kepulauan Siau Tagulandang Biaro')).toBe('kepulauan-siau-tagulandang-biaro');
    expect(() => regionSlug('Kota ')).toThrow(/no usable slug/);
  });

  it('give the 15 regencies and cities distinct slugs and skip the province, other provinces and countries', () => {
    const slugs = regionSlugs([...regions, { code: '31', kind: 'province', officialName: 'DKI Jakarta' }, { code: 'JPN', kind: 'country', officialName: 'Japan' }]);
    expect(slugs.size).toBe(15);
    expect(slugs.get('71.06')).toBe('minahasa-utara');
    expect(slugs.has('71')).toBe(false);
    expect(regionPagePath('71.72', slugs)).toBe('regions/bitung/');
    expect(regionPagePath('71', slugs)).toBeUndefined();
  });

  it('fail when two regencies would share a page', () => {
    expect(() => regionSlugs([{ code: '71.01', kind: 'regency', officialName: 'Kabupaten Bitung' }, { code: '71.72', kind: 'city', officialName: 'Kota Bitung' }])).toThrow(/both give the page slug "bitung"/);
  });
});
