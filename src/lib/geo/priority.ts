/**
 * Which labels a crowded map keeps. Seats of importance are placed first and never dropped on the home map
 * (tests/dist/maps.test.ts checks them in the built SVG); then the other seats, then points of interest, in
 * content order. The list is editorial: the provincial capital, the port city, and the seats of the three
 * other cities and of North Minahasa, which the site's sectors (ports, tourism, gold) keep returning to.
 */
export const MAJOR_PLACES: readonly string[] = ['manado', 'bitung', 'tomohon', 'kotamobagu', 'airmadidi'];

/** Places in label order: major seats (in MAJOR_PLACES order), other seats, then everything else (stable). */
export function labelOrder<T extends { id: string; kind: string }>(places: readonly T[]): T[] {
  const rank = (p: T) => {
    const major = MAJOR_PLACES.indexOf(p.id);
    return major >= 0 ? major : p.kind === 'seat' ? MAJOR_PLACES.length : MAJOR_PLACES.length + 1;
  };
  return places.map((p, i) => ({ p, i })).sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i).map(({ p }) => p);
}
