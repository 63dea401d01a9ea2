import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasets, getRegions, getSources } from '~/data/content';
import { archivedFiles } from '~/data/archive';
import { datasetCsv } from '~/lib/data/downloads';
import { datasetVersion } from '~/lib/data/version';

/**
 * /data/<id>/<version>.csv: a citable version. The current one is the same table as /data/<id>.csv; earlier
 * ones are served exactly as they were archived (src/data/archive.ts).
 */
export const getStaticPaths = (async () => {
  const [regions, sources] = [await getRegions(), await getSources()];
  const current = (await getDatasets()).map((dataset) => {
    const version = datasetVersion(dataset);
    return { params: { id: dataset.id, version }, props: { body: datasetCsv(dataset, { regions, sources, version }) } };
  });
  const taken = new Set(current.map((c) => `${c.params.id}/${c.params.version}`));
  const archived = archivedFiles('csv').filter((f) => !taken.has(`${f.datasetId}/${f.version}`)).map((f) => ({ params: { id: f.datasetId, version: f.version }, props: { body: f.body } }));
  return [...current, ...archived];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { body: string }).body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
