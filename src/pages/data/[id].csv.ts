import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasets, getRegions, getSources } from '~/data/content';
import { datasetCsv } from '~/lib/data/downloads';
import { datasetVersion } from '~/lib/data/version';
import type { Dataset } from '~/schemas/dataset';

/** /data/<id>.csv: the tidy table, one row per observation (columns in src/lib/data/downloads.ts). */
export const getStaticPaths = (async () => (await getDatasets()).map((dataset) => ({ params: { id: dataset.id }, props: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { dataset } = props as { dataset: Dataset };
  const csv = datasetCsv(dataset, { regions: await getRegions(), sources: await getSources(), version: datasetVersion(dataset) });
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
