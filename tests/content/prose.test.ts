import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeFileSchema } from '../../src/schemas/place';
import { placeNameFileSchema } from '../../src/schemas/placeName';
import { regionFileSchema } from '../../src/schemas/region';
import { contentProse, type ProseText } from '../lib/gates/contentText';
import { placeSpellings } from '../lib/gates/placeNames';
import { lintProse } from '../lib/prose/lintProse';

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const { spellings } = placeSpellings(regionFileSchema.parse(json('content/regions.json')), placeFileSchema.parse(json('content/places.json')), placeNameFileSchema.parse(json('content/place-names.json')));

/** The investor guide's prose, out of its .astro markup: tags dropped, figures as numbers, lines kept. */
const guide = (): ProseText[] =>
  // Linted as Markdown (headings and list items as such); the file name is kept for messages.
  readdirSync('src/components/invest/guide').map((f) => ({
    where: `src/components/invest/guide/${f}`,
    lang: f.slice(5, 7).toLowerCase() as ProseText['lang'],
    text: readFileSync(join('src/components/invest/guide', f), 'utf8')
      .replace(/^---[\s\S]*?---/, (m) => m.replace(/[^\n]/g, ''))
      .replace(/<(Fig|Jpy)\b[^>]*\/>/g, '12')
      .replace(/<h2[^>]*>/g, '## ')
      .replace(/<li[^>]*>/g, '- ')
      .replace(/<[^>]+>/g, '')
      .replace(/\{[^}]*\}/g, ''),
  }));

const format = (f: { where: string; line: number; rule: string; message: string }) => `${f.where}:${f.line} ${f.rule}: ${f.message}`;

describe('prose linting (textlint + term dictionary)', () => {
  it('finds every prose file in content/ by walking it', () => {
    const texts = contentProse('content');
    for (const lang of ['ja', 'id', 'en'] as const) expect(texts.filter((t) => t.lang === lang && t.where.endsWith('.mdx')).length, lang).toBeGreaterThan(10);
    expect(texts.filter((t) => t.where.startsWith('content/hubs')).length).toBeGreaterThan(100);
  });

  it('all prose in content/ and the investor guide passes', { timeout: 240_000 }, async () => {
    const findings = await lintProse([...contentProse('content'), ...guide()], spellings);
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
