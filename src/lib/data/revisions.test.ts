import { describe, expect, it } from 'vitest';
import type { Revision } from '~/schemas/dataset';
import { archivedVersions, dataUpdates, figuresChangedAfter, revisionProblems } from './revisions';

const text = { ja: 'ja', id: 'id', en: 'en' };
const rev = (date: string, kind: Revision['kind'], version?: string): Revision => ({ date, kind, version, summary: text });

describe('revisions log rules', () => {
  const log = [rev('2026-12-05', 'corrected'), rev('2026-12-06', 'baseline', 'aaaaaaaa'), rev('2027-02-10', 'observations', 'bbbbbbbb')];
  it('an honest log has no problems and keeps its older versions downloadable', () => {
    expect(revisionProblems({ revisions: log }, 'bbbbbbbb')).toEqual([]);
    expect(archivedVersions({ revisions: log }, 'bbbbbbbb')).toEqual(['aaaaaaaa']);
  });
  it('content changed without an entry is caught', () => {
    expect(revisionProblems({ revisions: log }, 'cccccccc')).toEqual([expect.stringMatching(/^content changed without a revision entry: .*version bbbbbbbb, the data is version cccccccc/)]);
  });
  it('entries out of order or without a version after the log began are caught', () => {
    expect(revisionProblems({ revisions: [rev('2026-12-06', 'baseline', 'aaaaaaaa'), rev('2026-12-01', 'revised'), rev('2026-12-07', 'revised', 'bbbbbbbb')] }, 'bbbbbbbb')).toEqual([
      'revisions[1].date: 2026-12-01 is before the entry above it (2026-12-06); entries run oldest first',
      'revisions[1].version: missing; every entry since the log began names the version it produced',
    ]);
    expect(revisionProblems({ revisions: [] }, 'aaaaaaaa')).toHaveLength(1);
  });
});

describe('data updates', () => {
  it('lists changes newest first without baselines; articles learn when their figures changed', () => {
    const a = { id: 'a', revisions: [rev('2026-12-06', 'baseline', '11111111'), rev('2027-01-05', 'observations', '22222222')] };
    const b = { id: 'b', revisions: [rev('2026-12-06', 'added', '33333333')] };
    expect(dataUpdates([b, a]).map((u) => `${u.date} ${u.datasetId} ${u.revision.kind}`)).toEqual(['2027-01-05 a observations', '2026-12-06 b added']);
    const map = new Map([['a', a], ['b', b]]);
    expect(figuresChangedAfter(map, ['a', 'b'], '2026-12-01')).toBe('2027-01-05');
    expect(figuresChangedAfter(map, ['b'], '2026-12-06')).toBeUndefined();
  });
});
