import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT } from '~/content.config';
import { readContent } from '~/lib/content/read';
import { doubledWords, englishLeftovers } from '../lib/gates/language';
import { NAMES } from '../lib/gates/names';
import { placeNameProblems, placeSpellings } from '../lib/gates/placeNames';
import { placeNameFileSchema } from '~/schemas/placeName';
import { readFileSync } from 'node:fs';
import { pages } from '../lib/dist';
import { LANGS } from '~/i18n/index';

// No English on /ja/ or /id/ pages outside marked quotes and names; no doubled words (rules in tests/lib/gates/language.ts).
const { content: registry } = readContent(resolve(process.env.ATLAS_CONTENT_DIR ?? 'content'), CONTENT);
const names = [
  ...NAMES,
  ...[...registry.sources.values()].map((s) => s.publisher),
  ...registry.datasets.keys(),
  ...[...registry.places.values()].flatMap((p) => [p.name.en, p.name.id]),
  ...[...registry.regions.values()].flatMap((r) => [r.name.en, r.name.id, r.officialName]),
];
const { spellings } = placeSpellings(
  [...registry.regions.values()],
  [...registry.places.values()],
  placeNameFileSchema.parse(JSON.parse(readFileSync(resolve(process.env.ATLAS_CONTENT_DIR ?? 'content', 'place-names.json'), 'utf8'))),
);
const byLang = (lang: string) => pages().filter((p) => p.url.startsWith(`/${lang}/`) || p.url.startsWith(`/embed/${lang}/`));

describe('language of the built pages', () => {
  it.each(['ja', 'id'])('/%s/ pages show no English outside marked quotes and names', { timeout: 60_000 }, (lang) => {
    const list = byLang(lang);
    expect(list.length).toBeGreaterThan(50);
    const findings = list.flatMap((p) => englishLeftovers(p.root, lang, names).map((f) => `${p.url} ${f.where}: "${f.phrase}" in "${f.context}"`));
    expect(findings).toEqual([]);
  });

  it.each(LANGS)('/%s/ pages have no word written twice in a row', { timeout: 60_000 }, (lang) => {
    const list = byLang(lang);
    expect(list.length).toBeGreaterThan(50);
    const findings = list.flatMap((p) => doubledWords(p.root, lang).map((f) => `${p.url} ${f.where}: "${f.phrase}" in "${f.context}"`));
    expect(findings).toEqual([]);
  });

  it.each(LANGS)('/%s/ pages spell every place the one way content/ does', { timeout: 60_000 }, (lang) => {
    const list = byLang(lang);
    expect(list.length).toBeGreaterThan(50);
    const findings = list.flatMap((p) => placeNameProblems(p.root.querySelector('body')!.text, lang, spellings).map((f) => `${p.url}: ${f}`));
    expect(findings).toEqual([]);
  });
});
