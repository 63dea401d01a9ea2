// `npm run data:import -- <file.csv> --dataset <id> --source <id> [--date YYYY-MM-DD] [--why-ja … --why-id … --why-en …]`
// Appends observations from a tidy CSV (columns in src/lib/data/tidyImport.ts) to a dataset. Every row is checked
// (known region and series, period type, numbers, no duplicate in the file or the dataset), then the whole
// content is checked with the site's rules on a scratch copy. Only if all is well: the current version is
// archived as CSV and JSON (content/archive/<id>/), the observations are appended, and a revision entry records
// what was added with the new version. On any problem nothing is written and each problem is printed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planImport, importSummary } from '../src/lib/data/tidyImport.ts';
import { datasetVersion } from '../src/lib/data/version.ts';
import { archiveVersion } from './lib/archive.mjs';
import { checkContent, contentDir, fail, parseArgs, scratchCopy, todayUtc, writeJson } from './lib/content-tools.mjs';

const { options, positional } = parseArgs(process.argv.slice(2));
const [csvPath] = positional;
const usage = 'usage: npm run data:import -- <file.csv> --dataset <id> --source <id> [--date YYYY-MM-DD] [--why-ja … --why-id … --why-en …]';
const problems = [];
if (!csvPath) problems.push(`no CSV file given (${usage})`);
else if (!existsSync(csvPath)) problems.push(`${csvPath}: no such file`);
if (typeof options.dataset !== 'string') problems.push('--dataset <id> is required');
if (typeof options.source !== 'string') problems.push('--source <id> is required');
const whys = ['ja', 'id', 'en'].map((l) => options[`why-${l}`]).filter((w) => typeof w === 'string');
if (whys.length && whys.length < 3) problems.push('--why-ja, --why-id and --why-en go together (the reason in all three languages)');
const date = typeof options.date === 'string' ? options.date : todayUtc();
if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) problems.push(`--date "${date}": expected YYYY-MM-DD`);
if (problems.length) fail(problems, 'Nothing imported');

const root = contentDir();
const { content, lines } = checkContent(root);
if (lines.length) fail(lines, 'Nothing imported: the content has problems already; fix them first (npm run check:content)');
const dataset = content.datasets.get(options.dataset);
if (!dataset) fail([`--dataset: unknown dataset "${options.dataset}" (files in ${join(root, 'datasets')})`], 'Nothing imported');
if (!content.sources.has(options.source)) fail([`--source: unknown source "${options.source}"; add it first (npm run new -- source …)`], 'Nothing imported');

const file = join(root, 'datasets', `${dataset.id}.json`);
const raw = JSON.parse(readFileSync(file, 'utf8'));
const target = { id: dataset.id, periodType: dataset.periodType, series: dataset.series.map((s) => s.id), observations: raw.observations };
const plan = planImport(readFileSync(csvPath, 'utf8'), csvPath, target, { source: options.source, regions: new Set(content.regions.keys()) });
if (plan.problems.length) fail(plan.problems, 'Nothing imported');

// Try the result on a scratch copy with the site's own rules before touching the real content.
const next = { ...raw, observations: [...raw.observations, ...plan.observations], lastVerified: date > raw.lastVerified ? date : raw.lastVerified };
const scratch = scratchCopy(root);
writeJson(join(scratch, 'datasets', `${dataset.id}.json`), next);
const tried = checkContent(scratch);
const ruleLines = tried.lines.filter((l) => !/› revisions: content changed without a revision entry/.test(l) && !/› revisions: version \w+ is not archived/.test(l));
if (ruleLines.length) fail(ruleLines.map((l) => l.replaceAll(scratch, root)), 'Nothing imported: the result breaks the content rules');
const newVersion = datasetVersion(tried.content.datasets.get(dataset.id));

const why = whys.length ? { why: { ja: options['why-ja'], id: options['why-id'], en: options['why-en'] } } : {};
next.revisions = [...(raw.revisions ?? []), { date, version: newVersion, kind: 'observations', summary: importSummary(plan.observations), ...why, added: plan.observations.length }];
const oldVersion = archiveVersion(root, content, dataset);
writeJson(file, next);
console.log(`Imported ${plan.observations.length} observation${plan.observations.length === 1 ? '' : 's'} into ${dataset.id}: version ${oldVersion} → ${newVersion}.`);
console.log(`  archived ${join(root, 'archive', dataset.id, `${oldVersion}.csv`)} and .json (served at /data/${dataset.id}/${oldVersion}.csv|json)`);
console.log(`  revision recorded in ${file}`);
