/**
 * The licence that really applies to a dataset: the compilation (selection, arrangement, notes, translations)
 * is the site's, CC BY 4.0; the figures are facts reported by the sources, whose own texts stay under their
 * publishers' terms, and a few sources publish under an open licence (Wikipedia copies: CC BY-SA).
 */
import type { Dataset } from '~/schemas/dataset';
import type { Source } from '~/schemas/source';
import { sourceIdsOf } from './provenance';

export const SITE_LICENCE = 'CC-BY-4.0' as const;

/** Canonical addresses of the licences named in content and downloads. */
export const LICENCE_URLS: Record<string, string> = {
  'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC-BY-SA-4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'CC-BY-SA-3.0': 'https://creativecommons.org/licenses/by-sa/3.0/',
  'CC0-1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
  'ODbL-1.0': 'https://opendatacommons.org/licenses/odbl/1-0/',
};

export interface DatasetLicence {
  /** Licence of the compilation by Sulut Atlas. */
  compilation: typeof SITE_LICENCE;
  /** How the figures themselves are held: as facts reported by the sources, under those sources' terms. */
  figures: 'facts-reported-by-sources';
  /** Sources whose own text is under an open licence, grouped by licence (ids sorted). */
  openSources: { licence: string; sources: string[] }[];
  /** Sources under their publishers' own terms (no open licence stated). */
  publisherTerms: string[];
}

export function datasetLicence(
  dataset: Pick<Dataset, 'id' | 'observations'>,
  sources: ReadonlyMap<string, Source>,
  datasets?: ReadonlyMap<string, Pick<Dataset, 'id' | 'observations'>>,
): DatasetLicence {
  const ids = sourceIdsOf(dataset, datasets).sort();
  const open = new Map<string, string[]>();
  const publisherTerms: string[] = [];
  for (const id of ids) {
    const source = sources.get(id);
    if (!source) throw new Error(`content/datasets/${dataset.id}.json: unknown source id "${id}"`);
    if (source.licence) open.set(source.licence, [...(open.get(source.licence) ?? []), id]);
    else publisherTerms.push(id);
  }
  return {
    compilation: SITE_LICENCE,
    figures: 'facts-reported-by-sources',
    openSources: [...open].sort(([a], [b]) => a.localeCompare(b)).map(([licence, list]) => ({ licence, sources: list })),
    publisherTerms,
  };
}

/** One line for the download files: "Compilation CC-BY-4.0 (Sulut Atlas); figures are facts reported by the sources, under their publishers' terms; open licences: CC-BY-SA-4.0 (3 sources)". */
export function licenceStatement(licence: DatasetLicence): string {
  const open = licence.openSources.map((o) => `${o.licence} (${o.sources.length} source${o.sources.length === 1 ? '' : 's'})`).join(', ');
  return `Compilation ${licence.compilation} (Sulut Atlas); figures are facts reported by the sources listed, whose own texts stay under their publishers' terms${open ? `; sources under an open licence: ${open}` : ''}`;
}

/** A short name for counting datasets by the licence that applies. */
export function licenceKind(licence: DatasetLicence): string {
  return [`compilation ${licence.compilation}`, 'figures: source terms', ...licence.openSources.map((o) => `includes ${o.licence} sources`)].join(' + ');
}
