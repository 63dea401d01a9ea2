/**
 * The timeline filter's rule, kept free of imports so the browser bundle stays tiny:
 * "" (no filter) keeps every event, a sector keeps the events tagged with it.
 */
export function matchesSector(eventSectors: readonly string[], sector: string): boolean {
  return sector === '' || eventSectors.includes(sector);
}
