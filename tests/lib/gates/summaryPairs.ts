import type { HTMLElement } from 'node-html-parser';

/*
 * The like-for-like gate over built pages (issue 12 §1). A chart summary that states a change names the two
 * observations it compares in `data-compares` (their row anchors on the dataset page). This gate re-derives,
 * from the dataset and source JSON alone and without the site's generator or its helpers, that the pair is
 * the same series and region, the same period length, one source family (or a declared pair), the same kind
 * of figure (actual or estimate, never a target, plan, capacity or claim), in time order, and that a change
 * in a percentage is stated in points. A summary that states a change without naming its pair fails too.
 */

/** Raw JSON as in content/: defaults are applied here, not by the site's schemas. */
export interface RawObservation {
  period: string;
  region: string;
  series?: string;
  /** Absent on a derived (computed) observation, whose inputs carry the sources. */
  source?: string;
  status?: string;
  derived?: { method: string; inputs: { dataset?: string; series: string; region: string; period: string; source?: string }[] };
}
export interface RawDataset {
  id: string;
  unit: string;
  series?: { id: string; unit?: string }[];
  observations: RawObservation[];
  comparableSources?: [string, string][];
}
export interface RawSource {
  id: string;
  publisher: string;
  origin?: { publisher: string };
}

export interface PairContext {
  datasets: ReadonlyMap<string, RawDataset>;
  sources: ReadonlyMap<string, RawSource>;
  /** Unit id → kind, as declared in src/schemas/units.ts. */
  unitKinds: ReadonlyMap<string, string>;
}

/** "Change" words of the summary templates, per page language: a summary using them states a change. */
const CHANGE_WORDS: Record<string, RegExp> = {
  en: /\b(?:up|down)\b.{0,60}?\bfrom\b|\bthe same as in\b/,
  id: /\b(?:naik|turun)\b.{0,60}?\bdari\b|\bsama dengan\b/,
  ja: /増えた|減った|上昇した|低下した|と同じだった/,
};
const POINTS: Record<string, RegExp> = { en: /percentage points?/, id: /poin persentase/, ja: /ポイント/ };
/** A change "by x percent" rather than in points. */
const PERCENT_CHANGE: Record<string, RegExp> = { en: /\b(?:up|down) [\d.,]+\s?%/, id: /\b(?:naik|turun) [\d.,]+\s?%/, ja: /から[\d.,]+\s?[%％](?:増えた|減った|上昇|低下)/ };

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Months a period spans (a range by its months), or 0 for a single day. */
export function monthsOf(period: string): { first: number; length: number } {
  const month = (part: string, last: boolean) => {
    const [y, m] = part.split('-');
    return Number(y) * 12 + (m ? Number(m) - 1 : last ? 11 : 0);
  };
  if (period.includes('/')) {
    const [a, b] = period.split('/') as [string, string];
    return { first: month(a, false), length: month(b, true) - month(a, false) + 1 };
  }
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q) return { first: Number(q[1]) * 12 + (Number(q[2]) - 1) * 3, length: 3 };
  if (/^\d{4}-\d{2}-\d{2}$/.test(period)) return { first: month(period.slice(0, 7), false), length: 0 };
  return { first: month(period, false), length: /^\d{4}$/.test(period) ? 12 : 1 };
}

/** The first day of a period as YYYY-MM-DD, so that starts compare as strings. */
function startOf(period: string): string {
  const start = period.split('/')[0]!;
  const q = /^(\d{4})-Q([1-4])$/.exec(start);
  if (q) return `${q[1]}-${String((Number(q[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
  return `${start}-01-01`.slice(0, 10);
}

/** Row anchors exactly as the dataset page writes them (re-derived here): obs-series-region-period[--source]. */
function anchored(dataset: RawDataset): Map<string, RawObservation> {
  const key = (o: RawObservation) => `${o.period}|${o.region}|${o.series ?? 'value'}`;
  const counts = new Map<string, number>();
  for (const o of dataset.observations) counts.set(key(o), (counts.get(key(o)) ?? 0) + 1);
  return new Map(
    dataset.observations.map((o) => {
      const base = `obs-${slug(o.series ?? 'value')}-${slug(o.region)}-${slug(o.period)}`;
      return [counts.get(key(o))! > 1 ? `${base}--${o.source}` : base, o];
    }),
  );
}

const family = (s: RawSource) => (s.origin?.publisher ?? s.publisher).normalize('NFKC').toLowerCase().replace(/[\s.,·]+/g, ' ').trim();

/**
 * The family of a row: its source's original publisher; for a computed row, "computed from" the families of
 * its inputs (followed through the raw JSON), so computed rows compare only with rows computed alike.
 */
function rowFamily(row: RawObservation, dataset: RawDataset, context: PairContext, depth = 0): string | undefined {
  if (!row.derived) {
    const source = row.source ? context.sources.get(row.source) : undefined;
    return source && family(source);
  }
  if (depth > 5) return undefined;
  const inputs = row.derived.inputs.map((ref) => {
    const home = context.datasets.get(ref.dataset ?? dataset.id);
    const input = home?.observations.find((o) => (o.series ?? 'value') === ref.series && o.region === ref.region && o.period === ref.period && (!ref.source || o.source === ref.source));
    return input && home ? rowFamily(input, home, context, depth + 1) : undefined;
  });
  return inputs.every(Boolean) ? `${row.derived.method}(${inputs.join(', ')})` : undefined;
}
const kindOf = (status = 'final') => (status === 'final' || status === 'preliminary' ? 'actual' : status);

/** Problems with one summary's stated pair; an empty list when the pair is like with like. */
export function pairProblems(summary: HTMLElement, lang: string, context: PairContext): string[] {
  const text = summary.text;
  const compares = summary.getAttribute('data-compares');
  const datasetId = summary.getAttribute('data-dataset') ?? '';
  const statesChange = (CHANGE_WORDS[lang] ?? CHANGE_WORDS.en!).test(text);
  if (!compares) return statesChange ? [`${datasetId}: states a change but names no pair in data-compares: "${text}"`] : [];
  const dataset = context.datasets.get(datasetId);
  if (!dataset) return [`data-dataset="${datasetId}" is no dataset`];
  const anchors = compares.split(' ');
  const rows = anchored(dataset);
  const [a, b] = anchors.map((anchor) => rows.get(anchor));
  if (anchors.length !== 2 || !a || !b) return [`${datasetId}: data-compares="${compares}" does not name two rows of the dataset`];
  const problems: string[] = [];
  const say = (why: string) => problems.push(`${datasetId}: ${anchors.join(' → ')}: ${why}`);
  if (!statesChange) say('a pair is named but no change is stated');
  if ((a.series ?? 'value') !== (b.series ?? 'value')) say('different series');
  if (a.region !== b.region) say('different regions');
  const [ma, mb] = [monthsOf(a.period), monthsOf(b.period)];
  if (ma.length !== mb.length) say(`periods of different length (${ma.length} and ${mb.length} months)`);
  if (startOf(a.period) >= startOf(b.period)) say('not in time order');
  const [fa, fb] = [rowFamily(a, dataset, context), rowFamily(b, dataset, context)];
  const declared = (dataset.comparableSources ?? []).some(([x, y]) => (x === a.source && y === b.source) || (x === b.source && y === a.source));
  if (!fa || !fb) say('unknown source');
  else if (fa !== fb && !declared) say(`different source families (${fa}, ${fb})`);
  if (kindOf(a.status) !== kindOf(b.status)) say(`different kinds of figure (${a.status ?? 'final'}, ${b.status ?? 'final'})`);
  else if (!['actual', 'estimate'].includes(kindOf(b.status))) say(`a ${b.status} is not a figure to state a change for`);
  const unit = dataset.series?.find((s) => s.id === (b.series ?? 'value'))?.unit ?? dataset.unit;
  if (context.unitKinds.get(unit) === 'percent') {
    if (!(POINTS[lang] ?? POINTS.en!).test(text)) say('a change in a percentage not stated in percentage points');
    if ((PERCENT_CHANGE[lang] ?? PERCENT_CHANGE.en!).test(text)) say('a change in a percentage stated in percent');
  }
  return problems;
}

/** Every chart summary of a page, checked. `checked` counts the summaries that named a pair. */
export function pagePairProblems(root: HTMLElement, context: PairContext): { summaries: number; checked: number; problems: string[] } {
  const lang = root.querySelector('html')?.getAttribute('lang') ?? 'en';
  const summaries = root.querySelectorAll('.chart-summary');
  const problems = summaries.flatMap((s) => pairProblems(s, lang, context));
  return { summaries: summaries.length, checked: summaries.filter((s) => s.hasAttribute('data-compares')).length, problems };
}
