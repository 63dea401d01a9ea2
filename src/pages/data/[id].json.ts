import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasets } from '~/data/content';
import type { Dataset } from '~/schemas/dataset';
import { datasetDownloadJson } from '~/data/downloadJson';

/** /data/<id>.json: the dataset as recorded, with its version, sources and links (src/data/downloadJson.ts). */
export const getStaticPaths = (async () => (await getDatasets()).map((dataset) => ({ params: { id: dataset.id }, props: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { dataset } = props as { dataset: Dataset };
  return new Response(await datasetDownloadJson(dataset), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
