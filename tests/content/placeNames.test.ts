import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeFileSchema } from '~/schemas/place';
import { placeNameFileSchema } from '~/schemas/placeName';
import { regionFileSchema } from '~/schemas/region';
import { contentProse, type ProseText } from '../lib/gates/contentText';
import { placeNameProblems, placeSpellings } from '../lib/gates/placeNames';
import { LANGS } from '~/i18n/index';

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const parsed = placeNameFileSchema.safeParse(json('content/place-names.json'));
const { spellings, issues } = placeSpellings(regionFileSchema.parse(json('content/regions.json')), placeFileSchema.parse(json('content/places.json')), parsed.success ? parsed.data : []);

/** Text outside content/ that readers see: the UI dictionaries. */
const sourceProse = (): ProseText[] => LANGS.map((lang) => ({ where: `src/i18n/${lang}.ts`, lang, text: readFileSync(`src/i18n/${lang}.ts`, 'utf8') }));

describe('one name per place per language', () => {
  it('content/place-names.json is valid and every "of" names a place or region', () => {
    expect(parsed.success ? [] : parsed.error.issues.map((i) => `content/place-names.json › ${i.path.join('.')}: ${i.message}`)).toEqual([]);
    expect(issues).toEqual([]);
    expect(spellings.length).toBeGreaterThan(40);
  });

  it('no prose in content/ and no UI string spells a place another way', () => {
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
