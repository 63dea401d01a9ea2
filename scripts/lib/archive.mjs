// Keeps a dataset version citable: writes its CSV and JSON, exactly as /data/<id>.csv and .json serve them, to
// content/archive/<id>/<version>.csv|json before the dataset changes. The build serves them unchanged at
// /data/<id>/<version>.csv|json (src/data/archive.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetCsv, datasetJson } from '../../src/lib/data/downloads.ts';
import { datasetVersion } from '../../src/lib/data/version.ts';
import { siteAddress } from '../../src/lib/site/siteAddress.ts';
import { pageUrl, withBase } from '../../src/lib/site/urls.ts';

const LANGS = ['ja', 'id', 'en'];

export function archiveVersion(root, registry, dataset) {
  const version = datasetVersion(dataset);
  const base = process.env.BASE_PATH ?? '/';
  const site = siteAddress(process.env).url;
  const absolute = (href) => new URL(href, site).toString();
  const links = {
    pages: Object.fromEntries(LANGS.map((l) => [l, absolute(pageUrl(l, `data/${dataset.id}/`, base))])),
    csv: absolute(withBase(`data/${dataset.id}.csv`, base)),
    json: absolute(withBase(`data/${dataset.id}.json`, base)),
  };
  const ctx = { regions: registry.regions, sources: registry.sources, version };
  const dir = join(root, 'archive', dataset.id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${version}.csv`), datasetCsv(dataset, ctx));
  writeFileSync(join(dir, `${version}.json`), `${JSON.stringify(datasetJson(dataset, { ...ctx, links, datasets: registry.datasets }), null, 2)}\n`);
  return version;
}
