import type { Dataset } from '~/schemas/dataset';

/**
 * Days after the end of the expected release period before a dataset is flagged "update due": publishers slip
 * by days or weeks, and the desk needs time to read and enter a release. A month keeps the flag meaningful.
 */
export const GRACE_DAYS = 30;

const DAY_MS = 86_400_000;

/**
 * The date the build treats as today, as YYYY-MM-DD (UTC). `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds
 * convention) wins; otherwise the date of the last commit, so two builds of one commit are byte-identical
 * whatever day they run. `fallback` is for a checkout without git history (a tarball): the newest
 * `lastVerified` of the content, never the clock.
 */
export function buildToday(env: { SOURCE_DATE_EPOCH?: string }, lastCommitIso: string | undefined, fallback: string): string {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch) {
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH: expected whole seconds since 1970, got "${epoch}"`);
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  }
  if (lastCommitIso) return new Date(lastCommitIso).toISOString().slice(0, 10);
  return fallback;
}

/** The last day of a YYYY, YYYY-MM or YYYY-MM-DD period, as a UTC timestamp. */
export function endOfPeriod(period: string): number {
  const [y, m, d] = period.split('-').map(Number) as [number, number?, number?];
  if (d !== undefined) return Date.UTC(y, m! - 1, d);
  if (m !== undefined) return Date.UTC(y, m, 0);
  return Date.UTC(y, 11, 31);
}

/** The first day of a YYYY, YYYY-MM or YYYY-MM-DD period, as a UTC timestamp. */
export function startOfPeriod(period: string): number {
  const [y, m, d] = period.split('-').map(Number) as [number, number?, number?];
  return Date.UTC(y, (m ?? 1) - 1, d ?? 1);
}

export type Freshness =
  | { state: 'unscheduled' }
  /**
   * A release is expected in `expected` (as precise as known); not yet overdue. `open` once today lies in or
   * after that period: the desk should be watching for it.
   */
  | { state: 'expected'; expected: string; dueFrom: string; open: boolean }
  /** `today` is past the expected release plus the grace period: the desk should look for the new figures. */
  | { state: 'due'; expected: string; dueFrom: string; daysOverdue: number };

/** Whether a dataset's next release is overdue on `today` (YYYY-MM-DD): past its expected period plus GRACE_DAYS. */
export function freshness(dataset: Pick<Dataset, 'nextRelease'>, today: string, graceDays = GRACE_DAYS): Freshness {
  if (!dataset.nextRelease) return { state: 'unscheduled' };
  const dueFromMs = endOfPeriod(dataset.nextRelease) + (graceDays + 1) * DAY_MS;
  const dueFrom = new Date(dueFromMs).toISOString().slice(0, 10);
  const todayMs = endOfPeriod(today);
  if (todayMs < dueFromMs) return { state: 'expected', expected: dataset.nextRelease, dueFrom, open: todayMs >= startOfPeriod(dataset.nextRelease) };
  return { state: 'due', expected: dataset.nextRelease, dueFrom, daysOverdue: Math.round((todayMs - dueFromMs) / DAY_MS) };
}

export const isDue = (dataset: Pick<Dataset, 'nextRelease'>, today: string) => freshness(dataset, today).state === 'due';

export interface ReleaseQueue<D> {
  overdue: { dataset: D; state: Extract<Freshness, { state: 'due' }> }[];
  open: { dataset: D; state: Extract<Freshness, { state: 'expected' }> }[];
  later: number;
  unscheduled: number;
}

/** The desk's to-do list: overdue first (most overdue on top), then releases whose expected period has begun. */
export function releaseQueue<D extends Pick<Dataset, 'id' | 'nextRelease'>>(datasets: readonly D[], today: string): ReleaseQueue<D> {
  const queue: ReleaseQueue<D> = { overdue: [], open: [], later: 0, unscheduled: 0 };
  for (const dataset of [...datasets].sort((a, b) => a.id.localeCompare(b.id))) {
    const state = freshness(dataset, today);
    if (state.state === 'due') queue.overdue.push({ dataset, state });
    else if (state.state === 'expected' && state.open) queue.open.push({ dataset, state });
    else if (state.state === 'expected') queue.later++;
    else queue.unscheduled++;
  }
  queue.overdue.sort((a, b) => b.state.daysOverdue - a.state.daysOverdue);
  return queue;
}
