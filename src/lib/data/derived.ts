/**
 * Derived observations: figures Sulut Atlas computes from recorded ones (a cross exchange rate, a share).
 * Their value is never typed. The registry calls `computeDerived` once every dataset is parsed; it fills in
 * the value (rounded to the observation's `decimals`), the status and the source, or reports why it cannot.
 */
import type { ContentIssue } from '../content/errors';
import type { DatasetFile, DerivationMethod, ObservationRef, ObservationStatus } from '~/schemas/dataset';
import type { Source } from '~/schemas/source';
import { UNITS, type UnitDefinition, type UnitId } from '~/schemas/units';
import { numberToDecimal, roundDecimal } from '../format/decimal';
import { magnitudeOf } from './published';

type FileObservation = DatasetFile['observations'][number];
type DatasetEntry = DatasetFile & { file: string };

const GRADE_ORDER = { A: 0, B: 1, C: 2 } as const;

/** Human-readable key of an input, for messages and the CSV: "exchange-rate-idr-usd/jisdor/IDN/2026-03-03". */
export function refKey(ref: ObservationRef, datasetId: string): string {
  return [ref.dataset ?? datasetId, ref.series, ref.region, ref.period, ...(ref.source ? [ref.source] : [])].join('/');
}

const unitIn = (dataset: Pick<DatasetFile, 'unit' | 'series'>, series: string): UnitId =>
  dataset.series.find((s) => s.id === series)?.unit ?? dataset.unit;

/** The computation itself, on values already in base units (rupiah, not billion rupiah). */
export function applyMethod(method: DerivationMethod, values: readonly number[]): number {
  const [a, b] = values as [number, number];
  switch (method) {
    case 'ratio':
    case 'density':
      return a / b;
    case 'share':
      return (a / b) * 100;
    case 'sum':
      return values.reduce((x, y) => x + y, 0);
    case 'difference':
      return a - b;
  }
}

const ARITY: Record<DerivationMethod, (n: number) => boolean> = {
  ratio: (n) => n === 2,
  share: (n) => n === 2,
  sum: (n) => n >= 2,
  difference: (n) => n === 2,
  density: (n) => n === 2,
};

/**
 * Why a density cannot be computed from these units, or undefined: the first input must count something, the
 * second measure an area, and the result must be "per" exactly that area unit (people per km² from km², never
 * from hectares), so a density can never be off by a factor of a hundred.
 */
export function densityProblem(count: UnitId, area: UnitId, result: UnitId): string | undefined {
  const perArea: UnitDefinition['perArea'] = (UNITS[result] as UnitDefinition).perArea;
  if (UNITS[count].kind !== 'count') return `method "density" divides a count by an area; the first input is in "${count}", not a count`;
  if (UNITS[area].kind !== 'area') return `method "density" divides a count by an area; the second input is in "${area}", not an area`;
  if (perArea === undefined) return `method "density" gives a value per area; the unit in force "${result}" is not a density`;
  if (perArea !== area) return `the unit in force "${result}" is per ${perArea}, but the area input is in "${area}"`;
  return undefined;
}

/** The status a derived figure inherits: an estimate if any input is one, else preliminary if any is, else final. */
export function derivedStatus(inputs: readonly ObservationStatus[]): ObservationStatus {
  if (inputs.includes('estimate')) return 'estimate';
  if (inputs.includes('preliminary')) return 'preliminary';
  return 'final';
}

export function computeDerived(datasets: ReadonlyMap<string, DatasetEntry>, sources: ReadonlyMap<string, Source>, raw: ReadonlyMap<string, unknown>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const dataset of datasets.values()) {
    const rawObservations = (raw.get(dataset.id) as { observations?: Record<string, unknown>[] } | undefined)?.observations ?? [];
    dataset.observations.forEach((o, i) => {
      const at = (...field: (string | number)[]) => ['observations', i, ...field];
      const rawObservation = rawObservations[i] ?? {};
      if (!o.derived) {
        if (o.value === undefined) issues.push({ file: dataset.file, path: at('value'), message: 'required: a recorded observation needs its value (only derived observations compute theirs)' });
        if (o.source === undefined) issues.push({ file: dataset.file, path: at('source'), message: 'required: a recorded observation needs its source' });
        return;
      }
      const problems = issues.length;
      if ('value' in rawObservation) issues.push({ file: dataset.file, path: at('value'), message: 'a derived value is computed from derived.inputs at build time; remove the typed value' });
      if ('source' in rawObservation) issues.push({ file: dataset.file, path: at('source'), message: 'a derived observation names no source of its own; its inputs carry theirs' });
      if (o.decimals === undefined) issues.push({ file: dataset.file, path: at('decimals'), message: 'required on a derived observation: the decimal places the computed value is rounded to' });
      if (o.published) issues.push({ file: dataset.file, path: at('published'), message: 'a derived observation has no published form' });
      const { method, inputs } = o.derived;
      if (!ARITY[method](inputs.length)) issues.push({ file: dataset.file, path: at('derived', 'inputs'), message: `method "${method}" takes ${method === 'sum' ? 'two or more' : 'exactly two'} inputs, found ${inputs.length}` });

      const resolved = inputs.map((ref, j) => {
        const where = at('derived', 'inputs', j);
        const target = datasets.get(ref.dataset ?? dataset.id);
        if (!target) {
          issues.push({ file: dataset.file, path: where, message: `unknown dataset "${ref.dataset}"` });
          return undefined;
        }
        const matches = target.observations.filter(
          (x) => x.series === ref.series && x.region === ref.region && x.period === ref.period && (ref.source === undefined || x.source === ref.source),
        );
        if (matches.length === 0) {
          issues.push({ file: dataset.file, path: where, message: `no observation ${refKey(ref, dataset.id)}` });
          return undefined;
        }
        if (matches.length > 1) {
          issues.push({ file: dataset.file, path: where, message: `${refKey(ref, dataset.id)} is recorded by several sources (${matches.map((x) => x.source).join(', ')}); add "source"` });
          return undefined;
        }
        const input = matches[0]!;
        if (input.derived) {
          issues.push({ file: dataset.file, path: where, message: `${refKey(ref, dataset.id)} is itself derived; derive from recorded values only` });
          return undefined;
        }
        if (!['final', 'preliminary', 'estimate'].includes(input.status)) {
          issues.push({ file: dataset.file, path: where, message: `${refKey(ref, dataset.id)} is a ${input.status}, not a measured or estimated value; nothing is derived from it` });
          return undefined;
        }
        return { observation: input, unit: unitIn(target, input.series) };
      });
      if (issues.length > problems || resolved.some((r) => r === undefined)) return;
      const inputsOk = resolved as { observation: FileObservation & { value: number; source: string }; unit: UnitId }[];

      if (method === 'sum' || method === 'difference' || method === 'share') {
        const bases = new Set(inputsOk.map((r) => magnitudeOf(r.unit).base));
        if (bases.size > 1) {
          issues.push({ file: dataset.file, path: at('derived', 'inputs'), message: `method "${method}" needs inputs measured alike; found ${[...new Set(inputsOk.map((r) => r.unit))].join(', ')}` });
          return;
        }
      }
      const unit = unitIn(dataset, o.series);
      if (method === 'density') {
        const problem = densityProblem(inputsOk[0]!.unit, inputsOk[1]!.unit, unit);
        if (problem) {
          issues.push({ file: dataset.file, path: at('derived'), message: problem });
          return;
        }
      }
      if (method === 'share' && UNITS[unit].kind !== 'percent') {
        issues.push({ file: dataset.file, path: at('series'), message: `a share is a percentage; the unit in force is "${unit}"` });
        return;
      }
      const computed = applyMethod(method, inputsOk.map((r) => r.observation.value * UNITS[r.unit].scale)) / UNITS[unit].scale;
      if (!Number.isFinite(computed)) {
        issues.push({ file: dataset.file, path: at('derived'), message: `the inputs give no finite value (${computed})` });
        return;
      }
      const status = derivedStatus(inputsOk.map((r) => r.observation.status));
      if ('status' in rawObservation && rawObservation.status !== status) {
        issues.push({ file: dataset.file, path: at('status'), message: `a value derived from ${inputsOk.map((r) => r.observation.status).join(' and ')} inputs is "${status}", not "${String(rawObservation.status)}"` });
        return;
      }
      const weakest = inputsOk
        .map((r) => sources.get(r.observation.source))
        .filter((s): s is Source => !!s)
        .sort((a, b) => GRADE_ORDER[b.grade] - GRADE_ORDER[a.grade])[0];
      o.value = Number(roundDecimal(numberToDecimal(computed), o.decimals!));
      o.status = status;
      o.source = weakest?.id ?? inputsOk[0]!.observation.source;
    });
  }
  return issues;
}
