import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeFileSchema } from '~/schemas/place';
import { placeNameFileSchema } from '~/schemas/placeName';
import { regionFileSchema } from '~/schemas/region';
import { contentProse, type ProseText } from '../lib/gates/contentText';
import { placeSpellings } from '../lib/gates/placeNames';
import { lintProse } from '../lib/prose/lintProse';
import { LANGS } from '~/i18n/index';

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const { spellings } = placeSpellings(regionFileSchema.parse(json('content/regions.json')), placeFileSchema.parse(json('content/places.json')), placeNameFileSchema.parse(json('content/place-names.json')));

const format = (f: { where: string; line: number; rule: string; message: string }) => `${f.where}:${f.line} ${f.rule}: ${f.message}`;

describe('prose linting (textlint + term dictionary)', () => {
  it('finds every prose file in content/ by walking it', () => {
    const texts = contentProse('content');
    for (const lang of LANGS) expect(texts.filter((t) => t.lang === lang && t.where.endsWith('.mdx')).length, lang).toBeGreaterThan(10);
    expect(texts.filter((t) => t.where.startsWith('content/hubs')).length).toBeGreaterThan(100);
    // The investor guide and the about page are prose pages like any other (content/pages/<lang>/).
    for (const lang of LANGS) expect(texts.filter((t) => t.where.startsWith(`content/pages/${lang}/`)).map((t) => t.where)).toEqual([`content/pages/${lang}/about.mdx`, `content/pages/${lang}/invest-guide.mdx`]);
  });

  it('all prose in content/ passes', { timeout: 240_000 }, async () => {
    const findings = await lintProse(contentProse('content'), spellings);
    expect(findings.map(format)).toEqual([]);
  });

  it('bites: the Japanese preset, the register of investor pages, and the term dictionary in each language', { timeout: 60_000 }, async () => {
    const sample = (where: string, lang: ProseText['lang'], text: string) => ({ where, lang, text });
    const findings = await lintProse(
      [
        sample('content/datasets/x.json › .caveats.ja', 'ja', '2020年に12と縮んだ。特定技能（i）は12だった。2023の値はない。'),
        sample('content/hubs/x.json › .narrative[0].text.ja', 'ja', '成長は安定している。'),
        sample('content/datasets/x.json › .gaps.ja', 'ja', '州内のコタムバグ市とタテル（Tatelu）の数字。'),
        sample('content/datasets/x.json › .caveats.id', 'id', 'Ekonomi terkontraksi 12 persen; ekspor US$168.000; program ikusei shuro.'),
        sample('content/datasets/x.json › .caveats.en', 'en', 'After shrinking by 12 in 2020, illegal mining grew.'),
      ],
      spellings,
    );
    const rules = (where: string) => findings.filter((f) => f.where.startsWith(where)).map((f) => `${f.rule}: ${f.message}`).join('\n');
    expect(rules('content/datasets/x.json › .caveats.ja')).toMatch(/prh.*だった[\s\S]*prh.*特定技能1号[\s\S]*prh.*2023年の値/);
    expect(rules('content/hubs/x.json')).toMatch(/sulut\/desumasu/);
    expect(rules('content/datasets/x.json › .gaps.ja')).toMatch(/コタモバグ[\s\S]*タトゥル（Tatelu）/);
    expect(rules('content/datasets/x.json › .caveats.id')).toMatch(/tumbuh[\s\S]*168\.000 dolar AS[\s\S]*Ikusei Shuro/);
    expect(rules('content/datasets/x.json › .caveats.en')).toMatch(/grew by[\s\S]*unlicensed mining/);
  });
});
