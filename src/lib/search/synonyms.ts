/**
 * Words readers use for the same thing in Japanese, Indonesian and English. Each language has its own
 * search index, so a reader of the Japanese site who types "cakalang" only finds the skipjack page if that
 * page's hidden keywords also say "cakalang". A page that lists any member of a group gets the whole group.
 *
 * Terms follow the design brief's glossary; add a group when a new topic brings new spellings.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['cakalang', 'skipjack', 'skipjack tuna', 'カツオ', 'かつお', '鰹'],
  ['ikan kayu', 'katsuobushi', '鰹節', 'かつお節'],
  ['tuna', 'ikan tuna', 'マグロ', 'まぐろ', '鮪'],
  ['magang', 'pemagangan', '技能実習', '技能実習生', 'technical intern', 'technical internship', 'technical intern training', 'TITP'],
  ['Tokutei Ginou', '特定技能', 'Specified Skilled Worker', 'SSW', 'pekerja berketerampilan spesifik'],
  ['lobster', 'udang lobster', 'ロブスター', 'イセエビ', '伊勢海老'],
  ['emas', 'gold', '金'],
  ['merkuri', 'mercury', '水銀'],
  ['PETI', 'pertambangan tanpa izin', 'unlicensed mining', '無許可採掘'],
  ['WPR', 'wilayah pertambangan rakyat', 'community mining area', '住民採掘区域'],
  ['UMP', 'upah minimum', 'upah minimum provinsi', 'minimum wage', 'provincial minimum wage', '最低賃金', '州最低賃金'],
  ['PDRB', 'GRDP', 'gross regional domestic product', '域内総生産'],
  ['KEK', 'kawasan ekonomi khusus', 'special economic zone', 'SEZ', '経済特区'],
  ['MoU', 'nota kesepahaman', 'memorandum of understanding', '覚書'],
  ['wisatawan mancanegara', 'wisman', 'foreign tourists', 'foreign arrivals', '外国人観光客', '外国人訪問者'],
];

/** Compares terms the way a reader would: full-width/half-width folded, case and spacing ignored. */
export function normalizeTerm(term: string): string {
  return term.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Adds every synonym of the given keywords, keeping the original order and dropping duplicates.
 * A keyword matches a group only as a whole term ("金" matches the gold group; "賃金" does not).
 * @example expandKeywords(['cakalang']) // => ['cakalang', 'skipjack', 'skipjack tuna', 'カツオ', 'かつお', '鰹']
 */
export function expandKeywords(keywords: readonly string[], groups: readonly (readonly string[])[] = SYNONYM_GROUPS): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (term: string) => {
    const key = normalizeTerm(term);
    if (key === '' || seen.has(key)) return;
    seen.add(key);
    out.push(term.trim());
  };
  const index = groupIndex(groups);
  for (const keyword of keywords) {
    add(keyword);
    for (const group of index.get(normalizeTerm(keyword)) ?? []) group.forEach(add);
  }
  return out;
}

/** Each normalised term → the groups it belongs to, built once per table (every indexed page expands its keywords). */
const groupIndexes = new WeakMap<readonly (readonly string[])[], Map<string, (readonly string[])[]>>();
function groupIndex(groups: readonly (readonly string[])[]): Map<string, (readonly string[])[]> {
  let index = groupIndexes.get(groups);
  if (!index) {
    index = new Map();
    for (const group of groups) {
      for (const key of new Set(group.map(normalizeTerm))) index.set(key, [...(index.get(key) ?? []), group]);
    }
    groupIndexes.set(groups, index);
  }
  return index;
}
