import { createHash } from 'node:crypto';
import type { Dataset } from '~/schemas/dataset';

/**
 * Canonical JSON: object keys sorted at every depth, arrays kept in order, no whitespace.
 * Two datasets that differ only in key order serialise identically.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * Fields about the dataset's upkeep rather than its data: the release calendar, the date it was last checked
 * and the revisions log itself. Changing them does not make a new version (re-checking a dataset or moving its
 * expected release date changes no figure a reader could cite), and a revision entry can name the version it
 * produced without changing it.
 */
export const UPKEEP_FIELDS = ['cadence', 'cadenceReason', 'nextRelease', 'releaseSchedule', 'lastVerified', 'revisions'] as const;

/**
 * A dataset's version: the first 8 hex digits of the SHA-256 of its canonical JSON. It changes whenever
 * anything in the dataset's data changes (a value, a source, a caveat, a translation) and never otherwise,
 * so a citation's version identifies exactly the data a reader downloaded. Key order does not matter.
 * The `file` property some registry entries carry is a build detail, not data, and is ignored, as are the
 * upkeep fields above.
 */
export function datasetVersion(dataset: Dataset): string {
  const { file: _file, ...all } = dataset as Dataset & { file?: string };
  const data: Record<string, unknown> = { ...all };
  for (const field of UPKEEP_FIELDS) delete data[field];
  return createHash('sha256').update(canonicalJson(data)).digest('hex').slice(0, 8);
}
