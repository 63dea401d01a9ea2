/**
 * A dataset's citation and its schema.org/Dataset description, both built from the same metadata so
 * the "Cite this" block, the JSON-LD and the downloads never disagree.
 */
import type { Lang } from '~/i18n/index';
import type { Dataset } from '~/schemas/dataset';
import type { Region } from '~/schemas/region';
import type { Source } from '~/schemas/source';
import { periodSpan } from './catalogue';
import type { CitationInput } from './citation';
import { LICENSE_URLS } from './downloads';

export const PUBLISHER = 'Sulut Atlas';

/** See CitationInput: publisher Sulut Atlas, year and accessed from lastVerified, url = the page's absolute URL. */
export function datasetCitationInput(dataset: Dataset, lang: Lang, pageUrl: string, version: string): CitationInput {
  return {
    publisher: PUBLISHER,
    year: dataset.lastVerified.slice(0, 4),
    title: dataset.title[lang],
    version,
    url: pageUrl,
    accessed: dataset.lastVerified,
  };
}

/** ISO 8601 start of a period: quarters become their first month ("2024-Q3" → "2024-07"). */
function isoStart(period: string): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  return q ? `${q[1]}-${String(Number(q[2]) * 3 - 2).padStart(2, '0')}` : period;
}
/** ISO 8601 end of a period: quarters become their last month. */
function isoEnd(period: string): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  return q ? `${q[1]}-${String(Number(q[2]) * 3).padStart(2, '0')}` : period;
}

/** schema.org temporalCoverage: "2024/2026", or a single period. */
export function temporalCoverage(periods: readonly string[]): string {
  const { first, last } = periodSpan(periods);
  const start = isoStart(first);
  const end = isoEnd(last);
  return start === end ? start : `${start}/${end}`;
}

export interface JsonLdContext {
  lang: Lang;
  /** Absolute URLs. */
  url: string;
  csvUrl: string;
  jsonUrl: string;
  siteUrl: string;
  version: string;
  sources: readonly Source[];
  regions: ReadonlyMap<string, Region>;
}

/** schema.org/Dataset for a dataset page (https://schema.org/Dataset; Google's dataset guidelines). */
export function datasetJsonLd(dataset: Dataset, ctx: JsonLdContext): Record<string, unknown> {
  const organization = { '@type': 'Organization', name: PUBLISHER, url: ctx.siteUrl };
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': ctx.url,
    name: dataset.title[ctx.lang],
    description: dataset.description[ctx.lang],
    url: ctx.url,
    inLanguage: ctx.lang,
    version: ctx.version,
    license: LICENSE_URLS[dataset.license] ?? dataset.license,
    dateModified: dataset.lastVerified,
    creator: organization,
    publisher: organization,
    keywords: dataset.keywords,
    variableMeasured: dataset.measure[ctx.lang],
    isAccessibleForFree: true,
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: ctx.csvUrl },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: ctx.jsonUrl },
    ],
    spatialCoverage: dataset.geography.map((code) => ({
      '@type': 'Place',
      name: ctx.regions.get(code)?.name[ctx.lang] ?? code,
      identifier: code,
    })),
    temporalCoverage: temporalCoverage(dataset.observations.map((o) => o.period)),
    isBasedOn: ctx.sources.map((s) => s.url),
  };
}
