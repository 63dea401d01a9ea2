import { pick, t, type Lang } from '~/i18n/index';
import type { LocalizedText } from '~/schemas/common';
import type { Dataset, Observation } from '~/schemas/dataset';
import { UNITS, type UnitDefinition, type UnitId } from '~/schemas/units';
import { formatPeriod } from '../format/formatDate';
import { formatValue, valueParts } from '../format/formatValue';
import { nounOf } from '../data/provenance';
import { formatPeriodLabel, formatPeriodSpan, periodBounds } from '../format/period';
import { chooseKind } from './chooseKind';
import { rankedRegions } from '../regions/regions';
import { withoutUnit } from './labels';
import { PALETTE_SIZE, SERIES_COLOURS, seriesColour } from './palette';
import { statusKind } from './status';
import { timeAxis } from './time';
import type { CategoryDimension, ChartKind, ChartSelection, ChartSeriesSpec, ChartSpec, ChartSpecOk } from './types';

const PROVINCE = '71';
/** No two series share a colour, so a chart draws at most as many series as there are colours. */
const MAX_SERIES = SERIES_COLOURS.length;

export interface SpecOptions {
  lang: Lang;
  /** Figure id; defaults to the dataset id. */
  id?: string;
  selection?: ChartSelection;
  /** Overrides the kind chosen from the data's shape. */
  kind?: ChartKind;
  regions?: ReadonlyMap<string, { name: LocalizedText }>;
  sources?: ReadonlyMap<string, { publisher: string }>;
}

interface SeriesInfo {
  id: string;
  label: string;
  unit: UnitId;
}

const periodStart = (period: string) => period.split('/')[0]!;
const inRange = (period: string, from?: string, to?: string) => {
  const start = periodStart(period);
  return (!from || start.slice(0, from.length) >= from) && (!to || start.slice(0, to.length) <= to);
};
const cellKey = (o: Observation) => `${o.period}|${o.region}|${o.series}`;

/** Base-unit label for axis titles: values are scaled (idr-billion × 1e9) so ticks can read "204.8T". */
function baseUnit(unit: UnitId): UnitId {
  const def: UnitDefinition = UNITS[unit];
  if (def.kind !== 'currency' || !def.currency) return unit;
  return ({ IDR: 'idr', USD: 'usd', JPY: 'jpy' } as const)[def.currency];
}

/** Series in the dataset's order, including an undeclared default series ("value"). */
function seriesInfos(dataset: Dataset, lang: Lang): SeriesInfo[] {
  const declared = dataset.series.map((s) => ({ id: s.id, label: pick(s.label, lang), unit: s.unit ?? dataset.unit }));
  const extra = [...new Set(dataset.observations.map((o) => o.series))]
    .filter((id) => !declared.some((s) => s.id === id))
    .map((id) => ({ id, label: pick(dataset.measure, lang), unit: dataset.unit }));
  return [...declared, ...extra];
}

/** Periods in time order: by start, then by end (a month before the five-month total that starts with it). */
export function sortPeriods(periods: Iterable<string>): string[] {
  const bounds = new Map([...new Set(periods)].map((p) => [p, periodBounds(p)] as const));
  return [...bounds.keys()].sort((a, b) => bounds.get(a)!.start - bounds.get(b)!.start || bounds.get(a)!.end - bounds.get(b)!.end || a.localeCompare(b));
}

/** Printed span of the plotted periods for the subtitle: "Sept 2020–May 2024", never four dates in a row. */
function periodLabel(periods: string[], lang: Lang): string {
  const sorted = sortPeriods(periods);
  const last = [...sorted].sort((a, b) => periodBounds(a).end - periodBounds(b).end).at(-1)!;
  return formatPeriodSpan(sorted[0]!, last, lang);
}

/** Label of a period length, for series split by it: "single months", "5-month periods", "full years". */
function lengthLabel(months: number | null, lang: Lang): string {
  if (months === null) return t(lang, 'chart.periodLength.day');
  if (months === 1) return t(lang, 'chart.periodLength.month');
  if (months === 12) return t(lang, 'chart.periodLength.year');
  if (months % 12 === 0) return t(lang, 'chart.periodLength.years', { n: months / 12 });
  return t(lang, 'chart.periodLength.months', { n: months });
}

/**
 * Turns a dataset, or a selection of it, into a chart specification: kind, categories, series with colours,
 * scales and annotations, or an explicit `empty` or `error` state. Pure: the same input gives the same spec.
 * @example buildChartSpec(minimumWage, { lang: 'en' }).kind // => 'bar-grouped'
 */
export function buildChartSpec(dataset: Dataset, options: SpecOptions): ChartSpec {
  const { lang, selection = {} } = options;
  const base = { id: options.id ?? dataset.id, lang, title: pick(dataset.title, lang) };
  const infos = seriesInfos(dataset, lang);
  const notes: string[] = [];

  // Which series: the selection's (all in one unit, or an error), else those sharing the first series' unit.
  let chosen: SeriesInfo[];
  if (selection.series?.length) {
    const unknown = selection.series.filter((id) => !infos.some((s) => s.id === id));
    if (unknown.length) return { ...base, state: 'error', reason: 'unknown-series', message: t(lang, 'chart.error.unknownSeries', { series: unknown.join(', ') }) };
    chosen = selection.series.map((id) => infos.find((s) => s.id === id)!);
    const units = [...new Set(chosen.map((s) => s.unit))];
    if (units.length > 1) {
      return { ...base, state: 'error', reason: 'mixed-units', message: t(lang, 'chart.error.mixedUnits', { units: units.map((u) => UNITS[u].label[lang] || u).join(', ') }) };
    }
  } else {
    const withData = infos.filter((s) => dataset.observations.some((o) => o.series === s.id));
    const unit = withData[0]?.unit ?? dataset.unit;
    chosen = withData.filter((s) => s.unit === unit);
    const omitted = withData.filter((s) => s.unit !== unit);
    if (omitted.length) notes.push(t(lang, 'chart.note.otherUnit', { series: omitted.map((s) => s.label).join(', ') }));
  }
  if (selection.region && !dataset.geography.includes(selection.region) && !dataset.observations.some((o) => o.region === selection.region)) {
    return { ...base, state: 'error', reason: 'unknown-region', message: t(lang, 'chart.error.unknownRegion', { region: selection.region }) };
  }

  const ids = new Set(chosen.map((s) => s.id));
  let obs = dataset.observations.filter(
    (o) => ids.has(o.series) && inRange(o.period, selection.from, selection.to) && (!selection.region || o.region === selection.region),
  );
  if (obs.length === 0) return { ...base, state: 'empty', message: t(lang, 'chart.summary.empty') };

  const byCell = Map.groupBy(obs, cellKey);
  const conflicted = [...byCell.values()].filter((group) => new Set(group.map((o) => o.value)).size > 1);
  // Regions of one level make a regional comparison: North Sulawesi's regencies (without the province's total),
  // else Indonesia's provinces or Japan's prefectures; national figures (IDN, JPN) never join a ranking.
  const subRegions = rankedRegions(obs.map((o) => o.region));
  const periods = [...new Set(obs.map((o) => o.period))];
  let kind =
    options.kind ??
    chooseKind({
      periodType: dataset.periodType,
      periods: periods.length,
      series: new Set(obs.map((o) => o.series)).size,
      regions: subRegions.length,
      conflict: conflicted.length > 0,
    });
  // Ranges are drawn over their own length: never as bars or a line that would put a five-month total beside a month.
  if (dataset.periodType === 'range' && (kind === 'line' || kind === 'bar' || kind === 'bar-grouped')) kind = 'span';

  const regionName = (code: string) => {
    const region = options.regions?.get(code);
    return region ? pick(region.name, lang) : code;
  };
  const unit = chosen[0]!.unit;
  // Counts read with their series' noun ("7,020 foreign visitors"), as tables and prose write them.
  const display = (o: Observation | undefined, u: UnitId) => (o ? formatValue(o.value, u, lang, o.decimals, { noun: nounOf(dataset, o.series) }) : null);
  const makeSeries = (
    id: string,
    label: string,
    cells: (Observation | undefined)[],
    u: UnitId,
    extra: Partial<Pick<ChartSeriesSpec, 'periodMonths' | 'role' | 'name'>> = {},
  ): ChartSeriesSpec => {
    const first = cells.find((o) => o)!;
    const decimals = cells.map((o) => o?.decimals ?? null);
    return {
      id,
      series: first.series,
      region: first.region,
      label,
      name: label,
      colour: seriesColour(0),
      slot: 0,
      unit: u,
      ...extra,
      values: cells.map((o) => (o ? o.value : null)),
      display: cells.map((o) => display(o, u)),
      ...(decimals.some((d) => d !== null) ? { decimals } : {}),
      unitText: valueParts(first.value, u, lang, first.decimals, { noun: nounOf(dataset, first.series) }).unit,
      statuses: cells.map((o) => (o ? o.status : null)),
      sources: cells.map((o) => (o ? o.source : null)),
      breaks: [],
    };
  };

  let dimension: CategoryDimension = 'period';
  let categories: string[];
  let labels: string[];
  let series: ChartSeriesSpec[];
  let rankedPeriod: string | undefined;

  if (kind === 'comparison') {
    // The first conflicted cell fixes series and region. The recorded (first) value per period is the series;
    // where other sources give another value, those values are marks of their own, never joined by a line.
    const anchor = (conflicted[0] ?? obs)[0]!;
    obs = obs.filter((o) => o.series === anchor.series && o.region === anchor.region);
    categories = sortPeriods(obs.map((o) => o.period));
    const info = chosen.find((s) => s.id === anchor.series)!;
    const primary = categories.map((p) => obs.find((o) => o.period === p)!);
    const others = categories.map((p, i) => {
      const seen = new Set([primary[i]!.value]);
      return obs.filter((o) => o.period === p && !seen.has(o.value) && seen.add(o.value));
    });
    const ranks = Math.max(0, ...others.map((o) => o.length));
    series = [makeSeries(info.id, info.label, primary, info.unit)];
    for (let r = 0; r < ranks; r++) {
      const label = t(lang, r === 0 ? 'chart.series.otherSources' : 'chart.series.otherSourcesMore', { series: info.label, n: r + 1 });
      series.push(makeSeries(`${info.id}~alt${r + 1}`, label, others.map((o) => o[r]), info.unit, { role: 'alternate', name: info.label }));
    }
    labels = categories.map((p) => formatPeriod(p, lang));
    notes.push(t(lang, 'chart.note.comparison', { series: info.label, region: regionName(anchor.region) }));
  } else if (kind === 'bar-horizontal') {
    const first = chosen.find((s) => obs.some((o) => o.series === s.id))!;
    if (subRegions.length > 1) {
      // Regions ranked for the latest period of the first series; a total of a higher level would dwarf them.
      dimension = 'region';
      const ranked = new Set(subRegions);
      const own = obs.filter((o) => o.series === first.id && ranked.has(o.region));
      rankedPeriod = rankingPeriod(own);
      const cells = firstPerCell(own.filter((o) => o.period === rankedPeriod), notes, lang, regionName).sort((a, b) => b.value - a.value);
      categories = cells.map((o) => o.region);
      labels = categories.map(regionName);
      series = [makeSeries(first.id, first.label, cells, first.unit)];
      if (chosen.length > 1) notes.push(t(lang, 'chart.note.firstSeriesOnly', { series: first.label }));
    } else if (chosen.length > 1) {
      // Series ranked against each other for the latest period.
      dimension = 'series';
      const region = pickRegion(obs, selection.region);
      rankedPeriod = sortPeriods(obs.filter((o) => o.region === region).map((o) => o.period)).at(-1)!;
      const cells = firstPerCell(obs.filter((o) => o.region === region && o.period === rankedPeriod), notes, lang).sort((a, b) => b.value - a.value);
      categories = cells.map((o) => o.series);
      labels = categories.map((id) => chosen.find((s) => s.id === id)!.label);
      series = [{ ...makeSeries('value', t(lang, 'data.value'), cells, unit), series: '' }];
    } else {
      const region = pickRegion(obs, selection.region);
      categories = sortPeriods(obs.filter((o) => o.region === region).map((o) => o.period));
      const cells = firstPerCell(obs.filter((o) => o.region === region), notes, lang);
      labels = categories.map((p) => formatPeriod(p, lang));
      series = [makeSeries(first.id, first.label, categories.map((p) => cells.find((o) => o.period === p)), first.unit)];
    }
  } else {
    const region = pickRegion(obs, selection.region);
    const own = firstPerCell(obs.filter((o) => o.region === region), notes, lang);
    categories = sortPeriods(own.map((o) => o.period));
    labels = categories.map((p) => formatPeriod(p, lang));
    // Periods of different length are different quantities (a five-month total is not a month): one series
    // per length, and where lengths differ in the chart every label says which length it holds.
    const mixed = new Set(own.map((o) => periodBounds(o.period).months)).size > 1;
    series = chosen.flatMap((s) => {
      const mine = own.filter((o) => o.series === s.id);
      const byLength = [...Map.groupBy(mine, (o) => periodBounds(o.period).months)].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
      return byLength.map(([months, group]) =>
        makeSeries(
          byLength.length > 1 ? `${s.id}~${months ?? 'd'}` : s.id,
          mixed ? t(lang, 'chart.series.withLength', { series: withoutUnit(s.label), length: lengthLabel(months, lang) }) : s.label,
          categories.map((p) => group.find((o) => o.period === p)),
          s.unit,
          { periodMonths: months, name: s.label },
        ),
      );
    });
    if (region !== PROVINCE && subRegions.length > 0) notes.push(t(lang, 'chart.note.region', { region: regionName(region) }));
  }

  if (series.length > MAX_SERIES) {
    notes.push(t(lang, 'chart.note.moreSeries', { series: series.slice(MAX_SERIES).map((s) => s.label).join(t(lang, 'list.separator')) }));
    series = series.slice(0, MAX_SERIES);
    // Periods only the omitted series had are dropped, so the table holds exactly what is drawn.
    const keep = categories.map((_, i) => series.some((s) => s.values[i] !== null));
    const pickKept = <T,>(list: T[]) => list.filter((_, i) => keep[i]);
    categories = pickKept(categories);
    labels = pickKept(labels);
    for (const s of series) Object.assign(s, { values: pickKept(s.values), display: pickKept(s.display), statuses: pickKept(s.statuses), sources: pickKept(s.sources) });
  }
  series.forEach((s, i) => Object.assign(s, { colour: seriesColour(i), slot: i }));

  const timed = dimension === 'period' && kind !== 'bar-horizontal';
  if (timed) for (const s of series) s.breaks = lineBreaks(s, categories, dataset.periodType === 'date');

  const stacked = kind === 'bar-stacked';
  const extent = valueExtent(series, stacked);
  const annotations = series.flatMap((s, si) =>
    s.statuses.flatMap((status, index) =>
      status && status !== 'final' ? [{ series: si, index, status, label: t(lang, `chart.status.${status}`) }] : [],
    ),
  );
  const unitLabel = UNITS[unit].label[lang];
  const spec: ChartSpecOk = {
    ...base,
    state: 'ok',
    kind,
    dimension,
    categories,
    labels,
    series,
    unit,
    unitLabel,
    unitBrackets: [t(lang, 'chart.unitOpen'), t(lang, 'chart.unitClose')],
    periodLabel: dimension === 'period' ? periodLabel(categories, lang) : formatPeriodLabel(rankedPeriod!, lang),
    ...(rankedPeriod ? { period: rankedPeriod } : {}),
    scales: {
      indexAxis: kind === 'bar-horizontal' ? 'y' : 'x',
      stacked,
      value: {
        ...extent,
        beginAtZero: !['line', 'comparison', 'span'].includes(kind) || extent.min < 0,
        // Currencies tick in the base currency ("204.8T" rupiah); other scaled units keep their own label.
        title: UNITS[baseUnit(unit)].label[lang],
        scale: UNITS[baseUnit(unit)] === UNITS[unit] ? 1 : UNITS[unit].scale,
      },
      category: { title: t(lang, dimension === 'period' ? 'data.period' : dimension === 'region' ? 'data.region' : 'data.series') },
    },
    annotations,
    notes,
    ...(timed ? { time: timeAxis(categories, lang, dataset.periodType === 'range' && !kind.startsWith('bar')) } : {}),
    directLabels: timed && series.length > PALETTE_SIZE && !kind.startsWith('bar'),
  };
  return spec;
}

/**
 * Where a series' line must break: before a value whose period does not follow on from the previous value's
 * (a gap in the data), or whose kind differs (an estimate or a target is never joined to an actual figure).
 * Other sources' values are never joined at all. Dated series (exchange rates on given days) join across days.
 */
export function lineBreaks(s: Pick<ChartSeriesSpec, 'values' | 'statuses' | 'role'>, categories: readonly string[], dated: boolean): number[] {
  const breaks: number[] = [];
  let previous = -1;
  s.values.forEach((value, i) => {
    if (value === null) return;
    if (previous >= 0) {
      const gap = !dated && periodBounds(categories[i]!).start > periodBounds(categories[previous]!).end;
      if (s.role === 'alternate' || gap || statusKind(s.statuses[i]) !== statusKind(s.statuses[previous])) breaks.push(i);
    }
    previous = i;
  });
  return breaks;
}

/**
 * The period a regional ranking shows: the latest one that covers at least three quarters of the regions the
 * best-covered period covers, so three early reports for 2025 do not replace a full set of fifteen for 2024.
 */
export function rankingPeriod(obs: readonly Pick<Observation, 'period' | 'region'>[]): string {
  const coverage = new Map<string, Set<string>>();
  for (const o of obs) coverage.set(o.period, (coverage.get(o.period) ?? new Set()).add(o.region));
  const best = Math.max(...[...coverage.values()].map((r) => r.size));
  return sortPeriods([...coverage.keys()].filter((p) => coverage.get(p)!.size * 4 >= best * 3)).at(-1)!;
}

/** The province if it has values, else the region with the most observations (or the selected one). */
function pickRegion(obs: Observation[], selected?: string): string {
  if (selected) return selected;
  if (obs.some((o) => o.region === PROVINCE)) return PROVINCE;
  const counts = Map.groupBy(obs, (o) => o.region);
  return [...counts.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))[0]![0];
}

/**
 * One observation per period, region and series. Where sources disagree outside a comparison chart the
 * first recorded one is drawn and a note says so (the dataset page lists both).
 */
function firstPerCell(obs: Observation[], notes: string[], lang: Lang, regionName?: (code: string) => string): Observation[] {
  const seen = new Map<string, Observation>();
  const disputed = new Set<string>();
  const disputedRegions = new Set<string>();
  for (const o of obs) {
    const prior = seen.get(cellKey(o));
    if (!prior) seen.set(cellKey(o), o);
    else if (prior.value !== o.value) {
      disputed.add(o.period);
      disputedRegions.add(o.region);
    }
  }
  // A ranking holds one period: the note names the regions whose figures the sources dispute.
  if (disputed.size && regionName) {
    const regions = [...disputedRegions].map(regionName).join(t(lang, 'list.separator'));
    notes.push(t(lang, 'chart.note.disputedRegions', { regions, period: formatPeriod([...disputed][0]!, lang) }));
  } else if (disputed.size) notes.push(t(lang, 'chart.note.disputed', { periods: [...disputed].map((p) => formatPeriod(p, lang)).join(', ') }));
  return [...seen.values()];
}

function valueExtent(series: ChartSeriesSpec[], stacked: boolean): { min: number; max: number } {
  const all: number[] = [];
  if (stacked) {
    const length = series[0]?.values.length ?? 0;
    for (let i = 0; i < length; i++) {
      const column = series.map((s) => s.values[i] ?? 0);
      all.push(column.filter((v) => v > 0).reduce((a, b) => a + b, 0), column.filter((v) => v < 0).reduce((a, b) => a + b, 0));
    }
  } else {
    for (const s of series) for (const v of s.values) if (v !== null) all.push(v);
  }
  return { min: Math.min(...all), max: Math.max(...all) };
}
