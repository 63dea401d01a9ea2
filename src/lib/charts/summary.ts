import { INTL_LOCALE, pick, t, type Lang } from '~/i18n/index';
import type { LocalizedText } from '~/schemas/common';
import type { Dataset, Observation } from '~/schemas/dataset';
import { UNITS } from '~/schemas/units';
import { quantityKey } from '../data/quantity';
import { conflictingKeys, observationAnchor } from '../data/anchors';
import type { SourceForFamily } from '../data/sourceFamily';
import { decimalsOf, formatNumber } from '../format/formatNumber';
import { formatMonthSpan, formatPeriodLabel, periodBounds } from '../format/period';
import { latestChange, type Change } from './compare';
import { withoutUnit } from './labels';
import { isActual } from './status';
import type { ChartSeriesSpec, ChartSpec, ChartSpecOk } from './types';
import { numberFormat } from '../format/intl';

/**
 * The summary under a chart, written the way a careful journalist would: at most three sentences — what the
 * chart covers (naming its gaps), the latest value, and the one change that compares like with like (compare.ts).
 * Where nothing is comparable it says what the data covers and stops. An editor's takeaway, when given, leads.
 */
export interface SummaryContext {
  dataset: Pick<Dataset, 'observations' | 'comparableSources'>;
  sources: ReadonlyMap<string, SourceForFamily>;
  takeaway?: LocalizedText | undefined;
}

export interface ChartSummary {
  text: string;
  sentences: string[];
  /** Row anchors (as on the dataset page) of the two observations the change sentence compares: [from, to]. */
  compares?: [string, string];
}

/**
 * Which takeaway leads a chart's summary: the one given for this chart (a hub's), else the dataset's when the
 * chart shows the whole dataset (a selection may leave out what the dataset's takeaway is about).
 */
export function takeawayFor(dataset: Pick<Dataset, 'takeaway'>, chart: { selection?: object | undefined; takeaway?: LocalizedText | undefined }): LocalizedText | undefined {
  return chart.takeaway ?? (chart.selection ? undefined : dataset.takeaway);
}

type Point = Pick<Observation, 'period' | 'region' | 'series' | 'source' | 'status' | 'value'> & {
  decimals?: number | undefined;
  derived?: unknown;
  s: ChartSeriesSpec;
  index: number;
};

const MAX_SENTENCES = 3;
const long = (period: string, lang: Lang) => formatPeriodLabel(period, lang, 'long');
/** "in June 2025", "on 8 September 2025", "pada 2024", "2024年": the period as a sentence places it. */
const when = (period: string, lang: Lang) =>
  t(lang, /^\d{4}-\d{2}-\d{2}$/.test(period) ? 'chart.summary.onDay' : 'chart.summary.inPeriod', { period: long(period, lang) });
const end = (p: Point) => periodBounds(p.period).end;

function pointsOf(spec: ChartSpecOk, dataset: SummaryContext['dataset'] | undefined): Point[] {
  return spec.series
    .filter((s) => s.role !== 'alternate')
    .flatMap((s) =>
      s.values.flatMap((value, index) => {
        if (value === null) return [];
        const base = { period: spec.categories[index]!, region: s.region, series: s.series, source: s.sources[index]!, status: s.statuses[index]!, value };
        const recorded = dataset?.observations.find((o) => quantityKey(o) === quantityKey(base) && o.source === base.source);
        return [{ ...base, decimals: recorded?.decimals, derived: (recorded as { derived?: unknown } | undefined)?.derived, s, index }];
      }),
    );
}

function statusText(status: string | null, lang: Lang): string {
  return status && status !== 'final' ? t(lang, 'chart.summary.status', { status: t(lang, `chart.status.${status as 'target'}`) }) : '';
}

function coverage(spec: ChartSpecOk): string {
  const { lang, categories } = spec;
  if (categories.length === 1) return t(lang, 'chart.summary.onePeriod', { period: long(categories[0]!, lang) });
  const bounds = categories.map(periodBounds);
  if (bounds.some((b) => b.months === null)) {
    const byEnd = [...categories].sort((a, b) => periodBounds(a).end - periodBounds(b).end);
    return t(lang, 'chart.summary.covers', { from: long(categories[0]!, lang), to: long(byEnd.at(-1)!, lang) });
  }
  // Whole calendar years count in years, anything finer in months.
  const years = bounds.every((b) => b.firstMonth % 12 === 0 && b.months! % 12 === 0);
  const size = years ? 12 : 1;
  const covered = new Set(bounds.flatMap((b) => Array.from({ length: b.months! / size }, (_, i) => b.firstMonth / size + i)));
  const [first, last] = [Math.min(...covered), Math.max(...covered)];
  const label = (from: number, to: number) => formatMonthSpan(from * size, to * size + size - 1, lang, 'long');
  const runs: [number, number][] = [];
  for (let u = first; u <= last; u++) {
    if (covered.has(u)) continue;
    const run = runs.at(-1);
    if (run && run[1] === u - 1) run[1] = u;
    else runs.push([u, u]);
  }
  const vars = { from: label(first, first), to: label(last, last) };
  if (runs.length === 0) return t(lang, 'chart.summary.covers', vars);
  if (runs.length <= 2) {
    const gaps = runs.map(([a, b]) => label(a, b));
    return t(lang, 'chart.summary.coversGaps', { ...vars, gaps: gaps.length === 1 ? gaps[0]! : t(lang, 'chart.summary.and', { a: gaps[0]!, b: gaps[1]! }) });
  }
  const count = (n: number) => t(lang, years ? 'chart.summary.unit.years' : 'chart.summary.unit.months', { n: formatNumber(n, lang) });
  return t(lang, 'chart.summary.coversSparse', { ...vars, count: count(covered.size), total: count(last - first + 1) });
}

function latestSentence(p: Point, lang: Lang): string {
  return t(lang, 'chart.summary.latest', { series: withoutUnit(p.s.name), value: p.s.display[p.index]!, when: when(p.period, lang), status: statusText(p.status, lang) });
}

function percentText(value: number, lang: Lang): string {
  return numberFormat(INTL_LOCALE[lang], { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

function changeSentence({ from, to, gaps }: Change<Point>, lang: Lang): string {
  const vars = {
    series: withoutUnit(to.s.name),
    value: to.s.display[to.index]!,
    when: when(to.period, lang),
    status: statusText(to.status, lang),
    from: from.s.display[from.index]!,
    fromWhen: when(from.period, lang),
    gap: gaps.length ? t(lang, 'chart.summary.gap', { periods: gaps.map(([a, b]) => formatMonthSpan(a, b, lang, 'long')).join(t(lang, 'list.separator')) }) : '',
  };
  const [a, b] = [from.value, to.value];
  if (a === b) return t(lang, 'chart.summary.same', vars);
  const up = b > a;
  if (UNITS[to.s.unit].kind === 'percent') {
    // Rates and shares change in percentage points, never in percent.
    const decimals = Math.max(from.decimals ?? decimalsOf(a), to.decimals ?? decimalsOf(b));
    const points = Math.abs(Number((b - a).toFixed(decimals)));
    const change = t(lang, points === 1 ? 'chart.summary.point' : 'chart.summary.points', { n: formatNumber(points, lang, decimals) });
    return t(lang, up ? 'chart.summary.rosePoints' : 'chart.summary.fellPoints', { ...vars, change });
  }
  // A percentage change from zero or across a sign change means nothing; say only which way it went.
  const change = a > 0 && b > 0 ? percentText(Math.abs(b / a - 1), lang) : undefined;
  if (!change || change === percentText(0, lang)) return t(lang, up ? 'chart.summary.roseFrom' : 'chart.summary.fellFrom', vars);
  return t(lang, up ? 'chart.summary.rose' : 'chart.summary.fell', { ...vars, change });
}

/** The latest point: the latest actual figure if there is one (a later target is not "the latest value"). */
function latestPoint(points: Point[]): Point | undefined {
  const byEnd = (list: Point[]) => [...list].sort((x, y) => end(x) - end(y) || periodBounds(y.period).start - periodBounds(x.period).start).at(-1);
  return byEnd(points.filter((p) => isActual(p.status))) ?? byEnd(points);
}

/** The one comparable change: the first series (in chart order) that has one, at its latest. */
function chosenChange(points: Point[], context: SummaryContext): Change<Point> | undefined {
  const bySeries = Map.groupBy(points, (p) => `${p.series}|${p.region}`);
  for (const group of bySeries.values()) {
    const changes = [...Map.groupBy(group, (p) => p.s.id).values()]
      .map((cls) => latestChange(cls, { sources: context.sources, comparableSources: context.dataset.comparableSources }))
      .filter((c) => c !== undefined);
    const latest = changes.sort((x, y) => end(x.to) - end(y.to)).at(-1);
    if (latest) return latest;
  }
  return undefined;
}

/** For a comparison: the latest period where sources disagree, with each source's value. */
function conflictSentence(spec: ChartSpecOk, context: SummaryContext | undefined): string | undefined {
  const { lang } = spec;
  const index = spec.categories.findLastIndex((_, i) => spec.series.some((s) => s.role === 'alternate' && s.values[i] !== null));
  if (index < 0) return undefined;
  const reports = spec.series.flatMap((s) => {
    const source = s.sources[index];
    if (s.values[index] === null || !source) return [];
    const name = (context?.sources.get(source) as { publisher?: string } | undefined)?.publisher ?? source;
    return [t(lang, 'chart.summary.reports', { source: name, value: s.display[index]! })];
  });
  return t(lang, 'chart.summary.conflict', { period: long(spec.categories[index]!, lang), reports: reports.join(t(lang, 'chart.summary.reportsSeparator')) });
}

/**
 * Summarises a chart. Without a context (dataset and sources) no change is stated: comparability cannot be
 * checked, and no sentence is better than a false one.
 * @example summarizeChart(spec, { dataset, sources }).text // => 'The chart covers 2024 to 2026. UMP: Rp4,002,630 in 2026, up 6% from Rp3,775,425 in 2025.'
 */
export function summarizeChart(spec: ChartSpec, context?: SummaryContext): ChartSummary {
  const done = (raw: string[], compares?: [string, string]): ChartSummary => {
    // A sentence that opens with a series name written in lower case ("growth on the previous year") starts upper case.
    const sentences = raw.map((s) => s.charAt(0).toLocaleUpperCase(spec.state === 'ok' ? INTL_LOCALE[spec.lang] : undefined) + s.slice(1));
    // Sentences ending in an ideographic full stop (Japanese) follow on without a space.
    const text = sentences.reduce((all, s) => (all === '' || /[。！？]$/.test(all) ? all + s : `${all} ${s}`), '');
    return { text, sentences, ...(compares ? { compares } : {}) };
  };
  if (spec.state !== 'ok') return done([spec.message]);
  const { lang } = spec;
  const takeaway = context?.takeaway ? [pick(context.takeaway, lang)] : [];
  const points = pointsOf(spec, context?.dataset);

  if (spec.dimension !== 'period') {
    const max = points.reduce((a, b) => (b.value > a.value ? b : a));
    const min = points.reduce((a, b) => (b.value < a.value ? b : a));
    if (points.length === 1) return done([...takeaway, t(lang, 'chart.summary.single', { value: max.s.display[max.index]!, where: spec.labels[max.index]! })]);
    // Regions that tie for the largest or smallest value are all named: "the smallest Kochi, Miyazaki and Okinawa".
    const names = (value: number) => {
      const list = points.filter((p) => p.value === value).map((p) => spec.labels[p.index]!);
      return list.length === 1 ? list[0]! : t(lang, 'chart.summary.and', { a: list.slice(0, -1).join(t(lang, 'list.separator')), b: list.at(-1)! });
    };
    const ranked = t(lang, 'chart.summary.ranked', { period: spec.periodLabel, count: points.length, top: names(max.value), max: max.s.display[max.index]!, bottom: names(min.value), min: min.s.display[min.index]! });
    return done([...takeaway, ranked]);
  }
  if (points.length === 1 && spec.series.length === 1) {
    const p = points[0]!;
    return done([...takeaway, t(lang, 'chart.summary.single', { value: p.s.display[p.index]!, where: `${long(p.period, lang)}${statusText(p.status, lang)}` })]);
  }

  const lead = points[0]!.s;
  const latest = latestPoint(points.filter((p) => p.series === lead.series && p.region === lead.region))!;
  const change = context ? chosenChange(points, context) : undefined;
  const merged = change?.to === latest;
  const main = merged ? changeSentence(change, lang) : latestSentence(latest, lang);
  const extra = spec.kind === 'comparison' ? conflictSentence(spec, context) : change && !merged ? changeSentence(change, lang) : undefined;
  const sentences = takeaway.length ? [...takeaway, coverage(spec), extra ?? main] : [coverage(spec), main, ...(extra ? [extra] : [])];
  const stated = change && sentences.some((s) => s === changeSentence(change, lang));
  const compares = stated && context ? anchorsOf(change, context.dataset) : undefined;
  return done(sentences.slice(0, MAX_SENTENCES), compares);
}

function anchorsOf(change: Change<Point>, dataset: SummaryContext['dataset']): [string, string] {
  const conflicting = conflictingKeys(dataset);
  const anchor = (p: Point) => observationAnchor(p, conflicting.has(quantityKey(p)));
  return [anchor(change.from), anchor(change.to)];
}
