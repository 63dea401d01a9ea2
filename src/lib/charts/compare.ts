import type { Observation } from '~/schemas/dataset';
import { periodBounds } from '../format/period';
import { comparableSources, type SourceForFamily, type SourcePair } from '../data/sourceFamily';
import { CHANGE_KINDS, statusKind } from './status';

/**
 * Like with like (issue 12 §1): a change may be stated between two observations only when they are the same
 * quantity (series and region), cover periods of the same length (a month is never set against a year or a
 * five-month total), come from one source family (or a pair the dataset declares comparable) and are the same
 * kind of figure (actual against actual, estimate against estimate; targets, plans, capacities and claims never).
 */
export type Incomparable = 'series' | 'region' | 'period-length' | 'source-family' | 'status-kind' | 'not-a-change' | 'order';

export interface CompareContext {
  sources: ReadonlyMap<string, SourceForFamily>;
  comparableSources?: readonly SourcePair[] | undefined;
}

/** `derived` marks a figure the build computed from others (data desk's schema); it is its own family. */
type Obs = Pick<Observation, 'period' | 'region' | 'series' | 'source' | 'status'> & { derived?: unknown };

/** Why `from` → `to` may not be stated as a change, or undefined when it may. */
export function whyNotComparable(from: Obs, to: Obs, context: CompareContext): Incomparable | undefined {
  if (from.series !== to.series) return 'series';
  if (from.region !== to.region) return 'region';
  const [a, b] = [periodBounds(from.period), periodBounds(to.period)];
  if (a.months !== b.months) return 'period-length';
  if (a.start >= b.start) return 'order';
  if (statusKind(from.status) !== statusKind(to.status)) return 'status-kind';
  if (!CHANGE_KINDS.has(statusKind(to.status))) return 'not-a-change';
  // A computed figure is compared only with another computed the same way (same series), never with a recorded one.
  if (Boolean(from.derived) !== Boolean(to.derived)) return 'source-family';
  if (!comparableSources(from.source, to.source, context.sources, context.comparableSources)) return 'source-family';
  return undefined;
}

export interface Change<T extends Obs = Observation> {
  from: T;
  to: T;
  /** Months between the two periods with no figure of this series at all (none for a year-on-year pair). */
  gaps: [number, number][];
}

/**
 * The one change worth stating for one series of one period length (`observations`, as drawn): the latest
 * actual figure (else the latest estimate) against the same period a year earlier, else against the figure
 * just before it. Nothing is skipped to find a comparable partner: if the neighbour is from another source
 * family or is another kind of figure, there is no change to state.
 */
export function latestChange<T extends Obs>(observations: readonly T[], context: CompareContext): Change<T> | undefined {
  const sorted = [...observations].sort((x, y) => periodBounds(x.period).start - periodBounds(y.period).start);
  for (const kind of CHANGE_KINDS) {
    const ofKind = sorted.filter((o) => statusKind(o.status) === kind);
    const to = ofKind.at(-1);
    if (!to) continue;
    const bounds = periodBounds(to.period);
    const yearEarlier =
      bounds.months !== null && bounds.months < 12
        ? ofKind.find((o) => periodBounds(o.period).firstMonth === bounds.firstMonth - 12 && periodBounds(o.period).months === bounds.months)
        : undefined;
    const previous = ofKind.at(-2);
    const pick = [yearEarlier, previous].find((o) => o && !whyNotComparable(o, to, context));
    if (!pick) continue;
    return { from: pick, to, gaps: pick === yearEarlier ? [] : missingMonths(pick, to, sorted) };
  }
  return undefined;
}

/** Runs of months strictly between two periods that no observation of the series covers. */
function missingMonths(from: Obs, to: Obs, all: readonly Obs[]): [number, number][] {
  const [a, b] = [periodBounds(from.period), periodBounds(to.period)];
  if (a.months === null) return [];
  const covered = new Set(all.flatMap((o) => {
    const p = periodBounds(o.period);
    return Array.from({ length: p.lastMonth - p.firstMonth + 1 }, (_, i) => p.firstMonth + i);
  }));
  const runs: [number, number][] = [];
  for (let m = a.lastMonth + 1; m < b.firstMonth; m++) {
    if (covered.has(m)) continue;
    const last = runs.at(-1);
    if (last && last[1] === m - 1) last[1] = m;
    else runs.push([m, m]);
  }
  return runs;
}
