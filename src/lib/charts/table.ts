import { toCsv } from '../data/csv';
import type { ChartSpecOk, PointStatus } from './types';

/** Rows of the figure's data table: one per category, one cell per series, exactly the plotted values. */
export interface ChartTableRow {
  label: string;
  cells: { value: number | null; text: string | null; status: PointStatus | null }[];
}

export function chartTableRows(spec: ChartSpecOk): ChartTableRow[] {
  return spec.labels.map((label, index) => ({
    label,
    cells: spec.series.map((s) => ({ value: s.values[index]!, text: s.display[index]!, status: s.statuses[index]! })),
  }));
}

/**
 * Column headings: the category dimension, then each series with the unit, e.g. "UMP (rupiah)"; a series
 * whose name already states the unit ("Tuna (kg)") does not get it twice.
 */
export function chartTableHeader(spec: ChartSpecOk): string[] {
  const [open, close] = spec.unitBrackets ?? [' (', ')'];
  const unitOf = (s: ChartSpecOk['series'][number]) => s.unitText ?? spec.unitLabel;
  const named = (label: string, unit: string) => Boolean(unit) && (label.includes(`(${unit})`) || label.includes(`（${unit}）`));
  return [spec.scales.category.title, ...spec.series.map((s) => (!unitOf(s) || named(s.label, unitOf(s)) ? s.label : `${s.label}${open}${unitOf(s)}${close}`))];
}

/**
 * The CSV of a chart: the table's headings and labels with the recorded numbers (not the formatted text),
 * so a spreadsheet reads them as numbers. The client builds the same file from the embedded spec.
 */
export function chartCsv(spec: ChartSpecOk): string {
  return toCsv(
    chartTableHeader(spec),
    chartTableRows(spec).map((row) => [row.label, ...row.cells.map((c) => c.value)]),
  );
}
