import { requireSite } from '~/lib/site/siteAddress';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasets, getRegions, getSources } from '~/data/content';
import { datasetJson } from '~/lib/data/downloads';
import { datasetVersion } from '~/lib/data/version';
import { LANGS } from '~/i18n/index';
import { pageUrl, withBase } from '~/lib/site/urls';
import type { Dataset } from '~/schemas/dataset';

/** /data/<id>.json: the dataset as recorded, with its version, sources and links. */
export const getStaticPaths = (async () => (await getDatasets()).map((dataset) => ({ params: { id: dataset.id }, props: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { dataset } = props as { dataset: Dataset };
  const absolute = (href: string) => new URL(href, requireSite(site)).toString();
  const links = {
    pages: Object.fromEntries(LANGS.map((l) => [l, absolute(pageUrl(l, `data/${dataset.id}/`))])) as Record<(typeof LANGS)[number], string>,
    csv: absolute(withBase(`data/${dataset.id}.csv`)),
    json: absolute(withBase(`data/${dataset.id}.json`)),
  };
  const datasets = new Map((await getDatasets()).map((d) => [d.id, d]));
  const json = datasetJson(dataset, { regions: await getRegions(), sources: await getSources(), version: datasetVersion(dataset), links, datasets });
  return new Response(`${JSON.stringify(json, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
