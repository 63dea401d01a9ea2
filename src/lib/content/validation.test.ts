import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, validContent, type ContentTree, treeProblems } from '../../../tests/fixtures/contentFixture';
import { LANGS } from '~/i18n/langs';

/*
 * Issue 11 §2–§3: every bad input gives one line, `file › field: reason`, and nothing else (no follow-on
 * lines from files that refer to the broken entry). Each case changes one thing in a valid fixture.
 */
function lines(change: (tree: ContentTree) => void, after?: (root: string) => void): string[] {
  const tree = validContent();
  change(tree);
  return treeProblems(tree, after);
}

const wage = (t: ContentTree) => t.datasets['wage.json']!;
const monthly = (t: ContentTree) => {
  wage(t).periodType = 'month';
  wage(t).observations[0].period = '2025-01';
  wage(t).observations[1].period = '2025-02';
};

describe('dates and periods exist in the calendar', () => {
  for (const [bad, reason] of [
    ['2025-13', 'has no month 13'],
    ['2025-00', 'has no month 00'],
    ['9999-99', 'year 9999 is outside 1000–2999'],
  ] as const) {
    it(`a month period ${bad}`, () => {
      expect(lines((t) => (monthly(t), (wage(t).observations[1].period = bad)))).toEqual([expect.stringMatching(new RegExp(`^content/datasets/wage\\.json › observations\\[1\\]\\.period: "${bad}".*${reason}`))]);
    });
  }

  it('a date period 2026-02-30', () => {
    const got = lines((t) => {
      wage(t).periodType = 'date';
      wage(t).observations[0].period = '2026-02-27';
      wage(t).observations[1].period = '2026-02-30';
    });
    expect(got).toEqual(['content/datasets/wage.json › observations[1].period: "2026-02-30" does not exist: February 2026 has days 01–28']);
  });

  it('a range period', () => {
    const got = lines((t) => {
      wage(t).periodType = 'range';
      wage(t).observations[0].period = '2024-01/2024-06';
      wage(t).observations[1].period = '2024-07/2024-13';
    });
    expect(got).toEqual(['content/datasets/wage.json › observations[1].period: "2024-13" has no month 13 (months are 01–12) (in the span "2024-07/2024-13")']);
  });

  for (const bad of ['2025-13-01', '2025-00-10', '2026-02-30', '9999-99-99']) {
    it(`dataset lastVerified, source accessed and published, article date: ${bad}`, () => {
      const got = lines((t) => {
        wage(t).lastVerified = bad;
        t.sources['economy.json']![0]!.accessed = bad;
        t.sources['economy.json']![1]!.published = bad;
        for (const lang of LANGS) t.articles[`${lang}/meeting.mdx`] = article('meeting', lang).replace("'2026-02-11'", `'${bad}'`);
      });
      expect(got).toHaveLength(6);
      expect(got).toContainEqual(expect.stringMatching(/^content\/sources\/fixture-economy\.json › \[0\]\.accessed: "/));
      expect(got).toContainEqual(expect.stringMatching(/^content\/sources\/fixture-economy\.json › \[1\]\.published: "/));
      expect(got).toContainEqual(expect.stringMatching(/^content\/datasets\/wage\.json › lastVerified: "/));
      for (const lang of LANGS) expect(got).toContainEqual(expect.stringMatching(new RegExp(`^content/articles/${lang}/meeting\\.mdx › date: "${bad}"`)));
      // The sources that failed are not reported again by the dataset and article that cite them.
      expect(got.join('\n')).not.toMatch(/unknown source/);
    });
  }

  it('a shape error is one line, not a shape line plus a calendar line', () => {
    expect(lines((t) => (wage(t).lastVerified = '29/11/2026'))).toEqual(['content/datasets/wage.json › lastVerified: expected a date as YYYY-MM-DD, got "29/11/2026"']);
  });
});

describe('values the world allows, by unit', () => {
  it('a percentage outside 0–100', () => {
    const set = (v: number) => (t: ContentTree) => ((wage(t).unit = 'percent'), (wage(t).observations[0].value = v), (wage(t).observations[1].value = 50));
    expect(lines(set(-0.5))).toEqual([expect.stringMatching(/^content\/datasets\/wage\.json › observations\[0\]\.value: -0\.5 is below 0, the lowest allowed for a percent value/)]);
    expect(lines(set(100.5))).toEqual([expect.stringMatching(/observations\[0\]\.value: 100\.5 is above 100/)]);
    expect(lines(set(42))).toEqual([]);
  });

  it('a negative growth rate passes once valueRange is declared, on the dataset or the series', () => {
    const growth = (t: ContentTree) => ((wage(t).unit = 'percent'), (wage(t).observations[0].value = -0.99));
    expect(lines((t) => (growth(t), (wage(t).valueRange = { min: -100 })))).toEqual([]);
    expect(lines((t) => (growth(t), (wage(t).series = [{ id: 'value', label: { ja: 'a', id: 'b', en: 'c' }, valueRange: { min: -100 } }])))).toEqual([]);
    expect(lines((t) => (growth(t), (wage(t).valueRange = { min: 0, max: -1 })))).toEqual([expect.stringMatching(/wage\.json › valueRange: min must not exceed max/)]);
  });

  it('negative money, counts and tonnes', () => {
    for (const unit of ['idr', 'people', 'tonnes']) {
      expect(lines((t) => ((wage(t).unit = unit), (wage(t).observations[1].value = -1))), unit).toEqual([expect.stringMatching(/observations\[1\]\.value: -1 is below 0, the lowest allowed for a (currency|count|mass) value/)]);
    }
  });

  it('a value beyond any real magnitude (1e308)', () => {
    expect(lines((t) => (wage(t).observations[1].value = 1e308))).toEqual(['content/datasets/wage.json › observations[1].value: 1e+308 is beyond ±1000000000000000, larger than any real figure']);
  });
});

describe('text length limits', () => {
  it('a 5 MB description, a 400-character title, an over-long article body', () => {
    const got = lines((t) => {
      wage(t).description.en = 'x'.repeat(5_000_000);
      wage(t).title.ja = '賃'.repeat(400);
      t.articles['en/meeting.mdx'] = article('meeting', 'en').replace('Body.', 'word '.repeat(25_000));
    });
    expect(got).toEqual([
      'content/datasets/wage.json › title.ja: text of 400 characters is longer than the limit of 300 for this field',
      'content/datasets/wage.json › description.en: text of 5,000,000 characters is longer than the limit of 4,000 for this field',
      'content/articles/en/meeting.mdx › body: the body has 125,002 characters, more than the limit of 100,000',
    ]);
  });
});

describe('file names and encodings', () => {
  it('a dataset saved as .JSON and an article saved as .MDX or .md fail instead of being ignored', () => {
    const got = lines(
      () => {},
      (root) => {
        renameSync(join(root, 'datasets', 'wage.json'), join(root, 'datasets', 'wage.JSON'));
        renameSync(join(root, 'articles', 'en', 'meeting.mdx'), join(root, 'articles', 'en', 'meeting.MDX'));
        writeFileSync(join(root, 'articles', 'id', 'other.md'), article('other', 'id'));
        writeFileSync(join(root, 'Timeline.JSON'), '[]');
        writeFileSync(join(root, 'datasets', '.DS_Store'), '');
      },
    );
    expect(got).toEqual([
      'content/Timeline.JSON: unknown file (content/ holds regions.json, places.json, place-names.json, timeline.json and folders); check the name and extension',
      'content/datasets/wage.JSON: the extension must be exactly ".json" (lower case); this file would be ignored',
      'content/articles/en/meeting.MDX: the extension must be exactly ".mdx" (lower case); this file would be ignored',
      'content/articles/id/other.md: the extension must be exactly ".mdx" (lower case); this file would be ignored',
    ]);
  });

  it('a byte-order mark is named in words, in JSON and in MDX', () => {
    const got = lines(
      (t) => {
        t.datasets['wage.json'] = ('\uFEFF' + JSON.stringify(wage(t))) as unknown as Record<string, unknown>;
        t.articles['ja/meeting.mdx'] = '\uFEFF' + article('meeting', 'ja');
      },
    );
    expect(got).toEqual([
      'content/datasets/wage.json: starts with a byte-order mark (U+FEFF): remove the byte-order mark (save the file as UTF-8 without BOM)',
      'content/articles/ja/meeting.mdx: starts with a byte-order mark (U+FEFF): remove the byte-order mark (save the file as UTF-8 without BOM)',
    ]);
  });
});

describe('one problem, one line', () => {
  it('a JSON syntax error gives no schema lines after it, and no "unknown dataset" from the articles that cite it', () => {
    const got = lines((t) => {
      (t.datasets as Record<string, unknown>)['wage.json'] = '{ "id": "wage", ';
      for (const lang of LANGS) t.articles[`${lang}/meeting.mdx`] = article('meeting', lang, 'datasets: [wage]\n');
    });
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(/^content\/datasets\/wage\.json: not valid JSON \(/);
  });

  it('a dataset that fails its schema is not reported again by the articles that cite it', () => {
    const got = lines((t) => {
      wage(t).unit = 'furlongs';
      for (const lang of LANGS) t.articles[`${lang}/meeting.mdx`] = article('meeting', lang, 'datasets: [wage]\n');
    });
    expect(got).toEqual([expect.stringMatching(/^content\/datasets\/wage\.json › unit: /)]);
  });

  it('a bad URL in one source keeps the other sources of its file', () => {
    const got = lines((t) => {
      t.sources['economy.json']![0]!.url = 'not a url';
      wage(t).observations[1].source = 'src-b';
      wage(t).conflicts = [];
    });
    expect(got).toEqual([expect.stringMatching(/^content\/sources\/fixture-economy\.json › \[0\]\.url: expected an http\(s\) URL/)]);
  });

  it('an exact duplicate observation says "duplicate observation" only', () => {
    const got = lines((t) => wage(t).observations.push({ ...wage(t).observations[1] }));
    expect(got).toEqual(['content/datasets/wage.json › observations[2].period: duplicate observation: same period, region, series and source as observations[1]']);
  });

  it('a reference to a dataset that does not exist at all is still reported', () => {
    const got = lines((t) => {
      for (const lang of LANGS) t.articles[`${lang}/meeting.mdx`] = article('meeting', lang, 'datasets: [ghost]\n');
    });
    expect(got).toHaveLength(3);
    expect(got[0]).toMatch(/meeting\.mdx › datasets\[0\]: unknown dataset id "ghost"/);
  });

  it('a <Fig> that names no observation is one line with the article line, before anything renders', () => {
    const got = lines((t) => {
      for (const lang of LANGS) t.articles[`${lang}/meeting.mdx`] = article('meeting', lang, 'datasets: [wage]\n').replace('Body.', 'Text.\n\nThe wage is <Fig d="wage" period="1999" /> a month.');
    });
    expect(got).toHaveLength(3);
    expect(got[0]).toMatch(/^content\/articles\/en\/meeting\.mdx:14: <Fig d="wage" period="1999" \/>: no observation for period 1999, region 71, series value in dataset "wage"$/);
  });

  it('a prose page (content/pages/) has its <Fig> and <Jpy> checked like an article: yen only from rupiah, with a rate', () => {
    const page = (body: string) => `---\ntitle: Guide\ndescription: What investors ask first.\n---\n\n${body}\n`;
    const got = lines((t) => {
      t.datasets['share.json'] = { ...wage(t), id: 'share', unit: 'percent', observations: wage(t).observations.map((o: object) => ({ ...o, value: 12.5 })) };
      t.pages['en/invest-guide.mdx'] = page('The wage is <Fig d="wage" period="2026" /> <Jpy d="wage" period="2026" />.\n\nA share of <Jpy d="share" period="2026" />, and <Fig d="wage" period="1999" />.');
    });
    expect(got).toEqual([
      'content/pages/en/invest-guide.mdx:6: <Jpy d="wage" />: needs the exchange-rate dataset content/datasets/exchange-rate-idr-jpy.json',
      'content/pages/en/invest-guide.mdx:8: <Jpy d="share" />: converts rupiah only; the unit is "percent"',
      'content/pages/en/invest-guide.mdx:8: <Fig d="wage" period="1999" />: no observation for period 1999, region 71, series value in dataset "wage"',
    ]);
  });

  it('a <Fig> citing a dataset that failed on its own is not reported again', () => {
    const got = lines((t) => {
      wage(t).unit = 'furlongs';
      for (const lang of LANGS) t.articles[`${lang}/meeting.mdx`] = article('meeting', lang).replace('Body.', 'The wage is <Fig d="wage" period="2026" /> a month.');
    });
    expect(got).toEqual([expect.stringMatching(/^content\/datasets\/wage\.json › unit: /)]);
  });
});
