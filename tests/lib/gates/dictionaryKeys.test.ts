import { describe, expect, it } from 'vitest';
import { dictionary } from '~/i18n/index';
import { codeFiles, dictionaryKeyProblems } from './dictionaryKeys';

describe('dictionary keys: none unused, none missing', () => {
  it('every key in src/i18n/en.ts is used by src/ or scripts/, and every key the code asks for exists', () => {
    const code = codeFiles();
    expect(code.length).toBeGreaterThan(200);
    const keys = Object.keys(dictionary('en'));
    expect(keys.length).toBeGreaterThan(300);
    expect(dictionaryKeyProblems(keys, code)).toEqual({ unused: [], missing: [] });
  });

  it('bites: fixture code with a dead key, a missing literal key and a missing key prefix', () => {
    const code = [
      { file: 'src/components/A.astro', text: "{t(lang, 'nav.home')} {tParts(lang, 'nav.gone')} {t(lang, `sector.${s}`)}" },
      { file: 'src/lib/b.ts', text: "const label = t(`maps.kind.${kind}`); const k: UiKey = 'news.by';" },
    ];
    expect(dictionaryKeyProblems(['nav.home', 'news.by', 'sector.tourism', 'about.title'], code)).toEqual({
      unused: ['about.title'],
      missing: ['src/components/A.astro: "nav.gone"', 'src/lib/b.ts: "maps.kind.…"'],
    });
  });
});
