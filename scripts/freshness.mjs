// `npm run freshness`: the desk's to-do list of releases. Prints the datasets whose expected release is overdue
// (past the expected period plus the grace period: pages show "update due") and those whose expected period has
// begun, each with the original publishers of its figures and where the timing is stated. "Today" is the
// build's today (SOURCE_DATE_EPOCH, else the last commit's date), so the list matches what the pages show.
// Always exits 0: time passing is not an error. Run through npm (it loads the site's TypeScript directly).
import { resolve } from 'node:path';
import { CONTENT } from '../src/content.config.ts';
import { readContent } from '../src/lib/content/read.ts';
import { buildToday, GRACE_DAYS, releaseQueue } from '../src/lib/data/freshness.ts';
import { originPublishers } from '../src/lib/data/provenance.ts';
import { lastCommitDate } from '../src/lib/site/lastCommit.ts';

const root = resolve(process.env.ATLAS_CONTENT_DIR ?? 'content');
const { content, issues } = readContent(root, CONTENT);
if (issues.length) console.log(`(content has ${issues.length} problem(s); run npm run check:content)`);
const datasets = [...content.datasets.values()];
const fallback = datasets.map((d) => d.lastVerified).sort().at(-1) ?? '1970-01-01';
const today = buildToday(process.env, lastCommitDate(), fallback);
const origin = process.env.SOURCE_DATE_EPOCH?.trim() ? 'SOURCE_DATE_EPOCH' : 'date of the last commit';
const queue = releaseQueue(datasets, today);
const who = (d) => {
  const publishers = originPublishers(d, content.sources);
  const outlets = [...new Set(d.observations.filter((o) => !o.derived).map((o) => content.sources.get(o.source)?.publisher).filter(Boolean))];
  return (publishers.length ? publishers : outlets).slice(0, 4).join(' · ') || '(computed from other datasets)';
};

console.log(`Release calendar on ${today} (${origin}); flagged ${GRACE_DAYS} days after the expected period ends.\n`);
console.log(`Overdue (${queue.overdue.length}): pages show "update due"`);
for (const { dataset: d, state } of queue.overdue) {
  console.log(`  ${d.id}: expected ${state.expected}, due since ${state.dueFrom} (${state.daysOverdue} days) · ${who(d)}${d.releaseSchedule ? ` · schedule: ${d.releaseSchedule.url}` : ''}`);
}
console.log(`\nDue now (${queue.open.length}): the expected period has begun`);
for (const { dataset: d, state } of queue.open) {
  console.log(`  ${d.id}: expected ${state.expected}, flagged from ${state.dueFrom} · ${who(d)}`);
}
console.log(`\n${queue.overdue.length} overdue, ${queue.open.length} due now, ${queue.later} expected later, ${queue.unscheduled} without an expected date (${datasets.filter((d) => d.cadence === 'irregular').length} irregular).`);
