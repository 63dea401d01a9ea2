import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentIssue } from '~/lib/content/errors';
import type { CheckedContent } from '~/lib/content/checks/types';
import { archivedVersions, revisionProblems } from './revisions';
import { datasetVersion } from './version';

/**
 * The revisions rule over validated content (root: the content folder, for its archive/): every dataset's newest revision names its current version (so
 * its content cannot change without an entry), and every older version it names is archived as CSV and JSON in
 * content/archive/<id>/ so citations of it resolve. `npm test` and `npm run check:content` apply it; the build
 * does not, so an editor can preview a change before recording it.
 */
export function revisionLogIssues(content: Pick<CheckedContent, 'datasets'>, root: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const dataset of [...content.datasets.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    const version = datasetVersion(dataset);
    for (const message of revisionProblems(dataset, version)) issues.push({ file: dataset.file, path: ['revisions'], message });
    for (const old of archivedVersions(dataset, version)) {
      for (const ext of ['csv', 'json']) {
        if (!existsSync(join(root, 'archive', dataset.id, `${old}.${ext}`))) {
          issues.push({ file: dataset.file, path: ['revisions'], message: `version ${old} is not archived as content/archive/${dataset.id}/${old}.${ext}` });
        }
      }
    }
  }
  return issues;
}
