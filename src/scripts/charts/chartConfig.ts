/**
 * chart.js configuration from a spec. Only the parts in use are registered (bars, lines, two scales and the
 * tooltip; the legend is HTML), which keeps a chart page's JavaScript small.
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
} from 'chart.js';
import { formatCompact } from '../../lib/format/formatCompact';
import type { ChartSpecOk } from '../../lib/charts/types';

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

const POINT_STYLE = { final: 'circle', preliminary: 'circle', estimate: 'rectRot', target: 'triangle', plan: 'triangle', capacity: 'rect', claimed: 'rectRot' } as const;

/** `#rrggbb` at a lower opacity, for non-final bars (their full-colour border keeps the 3:1 contrast). */
const faint = (hex: string) => `${hex}55`;

export function chartConfig(spec: ChartSpecOk, theme: Theme, options: { animate: boolean; width: number }): ChartConfiguration {
  const line = spec.kind === 'line';
  const horizontal = spec.scales.indexAxis === 'y';
  const narrow = options.width < 480;
  const datasets = spec.series.map((s): ChartDataset<'bar' | 'line'> => {
    const colour = theme.dark ? s.colour.dark : s.colour.light;
    const final = s.statuses.map((status) => status === null || status === 'final');
    return line
      ? {
          type: 'line',
          label: s.label,
          data: s.values,
          borderColor: colour,
          backgroundColor: colour,
          borderWidth: 2.5,
          pointStyle: s.statuses.map((status) => POINT_STYLE[status ?? 'final']),
          pointRadius: s.values.map((_, i) => (final[i] ? 3 : 6)),
          pointBackgroundColor: final.map((f) => (f ? colour : theme.background)),
          pointBorderColor: colour,
          pointBorderWidth: 2,
          spanGaps: false,
        }
      : {
          type: 'bar',
          label: s.label,
          data: s.values,
          backgroundColor: final.map((f) => (f ? colour : faint(colour))),
          borderColor: colour,
          borderWidth: final.map((f) => (f ? 0 : 2)),
          maxBarThickness: 48,
        };
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
  return {
    type: line ? 'line' : 'bar',
    data: { labels: spec.labels, datasets: datasets as ChartDataset<'bar'>[] },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: options.animate ? { duration: 400 } : false,
      indexAxis: spec.scales.indexAxis,
      font: { family: theme.font, size: narrow ? 11 : 13 },
      color: theme.ink,
      interaction: { mode: 'index', intersect: false, axis: horizontal ? 'y' : 'x' },
      scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      plugins: {
        tooltip: {
          callbacks: {
            label: (ctx) => {
              const s = spec.series[ctx.datasetIndex]!;
              const text = s.display[ctx.dataIndex];
              if (text === null || text === undefined) return '';
              const note = spec.annotations.find((a) => a.series === ctx.datasetIndex && a.index === ctx.dataIndex);
              return `${s.label}: ${text}${note ? ` (${note.label})` : ''}`;
            },
          },
        },
      },
    },
  } as ChartConfiguration;
}
