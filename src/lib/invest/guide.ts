/**
 * The investor guide quotes these datasets by name (src/components/invest/guide/*). With real content they
 * must all exist, and a missing one fails the build naming it. A content tree that has none of them (the
 * small fixtures the build tests use) simply has no guide: there is nothing for it to say.
 */
export const GUIDE_DATASETS = [
  'exchange-rate-idr-jpy',
  'minimum-wage',
  'grdp-growth',
  'grdp',
  'population',
  'sulut-japan-pipeline',
  'kek-bitung',
  'pps-bitung-landings',
  'manado-narita-cargo',
  'realised-investment',
  'kek-likupang-investment',
] as const;

/** true: build the guide; false: no guide (no guide data at all); throws when only some datasets exist. */
export function guideBuildable(datasetIds: ReadonlySet<string>): boolean {
  const missing = GUIDE_DATASETS.filter((id) => !datasetIds.has(id));
  if (missing.length === 0) return true;
  if (missing.length === GUIDE_DATASETS.length) return false;
  throw new Error(`page /[lang]/invest/guide/: the guide quotes datasets that do not exist: ${missing.map((id) => `content/datasets/${id}.json`).join(', ')}`);
}
