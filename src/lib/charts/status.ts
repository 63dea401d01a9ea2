/**
 * Kinds of figure (shared contract, issue 12): actual figures are `final` and `preliminary`; `estimate` is its
 * own kind; `target`, `plan`, `capacity` and `claimed` each stand alone. Figures of different kinds are never
 * compared in a sentence nor joined by a line, and anything but an actual figure is drawn distinctly.
 */
export type StatusKind = 'actual' | 'estimate' | 'target' | 'plan' | 'capacity' | 'claimed';

/** The kind of a status; a status this code does not know yet is its own kind (never an actual figure). */
export function statusKind(status: string | null | undefined): StatusKind | string {
  if (!status || status === 'final' || status === 'preliminary') return 'actual';
  return status;
}

export const isActual = (status: string | null | undefined): boolean => statusKind(status) === 'actual';

/** Kinds a change may be stated for: actual against actual, estimate against estimate. */
export const CHANGE_KINDS: ReadonlySet<string> = new Set(['actual', 'estimate']);
