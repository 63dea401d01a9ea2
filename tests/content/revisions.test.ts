import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT } from '~/content.config';
import { readContent } from '~/lib/content/read';
import { formatIssue } from '~/lib/content/errors';
import { revisionLogIssues } from '~/lib/data/revisionLog';
import { datasetVersion } from '~/lib/data/version';
import { validContent, writeContent } from '../fixtures/contentFixture';

/** The revisions rule (src/lib/data/revisionLog.ts) over a content folder, as `file › revisions: reason` lines. */
export function revisionLogProblems(root: string): string[] {
  const { content: registry, issues } = readContent(root, CONTENT);
  if (issues.length) return issues.map((i) => `${i.file}: ${i.message}`);
  return revisionLogIssues(registry, root).map(formatIssue);
}

describe('revisions log', () => {
  it('the real content: every dataset has a log whose newest entry is its current version', () => {
    const root = resolve('content');
    const { content: registry } = readContent(root, CONTENT);
    expect(registry.datasets.size).toBeGreaterThanOrEqual(63);
    for (const d of registry.datasets.values()) expect(d.revisions.length, d.id).toBeGreaterThan(0);
    expect(revisionLogProblems(root)).toEqual([]);
  });

  it('a fixture whose value changed without a revision entry fails, naming the file and both versions', () => {
    const tree = validContent();
    const root = writeContent(tree);
    const { content: registry } = readContent(root, CONTENT);
    const current = datasetVersion(registry.datasets.get('wage')!);
    const file = join(root, 'datasets', 'wage.json');
    const wage = JSON.parse(readFileSync(file, 'utf8'));
    wage.revisions = [{ date: '2026-12-06', version: current, kind: 'baseline', summary: { ja: '開始', id: 'Awal', en: 'Start' } }];
    writeFileSync(file, JSON.stringify(wage));
    expect(revisionLogProblems(root)).toEqual([]);
    wage.observations[1].value = 4002631;
    writeFileSync(file, JSON.stringify(wage));
    const problems = revisionLogProblems(root);
    expect(problems[0]).toMatch(new RegExp(`wage\\.json › revisions: content changed without a revision entry: .*version ${current}, the data is version [0-9a-f]{8}`));
    // …and the version readers may have cited is no longer the current one, so it must be archived.
    expect(problems.slice(1)).toEqual([expect.stringMatching(/not archived as .*\.csv$/), expect.stringMatching(/not archived as .*\.json$/)]);
  });

  it('a fixture naming an older version that is not archived fails', () => {
    const tree = validContent();
    const root = writeContent(tree);
    const current = datasetVersion(readContent(root, CONTENT).content.datasets.get('wage')!);
    const file = join(root, 'datasets', 'wage.json');
    const wage = JSON.parse(readFileSync(file, 'utf8'));
    const text = { ja: '変更', id: 'Ubah', en: 'Change' };
    wage.revisions = [{ date: '2026-12-06', version: 'abcdef12', kind: 'baseline', summary: text }, { date: '2026-12-07', version: current, kind: 'revised', summary: text }];
    writeFileSync(file, JSON.stringify(wage));
    expect(revisionLogProblems(root)).toEqual([
      expect.stringMatching(/version abcdef12 is not archived as content\/archive\/wage\/abcdef12\.csv/),
      expect.stringMatching(/version abcdef12 is not archived as content\/archive\/wage\/abcdef12\.json/),
    ]);
  });
});
