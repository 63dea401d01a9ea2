// `npm run lighthouse`: Lighthouse CI on five Japanese pages (home, a sector page, a dataset page, an article,
// search) with mobile settings, asserting performance ≥ 0.95, accessibility = 1, best practices = 1 and
// SEO ≥ 0.95 (lighthouserc.json). Uses Debian's Chromium; builds first if the site is missing. Reports go to
// .lighthouseci-reports/ and a summary to bench/results/lighthouse-<date>.json. Where the system has no font for
// the language (a bare Linux machine and Japanese), Chromium borrows one for the run (scripts/lib/lab-fonts.mjs).
//   ATLAS_OUT_DIR=/tmp/x/dist npm run lighthouse     # measure another build
//   npm run lighthouse -- --lang=en                  # another language
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { labFontEnv } from './lib/lab-fonts.mjs';

const root = resolve(import.meta.dirname, '..');
const out = resolve(process.env.ATLAS_OUT_DIR ?? join(root, 'dist'));
const lang = process.argv.find((a) => a.startsWith('--lang='))?.slice(7) ?? 'ja';
const chrome = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(chrome)) {
  console.error(`Chromium not found at ${chrome}: install it with "sudo apt-get install chromium" or set CHROMIUM_PATH.`);
  process.exit(1);
}
if (!existsSync(join(out, 'index.html'))) {
  console.log(`▶ build (no site in ${out} yet)`);
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', cwd: root });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const dirs = (sub) => {
  const dir = join(out, lang, sub);
  return existsSync(dir) ? readdirSync(dir).filter((d) => existsSync(join(dir, d, 'index.html'))).sort() : [];
};
/** A page of each kind, found in the build: the first sector with its own page, dataset and article. */
const SECTORS = ['fisheries', 'mining', 'tourism', 'work-in-japan', 'economy', 'invest'];
const pick = {
  home: `/${lang}/`,
  sector: SECTORS.map((s) => `/${lang}/${s}/`).find((p) => existsSync(join(out, p, 'index.html'))),
  dataset: dirs('data').map((d) => `/${lang}/data/${d}/`)[0],
  article: dirs('news').map((d) => `/${lang}/news/${d}/`)[0],
  search: existsSync(join(out, lang, 'search', 'index.html')) ? `/${lang}/search/` : undefined,
};
for (const [kind, url] of Object.entries(pick)) if (!url) console.warn(`no ${kind} page in ${lang}; skipped`);
const urls = Object.values(pick).filter(Boolean);

const base = JSON.parse(readFileSync(join(root, 'lighthouserc.json'), 'utf8'));
base.ci.collect.staticDistDir = out;
base.ci.collect.url = urls;
base.ci.collect.chromePath = chrome;
const tmp = join(root, '.tmp');
mkdirSync(tmp, { recursive: true });
const config = join(tmp, 'lighthouserc.generated.json');
writeFileSync(config, JSON.stringify(base, null, 2));

const fonts = labFontEnv(lang, tmp);
if (fonts.lent) console.log(`▶ no installed font for ${lang}: Chromium uses ${fonts.lent} for this run`);
if (fonts.missing) console.warn(`no installed font for ${lang} and ${fonts.missing} is not installed: Chromium searches for a fallback font per character, which Lighthouse counts as blocking time`);
const lhci = (cmd) => spawnSync('npm', ['exec', '--', 'lhci', cmd, `--config=${config}`], { stdio: 'inherit', cwd: root, env: { ...process.env, ...fonts.env, CHROME_PATH: chrome } });
rmSync(join(root, '.lighthouseci'), { recursive: true, force: true });
const collected = lhci('collect');
if (collected.status !== 0) process.exit(collected.status ?? 1);
lhci('upload');
const asserted = lhci('assert');

// Summary: scores per page, from the reports lhci collected.
const rows = [];
const lhDir = join(root, '.lighthouseci');
for (const f of readdirSync(lhDir).filter((f) => f.startsWith('lhr-') && f.endsWith('.json'))) {
  const lhr = JSON.parse(readFileSync(join(lhDir, f), 'utf8'));
  const path = new URL(lhr.finalDisplayedUrl ?? lhr.finalUrl).pathname;
  const kind = Object.entries(pick).find(([, u]) => u === path)?.[0] ?? '?';
  const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
  rows.push({ kind, path, performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'), lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0), tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0), cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? 0 });
}
rows.sort((a, b) => Object.keys(pick).indexOf(a.kind) - Object.keys(pick).indexOf(b.kind));
console.log('\n| page | path | perf | a11y | best practices | SEO | LCP ms | TBT ms | CLS |\n| --- | --- | --: | --: | --: | --: | --: | --: | --: |');
for (const r of rows) console.log(`| ${r.kind} | ${r.path} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.lcpMs} | ${r.tbtMs} | ${r.cls.toFixed(3)} |`);
const resultsDir = join(root, 'bench', 'results');
mkdirSync(resultsDir, { recursive: true });
const date = new Date().toISOString().slice(0, 10);
writeFileSync(join(resultsDir, `lighthouse-${date}.json`), JSON.stringify({ date: new Date().toISOString(), lang, lighthouse: JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')).version, chromium: spawnSync(chrome, ['--version']).stdout?.toString().trim(), font: fonts.lent ?? 'system', pages: rows, assertionsPassed: asserted.status === 0 }, null, 2) + '\n');
// The table also replaces the one in docs/performance.md.
const perf = join(root, 'docs', 'performance.md');
const [start, end] = ['<!-- lighthouse:start -->', '<!-- lighthouse:end -->'];
if (existsSync(perf)) {
  const doc = readFileSync(perf, 'utf8');
  if (doc.includes(start) && doc.includes(end)) {
    const table = ['| page | path | perf | a11y | best practices | SEO | LCP ms | TBT ms | CLS |', '| --- | --- | --: | --: | --: | --: | --: | --: | --: |', ...rows.map((r) => `| ${r.kind} | ${r.path} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.lcpMs} | ${r.tbtMs} | ${r.cls.toFixed(3)} |`)].join('\n');
    writeFileSync(perf, `${doc.slice(0, doc.indexOf(start) + start.length)}\n\nLatest run: ${date}, ${rows.length} pages in ${lang}, assertions ${asserted.status === 0 ? 'passed' : 'FAILED'}${fonts.lent ? `; no installed font for ${lang}, so Chromium drew it with ${fonts.lent}` : ''}.\n\n${table}\n\n${doc.slice(doc.indexOf(end))}`);
  }
}
process.exit(asserted.status ?? 1);
