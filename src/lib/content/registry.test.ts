import { describe, expect, it } from 'vitest';
import { article, validContent, writeContent, type ContentTree, treeProblems } from '../../../tests/fixtures/contentFixture';
import { CONTENT } from '~/content.config';
import { loadContent } from './read';

function problems(change: (tree: ContentTree) => void): string[] {
  const tree = validContent();
  change(tree);
  return treeProblems(tree);
}

describe('content validation', () => {
  it('accepts the valid fixture', () => {
    expect(problems(() => {})).toEqual([]);
  });

  it('names file, field and reason for a wrong type', () => {
    const [line] = problems((t) => (t.datasets['wage.json']!.observations[0].value = '3775425'));
    expect(line).toMatch(/content\/datasets\/wage\.json › observations\[0\]\.value: .*expected number/i);
  });

  it('rejects a locator or source note in one language only (a note must exist in ja, id and en)', () => {
    const [line] = problems((t) => (t.datasets['wage.json']!.observations[0].locator = 'Full-year target quoted by a stock blog.'));
    expect(line).toMatch(/content\/datasets\/wage\.json › observations\[0\]\.locator: .*expected object/i);
    const missing = problems((t) => (t.datasets['wage.json']!.observations[0].locator = { ja: '年間目標。', en: 'Full-year target.' }));
    expect(missing.join('\n')).toMatch(/observations\[0\]\.locator\.id: /);
  });

  it('rejects an unknown key, naming it', () => {
    const [line] = problems((t) => (t.datasets['wage.json']!.colour = 'red'));
    expect(line).toMatch(/wage\.json: unknown key "colour"/);
  });

  it('rejects an observation without a source', () => {
    const [line] = problems((t) => delete t.datasets['wage.json']!.observations[1].source);
    expect(line).toMatch(/wage\.json › observations\[1\]\.source: /);
  });

  it('rejects an unknown source id', () => {
    expect(problems((t) => (t.datasets['wage.json']!.observations[1].source = 'nope'))).toEqual([
      'content/datasets/wage.json › observations[1].source: unknown source id "nope"',
    ]);
  });

  it('rejects an unknown region code', () => {
    const lines = problems((t) => {
      t.datasets['wage.json']!.geography = ['71', '71.99'];
      t.datasets['wage.json']!.observations[1].region = '71.99';
    });
    expect(lines).toContain('content/datasets/wage.json › geography[1]: unknown region code "71.99"');
    expect(lines).toContain('content/datasets/wage.json › observations[1].region: unknown region code "71.99"');
  });

  it('rejects a regency outside North Sulawesi and a bare prefecture number by pattern, and an unlisted province by the registry', () => {
    expect(problems((t) => (t.datasets['wage.json']!.observations[1].region = '72.01'))[0]).toMatch(/observations\[1\]\.region: expected a region code: a province such as 71, a North Sulawesi regency/);
    expect(problems((t) => (t.datasets['wage.json']!.observations[1].region = 'JP13'))[0]).toMatch(/observations\[1\]\.region: expected a region code/);
    expect(problems((t) => (t.datasets['wage.json']!.observations[1].region = '31'))).toEqual(['content/datasets/wage.json › observations[1].region: unknown region code "31"']);
  });

  it('rejects a duplicate observation', () => {
    const [line] = problems((t) => t.datasets['wage.json']!.observations.push({ period: '2026', region: '71', value: 1, source: 'src-a' }));
    expect(line).toMatch(/observations\[2\]\.period: duplicate observation: same period, region, series and source as observations\[1\]/);
  });

  it('refuses two sources disagreeing silently, and accepts the declared conflict', () => {
    const silent = problems((t) => t.datasets['wage.json']!.observations.push({ period: '2026', region: '71', value: 4000000, source: 'src-b' }));
    expect(silent[0]).toMatch(/record the same quantity .* declare it in "conflicts"/);
    const declared = problems((t) => {
      t.datasets['wage.json']!.observations.push({ period: '2026', region: '71', value: 4000000, source: 'src-b' });
      t.datasets['wage.json']!.conflicts = [{ period: '2026', region: '71', explanation: { ja: 'a', id: 'b', en: 'c' } }];
    });
    expect(declared).toEqual([]);
  });

  it('checks declared comparable source pairs: known ids used by the dataset', () => {
    expect(problems((t) => (t.datasets['wage.json']!.comparableSources = [['src-a', 'nope']]))).toEqual([
      'content/datasets/wage.json › comparableSources[0][1]: unknown source id "nope"',
    ]);
    expect(problems((t) => (t.datasets['wage.json']!.comparableSources = [['src-a', 'src-b']]))).toEqual([
      'content/datasets/wage.json › comparableSources[0][1]: source "src-b" is not used by any observation of this dataset',
    ]);
    const ok = problems((t) => {
      t.datasets['wage.json']!.observations[0].source = 'src-b';
      t.datasets['wage.json']!.comparableSources = [['src-a', 'src-b']];
    });
    expect(ok).toEqual([]);
  });

  it('rejects a period that does not match the period type', () => {
    const [line] = problems((t) => (t.datasets['wage.json']!.observations[0].period = '2025-07'));
    expect(line).toBe('content/datasets/wage.json › observations[0].period: "2025-07" is not a year period');
  });

  it('rejects a missing translation of a title', () => {
    const [line] = problems((t) => delete t.datasets['wage.json']!.title.ja);
    expect(line).toMatch(/wage\.json › title\.ja: /);
  });

  it('rejects a dataset that does not state its known gaps', () => {
    const [line] = problems((t) => delete t.datasets['wage.json']!.gaps);
    expect(line).toMatch(/^content\/datasets\/wage\.json › gaps: /);
  });

  it('rejects malformed JSON with the file name', () => {
    const [line] = problems((t) => ((t.datasets as Record<string, unknown>)['wage.json'] = '{ "id": '));
    expect(line).toMatch(/^content\/datasets\/wage\.json: not valid JSON/);
  });

  it('takes the translation key from the file name and refuses one written in the frontmatter', () => {
    const [line] = problems((t) => (t.articles['ja/meeting.mdx'] = article('meeting', 'ja').replace('title:', 'translationKey: meeting-ja\ntitle:')));
    expect(line).toBe('content/articles/ja/meeting.mdx: unknown key "translationKey"');
  });

  it('rejects translations that disagree on the date', () => {
    const [line] = problems((t) => (t.articles['id/meeting.mdx'] = article('meeting', 'id').replace("'2026-02-11'", "'2026-02-12'")));
    expect(line).toMatch(/articles\/(id|ja)\/meeting\.mdx › date: .* disagrees with/);
  });

  it('rejects an article citing an unknown source', () => {
    const [line] = problems((t) => (t.articles['en/meeting.mdx'] = article('meeting', 'en').replace('[src-a]', '[src-a, ghost]')));
    expect(line).toBe('content/articles/en/meeting.mdx › sources[1]: unknown source id "ghost"');
  });

  it('loadContent throws one message listing every problem', () => {
    const tree = validContent();
    tree.datasets['wage.json']!.observations[0].source = 'nope';
    tree.datasets['wage.json']!.observations[1].region = '71.71';
    const root = writeContent(tree);
    expect(() => loadContent(root, CONTENT)).toThrow(/2 problems[\s\S]*unknown source id "nope"[\s\S]*not listed in the dataset's geography/);
  });
});
