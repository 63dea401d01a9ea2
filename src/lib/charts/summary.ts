import { INTL_LOCALE, t, type Lang } from '../../i18n/index';
import type { ChartSeriesSpec, ChartSpec, ChartSpecOk } from './types';

interface Point {
  series: ChartSeriesSpec;
  index: number;
  value: number;
  text: string;
}

function points(s: ChartSeriesSpec): Point[] {
  return s.values.flatMap((value, index) => (value === null ? [] : [{ series: s, index, value, text: s.display[index]! }]));
}

function percent(value: number, lang: Lang): string {
  return new Intl.NumberFormat(INTL_LOCALE[lang], { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

/** Where a point sits, for sentences: "2026" or "UMP, 2026" when several series share the chart. */
function where(spec: ChartSpecOk, p: Point): string {
  const label = spec.labels[p.index]!;
  return spec.series.length > 1 && spec.dimension === 'period' ? `${p.series.label}, ${label}` : label;
}

/** Change from a series' first to its last value, as a sentence; undefined with fewer than two points. */
function changeSentence(spec: ChartSpecOk, s: ChartSeriesSpec): string | undefined {
  const own = points(s);
  if (own.length < 2) return undefined;
  const first = own[0]!;
  const last = own.at(-1)!;
  const vars = { series: s.label, from: first.text, fromPeriod: spec.labels[first.index]!, to: last.text, toPeriod: spec.labels[last.index]! };
  if (last.value === first.value) return t(spec.lang, 'chart.summary.flat', vars);
  // A percentage change from zero or across a sign change means nothing; say only which way it went.
  const comparable = first.value > 0 && last.value > 0;
  const key = last.value > first.value ? (comparable ? 'chart.summary.rose' : 'chart.summary.roseAbsolute') : comparable ? 'chart.summary.fell' : 'chart.summary.fellAbsolute';
  return t(spec.lang, key, { ...vars, percent: percent(Math.abs(last.value / first.value - 1), spec.lang) });
}

/**
 * A plain-language summary of what a chart shows, generated from the plotted values: range covered, latest
 * value, largest and smallest, change over the period, or how two sources differ. It labels the canvas for
 * screen readers and sits in the figure for everyone.
 * @example summarizeChart(spec) // => 'The chart covers 2024 to 2026. …'
 */
export function summarizeChart(spec: ChartSpec): string {
  if (spec.state !== 'ok') return spec.message;
  const { lang } = spec;
  const all = spec.series.flatMap(points);
  if (all.length === 1) return t(lang, 'chart.summary.single', { value: all[0]!.text, where: where(spec, all[0]!) });

  const sentences: string[] = [];
  if (spec.kind === 'comparison') {
    sentences.push(t(lang, 'chart.summary.range', { from: spec.labels[0]!, to: spec.labels.at(-1)! }));
    for (const [index, label] of spec.labels.entries()) {
      const reported = spec.series.flatMap((s) => (s.values[index] === null ? [] : [{ source: s.label, text: s.display[index]!, value: s.values[index]! }]));
      if (reported.length < 2 || new Set(reported.map((r) => r.value)).size < 2) continue;
      sentences.push(t(lang, 'chart.summary.conflict', { period: label, reports: reported.map((r) => t(lang, 'chart.summary.reports', { source: r.source, value: r.text })).join(lang === 'ja' ? '、' : '; ') }));
    }
    return sentences.join(' ');
  }

  const max = all.reduce((a, b) => (b.value > a.value ? b : a));
  const min = all.reduce((a, b) => (b.value < a.value ? b : a));
  if (spec.dimension !== 'period') {
    sentences.push(t(lang, 'chart.summary.ranked', { period: spec.periodLabel, count: all.length, top: spec.labels[max.index]!, max: max.text, bottom: spec.labels[min.index]!, min: min.text }));
    return sentences.join(' ');
  }

  sentences.push(
    spec.labels.length > 1 ? t(lang, 'chart.summary.range', { from: spec.labels[0]!, to: spec.labels.at(-1)! }) : t(lang, 'chart.summary.onePeriod', { period: spec.labels[0]! }),
  );
  for (const s of spec.series) {
    const own = points(s);
    const last = own.at(-1);
    if (!last) continue;
    sentences.push(t(lang, 'chart.summary.latest', { series: s.label, value: last.text, period: spec.labels[last.index]! }));
    const change = changeSentence(spec, s);
    if (change) sentences.push(change);
  }
  if (max.value !== min.value) sentences.push(t(lang, 'chart.summary.extremes', { max: max.text, maxWhere: where(spec, max), min: min.text, minWhere: where(spec, min) }));
  return sentences.join(lang === 'ja' ? '' : ' ');
}
