/**
 * Colour contrast of the design tokens in src/styles/global.css: every text colour (ink, muted, accent and the
 * sector accents) against both page backgrounds, in the light theme and in the dark one (WCAG 1.4.3, 4.5:1).
 */

export const TEXT_TOKENS = ['ink', 'muted', 'accent', 'sector-fisheries', 'sector-mining', 'sector-tourism', 'sector-labour', 'sector-economy'];
export const BACKGROUNDS = ['paper', 'paper-raised'];
export const MIN_RATIO = 4.5;

/** Custom properties declared as #rrggbb in the first `:root { … }` block after `from` in the CSS. */
function tokens(css: string, from: number): Map<string, string> {
  const start = css.indexOf(':root', from);
  if (start < 0) return new Map();
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return new Map([...body.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\b/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Pairs below 4.5:1, e.g. "dark: sector-mining on paper 3.9:1", and how many pairs were checked. */
export function contrastProblems(css: string): { checked: number; problems: string[] } {
  const light = tokens(css, 0);
  const darkAt = css.indexOf('prefers-color-scheme: dark');
  if (darkAt < 0) return { checked: 0, problems: ['no dark theme (prefers-color-scheme: dark) found'] };
  // The dark theme overrides some tokens; the rest are inherited from the light one.
  const dark = new Map([...light, ...tokens(css, darkAt)]);
  const problems: string[] = [];
  let checked = 0;
  for (const [theme, map] of [['light', light], ['dark', dark]] as const) {
    for (const fg of TEXT_TOKENS) {
      for (const bg of BACKGROUNDS) {
        const a = map.get(fg);
        const b = map.get(bg);
        if (!a || !b) {
          problems.push(`${theme}: --${!a ? fg : bg} is not declared as #rrggbb`);
          continue;
        }
        checked++;
        const ratio = contrastRatio(a, b);
        if (ratio < MIN_RATIO) problems.push(`${theme}: ${fg} on ${bg} ${ratio.toFixed(2)}:1`);
      }
    }
  }
  return { checked, problems };
}
