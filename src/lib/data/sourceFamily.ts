/**
 * Source families: figures from one original publisher belong together, whoever relayed them. Two
 * observations may be compared (a change stated between them) only within one family, or across a pair of
 * sources the dataset declares comparable (`comparableSources`). The original publisher is
 * `source.origin.publisher` where a source records the chain it was read through (an outlet quoting BPS),
 * else the source's own `publisher` (shared contract, issue 12).
 */

/** What the family needs to know about a source; `origin` is optional until every source records its chain. */
export interface SourceForFamily {
  publisher: string;
  origin?: { publisher: string } | undefined;
}

/** A family key: the original publisher's name, compared without case, width or spacing differences. */
export function sourceFamily(source: SourceForFamily): string {
  const name = source.origin?.publisher ?? source.publisher;
  return name.normalize('NFKC').toLowerCase().replace(/[\s.,·]+/g, ' ').trim();
}

export type SourcePair = readonly [string, string];

/**
 * True when figures from sources `a` and `b` (ids) may be compared: one family, or a declared pair.
 * An unknown source id is an error: comparability must never be guessed.
 */
export function comparableSources(a: string, b: string, sources: ReadonlyMap<string, SourceForFamily>, declared: readonly SourcePair[] = []): boolean {
  if (a === b) return true;
  const [sa, sb] = [sources.get(a), sources.get(b)];
  if (!sa || !sb) throw new Error(`sourceFamily: unknown source id "${!sa ? a : b}"`);
  if (sourceFamily(sa) === sourceFamily(sb)) return true;
  return declared.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}
