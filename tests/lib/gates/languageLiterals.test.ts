import { describe, expect, it } from 'vitest';
import { codeFiles } from './dictionaryKeys';
import { languageLiterals } from './languageLiterals';

describe('no language literals in src/lib, components, layouts or pages', () => {
  it('the code asks the dictionaries and src/i18n/langs.ts instead', () => {
    // Test data (fixtures.ts, testData.ts) is localized content, not code.
    const code = codeFiles(['src/lib', 'src/components', 'src/layouts', 'src/pages', 'src/data']).filter((f) => !/(fixtures|testData)\.ts$/.test(f.file));
    expect(code.length).toBeGreaterThan(150);
    expect(languageLiterals(code)).toEqual([]);
  });

  it('bites: a branch, a case and a string object per language', () => {
    const code = [
      { file: 'src/lib/a.ts', text: "const s = lang === 'ja' ? `${n}年代` : `${n}s`;\nif ('id' !== lang) x();" },
      { file: 'src/lib/b.ts', text: "switch (lang) {\n  case 'en': return 'c.';\n}" },
      { file: 'src/components/C.astro', text: "const og = { ja: 'ja_JP', id: 'id_ID', en: 'en_GB' }[lang];" },
      { file: 'src/lib/ok.ts', text: "const x = a.lang === b.lang; t(lang, 'invest.timeline.decade', { decade });" },
    ];
    expect(languageLiterals(code)).toEqual([
      "src/lib/a.ts:1: a branch on one language: lang === 'ja'",
      "src/lib/a.ts:2: a branch on one language: 'id' !== lang",
      "src/lib/b.ts:2: a case per language: case 'en':",
      "src/components/C.astro:1: a { ja, id, en } string object: { ja: 'ja_JP', id: '",
    ]);
  });
});
