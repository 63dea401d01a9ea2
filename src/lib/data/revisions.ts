import type { Dataset, Revision } from '~/schemas/dataset';

/** One line of the data-updates page and feed: a revision of one dataset. */
export interface DataUpdate {
  date: string;
  datasetId: string;
  revision: Revision;
}

/** The revision that produced `version` (the newest entry, when the log is kept honestly). */
export function revisionOf(dataset: Pick<Dataset, 'revisions'>, version: string): Revision | undefined {
  return dataset.revisions.findLast((r) => r.version === version);
}

/** Versions a reader may have cited other than the current one: each must stay downloadable. */
export function archivedVersions(dataset: Pick<Dataset, 'revisions'>, current: string): string[] {
  return [...new Set(dataset.revisions.map((r) => r.version).filter((v): v is string => !!v && v !== current))];
}

/**
 * Why a dataset's log does not match its content, one reason per problem (empty when it does): the newest
 * entry must carry the current version (so a change without an entry is caught), entries run oldest first,
 * and once the log began every entry names the version it produced.
 */
export function revisionProblems(dataset: Pick<Dataset, 'revisions'>, current: string): string[] {
  const problems: string[] = [];
  const log = dataset.revisions;
  if (!log.length) return ['no revisions entry: add a baseline entry with the current version'];
  const newest = log.at(-1)!;
  if (newest.version !== current) {
    problems.push(`content changed without a revision entry: the newest entry (${newest.date}) is version ${newest.version ?? '(none)'}, the data is version ${current}; record what changed (npm run data:import writes one, or add an entry by hand)`);
  }
  log.forEach((r, i) => {
    if (i > 0 && r.date < log[i - 1]!.date) problems.push(`revisions[${i}].date: ${r.date} is before the entry above it (${log[i - 1]!.date}); entries run oldest first`);
  });
  const first = log.findIndex((r) => r.version);
  if (first >= 0) log.slice(first).forEach((r, i) => {
    if (!r.version) problems.push(`revisions[${first + i}].version: missing; every entry since the log began names the version it produced`);
  });
  return problems;
}

/** Everything but the baselines (which are where the log began, not changes), newest first, then by dataset id. */
export function dataUpdates(datasets: readonly Pick<Dataset, 'id' | 'revisions'>[]): DataUpdate[] {
  return datasets
    .flatMap((d) => d.revisions.filter((r) => r.kind !== 'baseline').map((revision) => ({ date: revision.date, datasetId: d.id, revision })))
    .sort((a, b) => (a.date === b.date ? a.datasetId.localeCompare(b.datasetId) : a.date < b.date ? 1 : -1));
}

/**
 * The newest change to any of `datasetIds` after `since` (an article's date): the date an article's bound
 * figures last changed, or undefined when none changed after it was written.
 */
export function figuresChangedAfter(datasets: ReadonlyMap<string, Pick<Dataset, 'revisions'>>, datasetIds: readonly string[], since: string): string | undefined {
  const dates = datasetIds.flatMap((id) => (datasets.get(id)?.revisions ?? []).filter((r) => r.kind !== 'baseline' && r.date > since).map((r) => r.date));
  return dates.sort().at(-1);
}
