import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkArticleBody } from './mdxSafety';

const problems = (body: string) => checkArticleBody(body, join(process.cwd(), 'content/articles/en/x.mdx')).problems.map((p) => `${p.line}: ${p.reason}`);

describe('bare figures fail the MDX compile with their line', () => {
  it('allows figures, years, written dates, codes, footnotes and bare URLs', () => {
    expect(problems('The wage is <Fig d="wage" period="2026" /> in 2026, since 11 February 2026.\n\nFlight GA 880 and the A330 [^1]; see <https://example.org/2024/>.\n\n<time datetime="2026-02-11">11/2</time> and `12 tonnes`.\n\n[^1]: A note.\n')).toEqual([]);
  });

  it('bites: a number typed by hand, with the line it stands on', () => {
    expect(problems('First line.\n\nLandings reached 54122 tonnes in 2024.\n\nThe UMP is **4002630** rupiah.\n')).toEqual([
      '3: bare figure "54122" in "Landings reached 54122 tonnes in 2024.": write it as <Fig d=… period=… /> so it comes from a dataset (a date as <time>)',
      '5: bare figure "4002630" in "4002630": write it as <Fig d=… period=… /> so it comes from a dataset (a date as <time>)',
    ]);
  });
});
