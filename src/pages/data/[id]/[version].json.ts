import type { APIRoute, GetStaticPaths } from 'astro';
import { archivedFiles } from '~/data/archive';
import { getDatasets } from '~/data/content';
import { datasetVersion } from '~/lib/data/version';
import { datasetDownloadJson } from '~/data/downloadJson';

/** /data/<id>/<version>.json: the current version as /data/<id>.json has it, earlier ones as archived. */
export const getStaticPaths = (async () => {
  const current = await Promise.all((await getDatasets()).map(async (dataset) => ({ params: { id: dataset.id, version: datasetVersion(dataset) }, props: { body: await datasetDownloadJson(dataset) } })));
  const taken = new Set(current.map((c) => `${c.params.id}/${c.params.version}`));
  const archived = archivedFiles('json').filter((f) => !taken.has(`${f.datasetId}/${f.version}`)).map((f) => ({ params: { id: f.datasetId, version: f.version }, props: { body: f.body } }));
  return [...current, ...archived];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
