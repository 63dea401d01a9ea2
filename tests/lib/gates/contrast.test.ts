import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACKGROUNDS, TEXT_TOKENS, contrastProblems, contrastRatio } from './contrast';

const CSS = readFileSync('src/styles/global.css', 'utf8');

describe('colour contrast of the design tokens', () => {
  it('every text colour, sector accents included, reaches 4.5:1 on both backgrounds in both themes', () => {
    const { checked, problems } = contrastProblems(CSS);
    expect(problems).toEqual([]);
    expect(checked).toBe(2 * TEXT_TOKENS.length * BACKGROUNDS.length);
  });

  it('bites: a pale sector colour, a missing token and a missing dark theme are reported', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 0);
    const pale = CSS.replace(/--sector-tourism: #[0-9a-f]{6};/, '--sector-tourism: #9ad0b0;');
    expect(contrastProblems(pale).problems).toContainEqual(expect.stringMatching(/^light: sector-tourism on paper \d\.\d\d:1$/));
    expect(contrastProblems(CSS.replace('--sector-labour: #a3324a;', '')).problems).toContain('light: --sector-labour is not declared as #rrggbb');
    expect(contrastProblems(CSS.replace('prefers-color-scheme: dark', 'print')).problems).toEqual(['no dark theme (prefers-color-scheme: dark) found']);
  });
});
