// Scaffolds content with valid structure, then checks the whole content with the site's rules; on any problem
// the new files are removed again and the problems printed.
//   npm run new -- article <key> --source <id> [--sector economy] [--kind news|explainer|analysis] [--dataset <id>]
//                          [--title-ja … --title-id … --title-en …] [--summary-ja … --summary-id … --summary-en …]
//     three files content/articles/{ja,id,en}/<key>.mdx marked draft: true (not published until set to false)
//   npm run new -- dataset <id> --csv <file.csv> --source <id> --sector <s> --unit <u> --period-type <t>
//                          --cadence <c> [--cadence-reason-ja/-id/-en …] [--next-release YYYY-MM]
//                          --title-ja/-id/-en --description-ja/-id/-en --measure-ja/-id/-en --caveats-ja/-id/-en --gaps-ja/-id/-en
//     content/datasets/<id>.json with the CSV's observations (columns as for data:import) and an "added" revision
//   npm run new -- source --file <name> --id <id> --publisher … --title … --url … --published YYYY[-MM[-DD]]
//                          --language id|en|ja|other --grade A|B|C [--accessed YYYY-MM-DD]
//     appends a source to content/sources/<name>.json (created if missing)
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planImport } from '../src/lib/data/tidyImport.ts';
import { datasetVersion } from '../src/lib/data/version.ts';
import { checkContent, contentDir, fail, parseArgs, scratchCopy, todayUtc, writeJson } from './lib/content-tools.mjs';

const LANGS = ['ja', 'id', 'en'];
const { options, positional } = parseArgs(process.argv.slice(2));
const [what, name] = positional;
const root = contentDir();
const problems = [];
const text = (field, fallback) => {
  const values = Object.fromEntries(LANGS.map((l) => [l, options[`${field}-${l}`]]));
  const given = LANGS.filter((l) => typeof values[l] === 'string' && values[l].trim());
  if (given.length === 3) return values;
  if (fallback) return fallback;
  problems.push(`--${field}-ja, --${field}-id and --${field}-en are required (the text in each language)`);
  return undefined;
};
const need = (flag) => {
  if (typeof options[flag] !== 'string') problems.push(`--${flag} is required`);
  return options[flag];
};

/** Writes the files, checks everything, and takes the files back out again if the content no longer passes. */
function writeChecked(files, undo) {
  for (const [path, body] of files) {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, body);
  }
  const { lines } = checkContent(root);
  if (lines.length) {
    undo();
    fail(lines, `Nothing created: the result breaks the content rules`);
  }
  for (const [path] of files) console.log(`wrote ${path}`);
}

function article() {
  if (!name) problems.push('usage: npm run new -- article <key> --source <id> [...]');
  else if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) problems.push(`"${name}": the key is the file name and URL; use lower-case letters, digits and single hyphens`);
  const source = need('source');
  const title = text('title', { ja: '（見出しを書く）', id: '(tulis judul)', en: '(write the headline)' });
  const summary = text('summary', { ja: '（要約を一文で書く）', id: '(tulis ringkasan satu kalimat)', en: '(write a one-sentence summary)' });
  const author = { ja: 'データ班', id: 'Desk data', en: 'Data desk' };
  // Placeholder bodies (drafts are not published); docs/editing.md shows how figures go in with <Fig>.
  const body = { ja: '本文をここに書く。数値の入れ方は docs/editing.md にある。', id: 'Tulis isi artikel di sini. Cara memasukkan angka ada di docs/editing.md.', en: 'Write the article here. docs/editing.md shows how to put figures in.' };
  const paths = LANGS.map((l) => join(root, 'articles', l, `${name}.mdx`));
  for (const p of paths) if (existsSync(p)) problems.push(`${p} exists already`);
  if (problems.length) fail(problems, 'Nothing created');
  const datasets = typeof options.dataset === 'string' ? `datasets: [${options.dataset}]\n` : '';
  const files = LANGS.map((l, i) => [paths[i], `---\ntitle: ${JSON.stringify(title[l])}\nsummary: ${JSON.stringify(summary[l])}\ndate: '${todayUtc()}'\nauthor: ${author[l]}\nkind: ${options.kind ?? 'news'}\nsectors: [${options.sector ?? 'economy'}]\nsources: [${source}]\n${datasets}draft: true\n---\n\n${body[l]}\n`]);
  writeChecked(files, () => paths.forEach((p) => rmSync(p, { force: true })));
  console.log('Drafts: set "draft: false" in all three files to publish.');
}

function dataset() {
  if (!name) problems.push('usage: npm run new -- dataset <id> --csv <file.csv> --source <id> [...]');
  const csv = need('csv');
  const source = need('source');
  const fields = { sector: need('sector'), unit: need('unit'), periodType: need('period-type'), cadence: need('cadence') };
  const texts = Object.fromEntries(['title', 'description', 'measure', 'caveats', 'gaps'].map((f) => [f, text(f)]));
  const reason = fields.cadence === 'irregular' ? text('cadence-reason') : undefined;
  const path = join(root, 'datasets', `${name}.json`);
  if (name && existsSync(path)) problems.push(`${path} exists already; add observations with npm run data:import`);
  if (csv && !existsSync(csv)) problems.push(`${csv}: no such file`);
  if (problems.length) fail(problems, 'Nothing created');
  const { content } = checkContent(root);
  const plan = planImport(readFileSync(csv, 'utf8'), csv, { id: name, periodType: fields.periodType, series: [], observations: [] }, { source, regions: new Set(content.regions.keys()) });
  if (plan.problems.length) fail(plan.problems, 'Nothing created');
  const date = todayUtc();
  const regions = [...new Set(plan.observations.map((o) => o.region))].sort();
  const value = { id: name, sector: fields.sector, ...texts, unit: fields.unit, periodType: fields.periodType, geography: regions, observations: plan.observations, lastVerified: date, cadence: fields.cadence, ...(reason ? { cadenceReason: reason } : {}), ...(options['next-release'] ? { nextRelease: options['next-release'] } : {}), revisions: [] };
  // The "added" entry names the version the build computes (derived values included): try it on a scratch copy.
  const scratch = scratchCopy(root);
  writeJson(join(scratch, 'datasets', `${name}.json`), value);
  const tried = checkContent(scratch);
  const lines = tried.lines.filter((l) => !l.includes(`datasets/${name}.json › revisions: no revisions entry`));
  if (lines.length) fail(lines.map((l) => l.replaceAll(scratch, root)), 'Nothing created: the result breaks the content rules');
  const version = datasetVersion(tried.content.datasets.get(name));
  const n = plan.observations.length;
  value.revisions = [{ date, version, kind: 'added', summary: { ja: `データセットを追加（観測値${n}件）。`, id: `Dataset ditambahkan (${n} observasi).`, en: `Dataset added (${n} observations).` }, added: n }];
  writeChecked([[path, `${JSON.stringify(value, null, 2)}\n`]], () => rmSync(path, { force: true }));
}

function source() {
  const file = need('file');
  const entry = { id: need('id'), publisher: need('publisher'), title: need('title'), url: need('url'), published: need('published'), accessed: typeof options.accessed === 'string' ? options.accessed : todayUtc(), language: need('language'), grade: need('grade') };
  if (problems.length) fail(problems, 'Nothing created');
  const path = join(root, 'sources', `${file.replace(/\.json$/, '')}.json`);
  const before = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  const list = before ? JSON.parse(before) : [];
  writeChecked([[path, `${JSON.stringify([...list, entry], null, 2)}\n`]], () => (before === undefined ? rmSync(path, { force: true }) : writeFileSync(path, before)));
}

const commands = { article, dataset, source };
if (!commands[what]) fail([`unknown kind "${what ?? ''}": use article, dataset or source`], 'Nothing created');
commands[what]();
