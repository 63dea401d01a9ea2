import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeFileSchema } from '../../src/schemas/place';
import { placeNameFileSchema } from '../../src/schemas/placeName';
import { regionFileSchema } from '../../src/schemas/region';
import { contentProse, type ProseText } from '../lib/gates/contentText';
import { placeNameProblems, placeSpellings } from '../lib/gates/placeNames';

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const parsed = placeNameFileSchema.safeParse(json('content/place-names.json'));
const { spellings, issues } = placeSpellings(regionFileSchema.parse(json('content/regions.json')), placeFileSchema.parse(json('content/places.json')), parsed.success ? parsed.data : []);

/** Prose outside content/ that readers see: the UI dictionaries and the investor guide. */
const sourceProse = (): ProseText[] => [
  ...(['ja', 'id', 'en'] as const).map((lang) => ({ where: `src/i18n/${lang}.ts`, lang, text: readFileSync(`src/i18n/${lang}.ts`, 'utf8') })),
  ...readdirSync('src/components/invest/guide').map((f) => ({ where: `src/components/invest/guide/${f}`, lang: f.slice(5, 7).toLowerCase() as 'ja' | 'id' | 'en', text: readFileSync(join('src/components/invest/guide', f), 'utf8') })),
];

describe('one name per place per language', () => {
  it('content/place-names.json is valid and every "of" names a place or region', () => {
    expect(parsed.success ? [] : parsed.error.issues.map((i) => `content/place-names.json › ${i.path.join('.')}: ${i.message}`)).toEqual([]);
    expect(issues).toEqual([]);
    expect(spellings.length).toBeGreaterThan(40);
  });

  it('no prose in content/, the dictionaries or the guide spells a place another way', () => {
    const texts = [...contentProse('content'), ...sourceProse()];
    expect(texts.filter((t) => t.lang === 'ja').length).toBeGreaterThan(500);
    const problems = texts.flatMap((t) => placeNameProblems(t.text, t.lang, spellings).map((p) => `${t.where}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('bites on a listed variant, a wrong katakana for a glossed name and a near miss', () => {
    expect(placeNameProblems('州内のコタムバグ市では', 'ja', spellings)).toContain('"コタムバグ" → "コタモバグ"');
    expect(placeNameProblems('北ミナハサ県のタテル（Tatelu）で', 'ja', spellings)).toContain('"タテル（Tatelu）" → "タトゥル"');
    expect(placeNameProblems('アイルマディデイの港', 'ja', spellings)).toEqual(['"アイルマディデイ" → "アイルマディディ"']);
    expect(placeNameProblems('メナド（現マナド）で日本人会が設立された。シアン化合物。', 'ja', spellings)).toEqual([]);
  });
});
