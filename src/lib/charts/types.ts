/**
 * Chart specifications: what to draw, decided at build time from a dataset. A spec is plain JSON so the page
 * can embed it for the client script, which only renders (it never decides what the data means).
 */
import type { Lang } from '~/i18n/index';
import type { Observation } from '~/schemas/dataset';
import type { UnitId } from '~/schemas/units';
import type { TimeAxis } from './time';

/**
 * `bar` is vertical; `bar-horizontal` is ranked (largest first); `comparison` draws the recorded value and, where
 * sources disagree, the other sources' values as separate marks; `span` draws each value of a range dataset as a
 * segment over its period (a five-month total is five months wide).
 */
export const CHART_KINDS = ['line', 'bar', 'bar-horizontal', 'bar-grouped', 'bar-stacked', 'comparison', 'span'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** What the categories along the axis are. */
export type CategoryDimension = 'period' | 'region' | 'series';

export type PointStatus = Observation['status'];

/** A subset of a dataset to draw; every field is optional. Periods compare as strings (YYYY, YYYY-MM, …). */
export interface ChartSelection {
  series?: readonly string[];
  region?: string;
  from?: string;
  to?: string;
}

/** Colour of a mark in each theme; both reach 3:1 against the chart background (see palette.ts). */
export interface ThemeColour {
  light: string;
  dark: string;
}

export interface ChartSeriesSpec {
  /** Unique in the chart: the dataset series id, "~6" for one period length of it, "~alt1" for other sources. */
  id: string;
  /** The dataset series and region the values belong to. */
  series: string;
  region: string;
  label: string;
  /** The series' own name, without the period length a split series adds to its label (for sentences). */
  name: string;
  colour: ThemeColour;
  /** Palette slot (0–7), for the HTML legend's swatch class. */
  slot: number;
  unit: UnitId;
  /** Length in months of every period in this series (null for days; undefined on ranked charts). */
  periodMonths?: number | null;
  /** `alternate`: values other sources give where sources disagree, drawn as marks without a line. */
  role?: 'alternate';
  /** Category indices whose value is not joined to the series' previous value (a gap, or another kind of figure). */
  breaks: number[];
  /** One entry per category; null where the series has no value. */
  values: (number | null)[];
  /** The values as tooltips and sentences print them (formatValue, published decimals, the series' noun). */
  display: (string | null)[];
  /** Decimals recorded with each value, only when any value records them (the table's numbers follow them). */
  decimals?: (number | null)[];
  /** The unit as the table's column header names it ("rupiah", "ルピア", "%", "foreign visitors"). */
  unitText?: string;
  statuses: (PointStatus | null)[];
  sources: (string | null)[];
}

/** A marked point: a value the source calls a target, claim, estimate or preliminary figure. */
export interface ChartAnnotation {
  series: number;
  index: number;
  status: Exclude<PointStatus, 'final'> | 'plan' | 'capacity';
  label: string;
}

export interface ChartScales {
  /** 'y' puts categories on the vertical axis (ranked horizontal bars). */
  indexAxis: 'x' | 'y';
  stacked: boolean;
  value: {
    /** Extent of the plotted values (after stacking). */
    min: number;
    max: number;
    beginAtZero: boolean;
    /** Axis title: the unit as printed, e.g. "rupiah". */
    title: string;
    /** Multiplier from recorded values to the base unit for compact tick labels (idr-billion → 1e9). */
    scale: number;
  };
  category: { title: string };
}

interface SpecBase {
  /** Figure id, also the chart id in /embed/[lang]/[chart]/. */
  id: string;
  lang: Lang;
  title: string;
}

export interface ChartSpecOk extends SpecBase {
  state: 'ok';
  kind: ChartKind;
  dimension: CategoryDimension;
  /** Category keys (period strings, region codes or series ids) and their printed labels. */
  categories: string[];
  labels: string[];
  series: ChartSeriesSpec[];
  unit: UnitId;
  unitLabel: string;
  /** How a table header wraps a series' unit in this language: " (" and ")", or "（" and "）" in Japanese. */
  unitBrackets?: [string, string];
  /** Printed span of the plotted periods, e.g. "2024–2026". */
  periodLabel: string;
  /** For ranked bars: the single period the ranking is for. */
  period?: string;
  scales: ChartScales;
  annotations: ChartAnnotation[];
  /** Translated notes shown under the chart (omitted series, conflicts drawn side by side). */
  notes: string[];
  /** A real time axis for dated categories (dimension 'period', vertical charts); absent on ranked charts. */
  time?: TimeAxis;
  /** More series than the palette proper: each line carries its label on the chart. */
  directLabels: boolean;
}

export interface ChartSpecEmpty extends SpecBase {
  state: 'empty';
  message: string;
}

export interface ChartSpecError extends SpecBase {
  state: 'error';
  reason: 'mixed-units' | 'unknown-series' | 'unknown-region';
  message: string;
}

export type ChartSpec = ChartSpecOk | ChartSpecEmpty | ChartSpecError;
