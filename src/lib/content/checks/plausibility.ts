import type { Dataset } from '~/schemas/dataset';
import { UNITS, type UnitDefinition } from '~/schemas/units';
import type { ContentIssue } from '../errors';

/**
 * Values the world allows, by the kind of the unit in force (the series' unit if set, else the dataset's):
 * a percentage lies in 0–100; counts, money, mass, area and length are not negative. A dataset or series that
 * declares `valueRange` replaces that default (a growth rate may be negative). Whatever the unit, a value
 * beyond ±1e15 is refused: the largest real figure recorded is about 1.6e8, and 1e308 is a typo or an attack.
 */
export const MAX_MAGNITUDE = 1e15;

const NOT_NEGATIVE: ReadonlySet<UnitDefinition['kind']> = new Set(['count', 'currency', 'mass', 'area', 'length']);

export function defaultRange(kind: UnitDefinition['kind']): { min?: number; max?: number } {
  if (kind === 'percent') return { min: 0, max: 100 };
  if (NOT_NEGATIVE.has(kind)) return { min: 0 };
  return {};
}

export function valueIssues(dataset: Dataset & { file: string }): ContentIssue[] {
  const issues: ContentIssue[] = [];
  dataset.observations.forEach((o, i) => {
    const series = dataset.series.find((s) => s.id === o.series);
    const unit = series?.unit ?? dataset.unit;
    const kind = UNITS[unit].kind;
    const declared = series?.valueRange ?? dataset.valueRange;
    const range = declared ?? defaultRange(kind);
    const at = ['observations', i, 'value'];
    const why = declared ? `the declared valueRange` : `a ${kind} value (declare "valueRange" on the dataset or series if the source really publishes it)`;
    if (Math.abs(o.value) > MAX_MAGNITUDE) issues.push({ file: dataset.file, path: at, message: `${o.value} is beyond ±${MAX_MAGNITUDE}, larger than any real figure` });
    else if (range.min !== undefined && o.value < range.min) issues.push({ file: dataset.file, path: at, message: `${o.value} is below ${range.min}, the lowest allowed for ${why}` });
    else if (range.max !== undefined && o.value > range.max) issues.push({ file: dataset.file, path: at, message: `${o.value} is above ${range.max}, the highest allowed for ${why}` });
  });
  return issues;
}
