// Shared by the desk's content scripts (check:content, data:import, new): arguments, canonical JSON, and one
// check of a content folder with the site's own rules (src/lib/content, the same pass the build runs) plus the
// revisions rule. Run through npm so Node 22 loads the TypeScript (scripts/lib/register-ts.mjs).
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CONTENT } from '../../src/content.config.ts';
import { readContent } from '../../src/lib/content/read.ts';
import { formatIssue } from '../../src/lib/content/errors.ts';
import { revisionLogIssues } from '../../src/lib/data/revisionLog.ts';

export const contentDir = () => resolve(process.env.ATLAS_CONTENT_DIR ?? 'content');

/** `--name value` and `--flag` options plus positional arguments. */
export function parseArgs(argv) {
  const options = {};
  const positional = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split(/=(.*)/s);
      if (inline !== undefined) options[name] = inline;
      else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) options[name] = argv[++i];
      else options[name] = true;
    } else positional.push(a);
  }
  return { options, positional };
}

/** JSON as content keeps it: two-space indent and a final newline. */
export const writeJson = (path, value) => writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);

/** Every problem in a content folder, one `file › field: reason` line each (content rules, then revisions). */
export function checkContent(root) {
  const { content, issues } = readContent(root, CONTENT);
  const lines = issues.map(formatIssue);
  if (!issues.length) lines.push(...revisionLogIssues(content, root).map(formatIssue));
  return { content, lines };
}

/** A scratch copy of a content folder, to try a change before writing it to the real one. */
export function scratchCopy(root) {
  const copy = mkdtempSync(join(tmpdir(), 'atlas-try-'));
  cpSync(root, copy, { recursive: true });
  return copy;
}

export function fail(lines, heading) {
  console.error(`${heading} (${lines.length} problem${lines.length === 1 ? '' : 's'}):`);
  for (const l of lines) console.error(`  - ${l}`);
  process.exit(1);
}

/** Today's date (UTC) for dates an editor records now: a revision, a scaffolded article. */
export const todayUtc = () => new Date().toISOString().slice(0, 10);
