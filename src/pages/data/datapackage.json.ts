import { requireSite } from '~/lib/site/siteAddress';
import type { APIRoute } from 'astro';
import { getDatasets, getSources } from '~/data/content';
import { dataPackage } from '~/lib/data/downloads';
import { datasetVersion } from '~/lib/data/version';
import { withBase } from '~/lib/site/urls';

/** /data/datapackage.json: a Frictionless Data Package describing every CSV beside it. */
export const GET: APIRoute = async ({ site }) => {
  const datasets = await getDatasets();
  const pkg = dataPackage(
    datasets.map((dataset) => ({ dataset, version: datasetVersion(dataset) })),
    { homepage: new URL(withBase(''), requireSite(site)).toString(), sources: await getSources() },
  );
  return new Response(`${JSON.stringify(pkg, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
