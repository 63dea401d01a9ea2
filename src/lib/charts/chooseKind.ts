import type { PeriodType } from '~/schemas/dataset';
import type { ChartKind } from './types';

/** The shape of the data to draw, after a selection is applied. */
export interface DataShape {
  periodType: PeriodType;
  periods: number;
  series: number;
  /** Regions of one level that a ranking compares (src/lib/regions/regions.ts rankedRegions). */
  regions: number;
  /** Two sources give different values for the same period, region and series. */
  conflict: boolean;
}

/**
 * Picks a chart kind from the data's shape; a component prop can override it.
 * - several regions of one level (regencies, provinces or prefectures): ranked horizontal bars (names are long and
 *   read best on the vertical axis), even where a source disputes one region's value;
 * - conflicting sources: a comparison, each source its own series, so the disagreement is visible;
 * - one period and several series: ranked horizontal bars of the series;
 * - ranges (totals over periods of any length): spans, each value drawn over its own period;
 * - a time series of five or more points: a line; fewer points: bars, grouped by series.
 * Stacked bars are never chosen automatically: only an editor knows whether series add up to a whole.
 */
export function chooseKind(shape: DataShape): ChartKind {
  // Regions are ranked even where sources dispute one region's figure (a note names it, the table lists both):
  // a comparison chart would show that one region and hide all the others.
  if (shape.regions > 1) return 'bar-horizontal';
  if (shape.conflict) return 'comparison';
  if (shape.periods === 1 && shape.series > 1) return 'bar-horizontal';
  if (shape.periodType === 'range') return 'span';
  if (shape.periods >= 5) return 'line';
  return shape.series > 1 ? 'bar-grouped' : 'bar';
}
