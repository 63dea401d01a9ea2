/**
 * Proper names and fixed terms the language gate reads past (tests/lib/gates/language.ts). Names that live
 * in content (publishers, places, regions, dataset ids) are added from content by the test itself; this list
 * holds the rest, each with why it is a name and not an English leftover.
 */
export const NAMES: readonly string[] = [
  'Sulut Atlas', // the site's name
  'CC BY', // licence name (Creative Commons Attribution)
  'The Fed', // the US Federal Reserve, as Indonesian headlines name it
  'c-to-c', // BPS's own abbreviations for growth comparisons, used as-is in Indonesian releases
  'y-on-y',
  'q-to-q',
  'clean and clear', // the status name in Indonesian mining regulation (status clean and clear, CnC)
];
