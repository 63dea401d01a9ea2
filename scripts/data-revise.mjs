// `npm run data:revise -- <id> --kind revised|corrected|source|observations --summary-ja … --summary-id … --summary-en …
//                         [--why-ja … --why-id … --why-en …] [--date YYYY-MM-DD]`
// After editing a dataset by hand: archives the version the log last recorded (read from the last commit, rendered
// as /data/<id>.csv and .json served it) to content/archive/<id>/, lists values that changed (old → new), and
// appends a revision entry with the new version. Writes nothing if anything is wrong.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REVISION_KINDS } from '../src/schemas/dataset.ts';
import { datasetVersion } from '../src/lib/data/version.ts';
import { archiveVersion } from './lib/archive.mjs';
import { checkContent, contentDir, fail, parseArgs, scratchCopy, todayUtc, writeJson } from './lib/content-tools.mjs';

const { options, positional } = parseArgs(process.argv.slice(2));
const [id] = positional;
const problems = [];
const texts = (field, required) => {
  const v = Object.fromEntries(['ja', 'id', 'en'].map((l) => [l, options[`${field}-${l}`]]));
  const n = Object.values(v).filter((x) => typeof x === 'string' && x.trim()).length;
  if (n === 3) return v;
  if (n > 0 || required) problems.push(`--${field}-ja, --${field}-id and --${field}-en are required together`);
  return undefined;
};
if (!id) problems.push('usage: npm run data:revise -- <dataset id> --kind <kind> --summary-ja … --summary-id … --summary-en …');
const kind = options.kind;
if (!REVISION_KINDS.filter((k) => k !== 'baseline' && k !== 'added').includes(kind)) problems.push(`--kind: one of revised, corrected, source, observations`);
const summary = texts('summary', true);
const why = texts('why', false);
const date = typeof options.date === 'string' ? options.date : todayUtc();
if (problems.length) fail(problems, 'Nothing recorded');

const root = contentDir();
const file = join(root, 'datasets', `${id}.json`);
const { content, lines } = checkContent(root);
const own = (l) => l.includes(`datasets/${id}.json › revisions:`);
if (lines.filter((l) => !own(l)).length) fail(lines.filter((l) => !own(l)), 'Nothing recorded: fix these first');
const current = content.datasets.get(id);
if (!current) fail([`unknown dataset "${id}"`], 'Nothing recorded');
const raw = JSON.parse(readFileSync(file, 'utf8'));
const logged = raw.revisions.at(-1)?.version;
const now = datasetVersion(current);
if (now === logged) fail([`${id}: the data is still version ${now}, the one the log already records; edit the dataset first`], 'Nothing recorded');

// The logged version, from the last commit, rendered with the same code the build uses.
let committed;
try {
  const top = execFileSync('git', ['-C', root, 'rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
  committed = execFileSync('git', ['-C', top, 'show', `HEAD:${relative(top, file)}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
} catch {
  fail([`${file}: no committed version to archive (commit the dataset before editing it)`], 'Nothing recorded');
}
const scratch = scratchCopy(root);
writeJson(join(scratch, 'datasets', `${id}.json`), JSON.parse(committed));
const before = checkContent(scratch).content.datasets.get(id);
if (!before || datasetVersion(before) !== logged) fail([`${id}: the committed file is version ${before ? datasetVersion(before) : '(unreadable)'}, the log's newest entry names ${logged}; record that change first`], 'Nothing recorded');

const key = (o) => `${o.series}|${o.region}|${o.period}|${o.source}`;
const old = new Map(before.observations.map((o) => [key(o), o]));
const revised = current.observations.filter((o) => old.has(key(o)) && old.get(key(o)).value !== o.value).map((o) => ({ series: o.series, region: o.region, period: o.period, old: old.get(key(o)).value, new: o.value }));
const archived = archiveVersion(root, checkContent(scratch).content, before);
raw.revisions = [...raw.revisions, { date, version: now, kind, summary, ...(why ? { why } : {}), ...(revised.length ? { revised } : {}) }];
writeJson(file, raw);
console.log(`Recorded ${kind} for ${id}: version ${archived} → ${now}${revised.length ? ` (${revised.length} value${revised.length === 1 ? '' : 's'} changed)` : ''}; archived ${join(root, 'archive', id, archived)}.csv and .json`);
