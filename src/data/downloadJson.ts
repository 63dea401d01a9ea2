import { getDatasets, getRegions, getSources } from './content';
import { LANGS } from '../i18n/index';
import { datasetJson } from '../lib/data/downloads';
import { datasetVersion } from '../lib/data/version';
import { requireSite } from '../lib/site/siteAddress';
import { pageUrl, withBase } from '../lib/site/urls';
import type { Dataset } from '../schemas/dataset';

/** The text of /data/<id>.json (and of /data/<id>/<version>.json for the current version). */
export async function datasetDownloadJson(dataset: Dataset): Promise<string> {
  const absolute = (href: string) => new URL(href, requireSite(import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined)).toString();
  const links = {
    pages: Object.fromEntries(LANGS.map((l) => [l, absolute(pageUrl(l, `data/${dataset.id}/`))])) as Record<(typeof LANGS)[number], string>,
    csv: absolute(withBase(`data/${dataset.id}.csv`)),
    json: absolute(withBase(`data/${dataset.id}.json`)),
  };
  const datasets = new Map((await getDatasets()).map((d) => [d.id, d]));
  const json = datasetJson(dataset, { regions: await getRegions(), sources: await getSources(), version: datasetVersion(dataset), links, datasets });
  return `${JSON.stringify(json, null, 2)}\n`;
}
