/**
 * Earlier versions of datasets, kept as readers downloaded them: content/archive/<id>/<version>.csv and .json,
 * written by `npm run data:import` (scripts/lib/archive.ts) before a dataset changes. Served unchanged at
 * /data/<id>/<version>.csv and .json so a cited version always resolves.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentRoot } from '../loaders/contentRoot';

export interface ArchivedFile {
  datasetId: string;
  version: string;
  body: string;
}

export function archivedFiles(extension: 'csv' | 'json'): ArchivedFile[] {
  const root = join(contentRoot(pathToFileURL(`${process.cwd()}/`)), 'archive');
  if (!existsSync(root)) return [];
  return readdirSync(root).sort().flatMap((datasetId) =>
    readdirSync(join(root, datasetId))
      .filter((name) => name.endsWith(`.${extension}`))
      .sort()
      .map((name) => ({ datasetId, version: name.slice(0, -extension.length - 1), body: readFileSync(join(root, datasetId, name), 'utf8') })),
  );
}
