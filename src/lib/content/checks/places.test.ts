import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validContent, writeContent, contentProblems } from '../../../../tests/fixtures/contentFixture';
import { CONTENT } from '~/content.config';
import { readContent } from '../read';

const name = { ja: 'マナド', id: 'Manado', en: 'Manado' };
const manado = { id: 'manado', kind: 'seat', name, coordinates: [124.84317, 1.48783], region: '71.71', source: 'src-a' };

function problems(places: unknown): string[] {
  const root = writeContent(validContent());
  writeFileSync(join(root, 'places.json'), JSON.stringify(places));
  return contentProblems(root);
}

describe('content/places.json', () => {
  it('accepts a valid place and is optional', () => {
    expect(problems([manado])).toEqual([]);
    expect(readContent(writeContent(validContent()), CONTENT).issues).toEqual([]);
  });

  it('rejects an unknown region code and an unknown source id', () => {
    expect(problems([{ ...manado, region: '71.99', source: 'ghost' }])).toEqual([
      'content/places.json › [0].source: unknown source id "ghost"',
      'content/places.json › [0].region: unknown region code "71.99"',
    ]);
  });

  it('rejects latitude and longitude out of range, and unknown keys', () => {
    expect(problems([{ ...manado, coordinates: [1.48, 224.8] }])[0]).toMatch(/places\.json › \[0\]\.coordinates\[1\]: /);
    expect(problems([{ ...manado, colour: 'red' }])).toEqual(['content/places.json › [0]: unknown key "colour"']);
  });

  it('requires a seat to name its region, once', () => {
    const { region: _r, ...noRegion } = manado;
    expect(problems([noRegion])).toEqual(['content/places.json › [0].region: a seat must name the region it is the seat of']);
    expect(problems([manado, { ...manado, id: 'manado-2' }])).toEqual(['content/places.json › [1].region: region "71.71" already has a seat (places[0])']);
  });

  it('keeps seats to North Sulawesi: a province code is a known region but not a regency with a seat on the map', () => {
    expect(problems([{ ...manado, region: '71' }])).toEqual(['content/places.json › [0].region: a seat belongs to a regency or city of North Sulawesi (71.xx), not "71"']);
  });

  it('rejects a duplicate id', () => {
    expect(problems([manado, { ...manado, kind: 'airport' }])).toEqual(['content/places.json › [1].id: duplicate place id "manado" (also [0])']);
  });
});
