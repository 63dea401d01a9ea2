/**
 * The build's "today" and each dataset's release state. Today never comes from the clock: SOURCE_DATE_EPOCH,
 * else the last commit's date, else the newest lastVerified (src/lib/data/freshness.ts), so two builds of one
 * commit are byte-identical.
 */
import { buildToday, freshness, type Freshness } from '../lib/data/freshness';
import { lastCommitDate } from '../lib/site/lastCommit';
import type { Dataset } from '../schemas/dataset';
import { getDatasets } from './content';


let today: Promise<string> | undefined;
export function buildDay(): Promise<string> {
  today ??= getDatasets().then((all) => buildToday(process.env, lastCommitDate(), all.map((d) => d.lastVerified).sort().at(-1) ?? '1970-01-01'));
  return today;
}

export async function datasetFreshness(dataset: Pick<Dataset, 'nextRelease'>): Promise<Freshness> {
  return freshness(dataset, await buildDay());
}
