import { UNITS } from '~/schemas/units';

const UNIT_LABELS = new Set(Object.values(UNITS).flatMap((u) => [u.label.ja, u.label.id, u.label.en]).filter(Boolean).map((l) => l.toLowerCase()));

/**
 * A series name without a trailing unit in brackets, for sentences and compound labels:
 * "Tuna counted by the airport operator (kg)" → "Tuna counted by the airport operator"; "割合（％）" → "割合".
 * Brackets that say something else ("(sources disagree on the product)") stay.
 */
export function withoutUnit(label: string): string {
  const m = /\s*[（(]([^（()）]+)[)）]$/.exec(label);
  return m && (UNIT_LABELS.has(m[1]!.toLowerCase()) || /^[%％]$/.test(m[1]!)) ? label.slice(0, m.index) : label;
}
