/**
 * How the catalogue shelves a sector's datasets on a phone: for each topic, the dataset to start with is shown
 * as a card; the rest of the sector is folded. The dataset to start with is chosen by a stated rule, so the
 * page's label for it stays true: the best source grade, then the most recent data, then the most observations.
 */
import type { CatalogueEntry } from './catalogue';

export interface ShelfInput extends Pick<CatalogueEntry, 'id' | 'sector' | 'grades' | 'span'> {
  topic?: string | undefined;
  observations: number;
}

export interface Shelf {
  sector: string;
  /** One dataset per topic, in the order the topics first appear. */
  lead: string[];
  /** Everything else in the sector (other datasets of a topic, and datasets with no topic), in input order. */
  rest: string[];
}

const GRADE_ORDER = ['A', 'B', 'C'];
const gradeRank = (e: ShelfInput) => (e.grades[0] ? GRADE_ORDER.indexOf(e.grades[0]) : GRADE_ORDER.length);

/** Negative when `a` is the better dataset to start a topic with. */
export function compareForLead(a: ShelfInput, b: ShelfInput): number {
  return gradeRank(a) - gradeRank(b) || b.span.last.localeCompare(a.span.last) || b.observations - a.observations || a.id.localeCompare(b.id);
}

export function shelves(entries: readonly ShelfInput[], sectors: readonly string[]): Shelf[] {
  return sectors.map((sector) => {
    const own = entries.filter((e) => e.sector === sector);
    const topics = [...new Set(own.flatMap((e) => (e.topic ? [e.topic] : [])))];
    const lead = topics.map((topic) => own.filter((e) => e.topic === topic).sort(compareForLead)[0]!.id);
    // A sector whose datasets carry no topic at all still opens with one card.
    if (lead.length === 0 && own.length > 0) lead.push([...own].sort(compareForLead)[0]!.id);
    return { sector, lead, rest: own.filter((e) => !lead.includes(e.id)).map((e) => e.id) };
  });
}
