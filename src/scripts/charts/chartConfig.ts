/**
 * chart.js configuration from a spec. Only the parts in use are registered (bars, lines, two scales and the
 * tooltip; the legend is HTML), which keeps a chart page's JavaScript small. Dated charts use a linear axis
 * over timestamps whose ticks and labels the spec brings (no date adapter); every decision about the data —
 * where a line breaks, what counts as a gap, which figures are not actual — was made at build time.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type ChartDataset,
  type Plugin,
  type Scale,
} from 'chart.js';
import { formatCompact } from '~/lib/format/formatCompact';
import type { ChartSeriesSpec, ChartSpecOk } from '~/lib/charts/types';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip);

export { Chart };

export interface Theme {
  dark: boolean;
  ink: string;
  muted: string;
  rule: string;
  background: string;
  font: string;
}

/** Theme colours read from the page's CSS custom properties at draw time (light or dark). */
export function readTheme(element: Element): Theme {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const dark = matchMedia('(prefers-color-scheme: dark)').matches;
  return {
    dark,
    ink: read('--ink', dark ? '#ecebe8' : '#1a1a1a'),
    muted: read('--muted', dark ? '#b8b5ae' : '#4d4d4d'),
    rule: read('--rule', dark ? '#3b3f45' : '#d9d5cc'),
    background: read('--paper-raised', dark ? '#1d2024' : '#ffffff'),
    font: style.fontFamily,
  };
}

const POINT_STYLE: Record<string, 'circle' | 'rectRot' | 'triangle' | 'rect'> = { estimate: 'rectRot', target: 'triangle', plan: 'triangle', capacity: 'rect', claimed: 'rectRot' };
const ACTUAL = new Set([null, 'final', 'preliminary']);

/** `#rrggbb` at a lower opacity, for non-final bars (their full-colour border keeps the 3:1 contrast). */
const faint = (hex: string) => `${hex}55`;

/** A drawn point: position, value and the category it stands for (for tooltips and styles). */
interface Point {
  x: number;
  y: number | null;
  i: number;
}

/**
 * Points of one series on the time axis. A break (gap or change of kind) becomes an explicit null between two
 * values, so chart.js (spanGaps false) never joins them; a span is drawn from its period's start to its end.
 */
export function seriesPoints(spec: ChartSpecOk, s: ChartSeriesSpec): Point[] {
  const time = spec.time!;
  const points: Point[] = [];
  s.values.forEach((y, i) => {
    if (y === null) return;
    if (points.length && (time.spans || s.breaks.includes(i))) points.push({ x: (time.starts[i]! + points.at(-1)!.x) / 2, y: null, i });
    if (time.spans && s.role !== 'alternate') points.push({ x: time.starts[i]!, y, i }, { x: time.positions[i]!, y, i }, { x: time.ends[i]! - 1, y, i });
    else points.push({ x: time.positions[i]!, y, i });
  });
  return points;
}

/**
 * Each line's label beside its last point, for charts with more series than the palette proper: labels are
 * pushed apart vertically so none overlaps another, and cut with "…" to the room on the right.
 */
const LABEL_GAP = 14;
const directLabels: Plugin<'line'> = {
  id: 'directLabels',
  afterDatasetsDraw(chart) {
    const { ctx, chartArea } = chart;
    const labels = chart.data.datasets.flatMap((dataset, d) => {
      const meta = chart.getDatasetMeta(d);
      const last = meta.data.findLast((_, j) => (dataset.data[j] as Point | undefined)?.y != null);
      return last && !meta.hidden ? [{ text: String(dataset.label), colour: String(dataset.borderColor), x: last.x + 8, y: last.y }] : [];
    });
    // Push labels apart: downwards from the top, then back up from the bottom edge where they ran over it.
    labels.sort((a, b) => a.y - b.y);
    labels.forEach((l, i) => (l.y = Math.max(l.y, i ? labels[i - 1]!.y + LABEL_GAP : chartArea.top)));
    for (let i = labels.length - 1; i >= 0; i--) labels[i]!.y = Math.min(labels[i]!.y, i < labels.length - 1 ? labels[i + 1]!.y - LABEL_GAP : chartArea.bottom);
    ctx.save();
    ctx.font = `${Chart.defaults.font.size ?? 12}px ${chart.options.font?.family ?? Chart.defaults.font.family}`;
    ctx.textBaseline = 'middle';
    for (const l of labels) {
      const room = chart.width - l.x - 2;
      let text = l.text;
      while (text.length > 1 && ctx.measureText(text).width > room) text = `${text.slice(0, -2)}…`;
      ctx.fillStyle = l.colour;
      ctx.fillText(text, l.x, l.y);
    }
    ctx.restore();
  },
};

export function chartConfig(spec: ChartSpecOk, theme: Theme, options: { animate: boolean; width: number }): ChartConfiguration {
  const time = spec.time;
  const bars = spec.kind.startsWith('bar');
  const horizontal = spec.scales.indexAxis === 'y';
  const narrow = options.width < 480;
  const labelled = spec.directLabels && !narrow;
  const datasets = spec.series.map((s): ChartDataset<'bar' | 'line'> => {
    const colour = theme.dark ? s.colour.dark : s.colour.light;
    const actual = s.statuses.map((status) => ACTUAL.has(status));
    const final = s.statuses.map((status) => status === null || status === 'final');
    if (bars) {
      return {
        type: 'bar',
        label: s.label,
        data: time ? s.values.map((y, i) => ({ x: time.positions[i]!, y, i })) : s.values,
        backgroundColor: final.map((f) => (f ? colour : faint(colour))),
        borderColor: colour,
        borderWidth: final.map((f) => (f ? 0 : 2)),
        maxBarThickness: 48,
      } as ChartDataset<'bar'>;
    }
    const data = seriesPoints(spec, s);
    const at = (j: number) => data[j]?.i ?? 0;
    return {
      type: 'line',
      label: s.label,
      data,
      borderColor: colour,
      backgroundColor: colour,
      borderWidth: time?.spans ? 4 : 2.5,
      showLine: s.role !== 'alternate',
      // Spans show their value over the whole period; one marker in the middle carries the tooltip.
      pointStyle: data.map((p) => (s.role === 'alternate' ? 'rectRot' : (POINT_STYLE[s.statuses[p.i] ?? ''] ?? 'circle'))),
      pointRadius: data.map((p) => (time?.spans && s.role !== 'alternate' && p.x !== time.positions[p.i] ? 0 : final[p.i] ? 3 : 6)),
      pointBackgroundColor: data.map((p) => (final[p.i] ? colour : theme.background)),
      pointBorderColor: colour,
      pointBorderWidth: 2,
      spanGaps: false,
      // Estimates, targets and other non-actual figures are dashed; they are never joined to actual ones (breaks).
      segment: { borderDash: (ctx: { p1DataIndex: number }) => (actual[at(ctx.p1DataIndex)] ? undefined : [6, 4]) },
    } as ChartDataset<'line'>;
  });
  const valueAxis = {
    beginAtZero: spec.scales.value.beginAtZero,
    stacked: spec.scales.stacked,
    grid: { color: theme.rule },
    border: { color: theme.muted },
    ticks: {
      color: theme.muted,
      maxTicksLimit: narrow ? 5 : 8,
      callback: (value: string | number) => formatCompact(Number(value) * spec.scales.value.scale, spec.lang),
    },
    title: { display: Boolean(spec.scales.value.title) && !narrow, text: spec.scales.value.title, color: theme.muted },
  };
  const tickLabels = new Map(time?.ticks.map((tick) => [tick.value, tick.label]));
  const timeAxis = time && {
    type: 'linear',
    min: time.min,
    max: time.max,
    offset: false,
    stacked: spec.scales.stacked,
    grid: { display: false },
    border: { color: theme.muted },
    // The spec's ticks (period midpoints, labelled with the site's Intl formatters) replace chart.js's own.
    afterBuildTicks: (scale: Scale) => {
      scale.ticks = time.ticks.map((tick) => ({ value: tick.value }));
    },
    ticks: { color: theme.ink, autoSkip: true, maxRotation: 0, callback: (value: string | number) => tickLabels.get(Number(value)) ?? '' },
  };
  const categoryAxis = {
    stacked: spec.scales.stacked,
    grid: { display: false },
    border: { color: theme.muted },
    ticks: {
      color: theme.ink,
      autoSkip: !horizontal,
      maxRotation: 0,
      // Long regency names are cut on small screens; the table and tooltip keep them whole.
      callback(this: { getLabelForValue(v: number): string }, value: string | number) {
        const label = this.getLabelForValue(Number(value));
        const max = narrow ? 14 : 28;
        return label.length > max ? `${label.slice(0, max - 1)}…` : label;
      },
    },
  };
  const index = (raw: unknown, dataIndex: number) => (time ? (raw as Point).i : dataIndex);
  return {
    type: bars ? 'bar' : 'line',
    data: { labels: time ? [] : spec.labels, datasets: datasets as ChartDataset<'bar'>[] },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: options.animate ? { duration: 400 } : false,
      indexAxis: spec.scales.indexAxis,
      font: { family: theme.font, size: narrow ? 11 : 13 },
      color: theme.ink,
      // Room on the right for the direct labels; on a narrow screen the HTML legend names the lines instead.
      layout: { padding: { right: labelled ? Math.min(160, 12 + Math.max(...spec.series.map((s) => s.label.length)) * 6.5) : 0 } },
      interaction: time ? { mode: 'nearest', intersect: false, axis: 'x' } : { mode: 'index', intersect: false, axis: horizontal ? 'y' : 'x' },
      scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: timeAxis ?? categoryAxis, y: valueAxis },
      plugins: {
        tooltip: {
          callbacks: {
            title: (items) => (items[0] ? spec.labels[index(items[0].raw, items[0].dataIndex)] ?? '' : ''),
            label: (ctx) => {
              const s = spec.series[ctx.datasetIndex]!;
              const i = index(ctx.raw, ctx.dataIndex);
              const text = s.display[i];
              if (text === null || text === undefined) return '';
              const note = spec.annotations.find((a) => a.series === ctx.datasetIndex && a.index === i);
              return `${s.label}: ${text}${note ? ` (${note.label})` : ''}`;
            },
          },
        },
      },
    },
    plugins: labelled ? [directLabels] : [],
  } as ChartConfiguration;
}
