// `npm run bench`: build-time benchmark on synthetic corpora (docs/performance.md).
//
//   npm run bench -- --quick                  # 100 articles per language, 50 datasets (a few minutes)
//   npm run bench -- --sizes=100x50,1000x500  # ARTICLES_PER_LANGUAGEx DATASETS, comma-separated
//   npm run bench                             # 100x50, 1000x50, 5000x50, 100x500 (long: hours at 5,000)
//   options: --no-bare (skip the bare-Astro baseline), --keep (keep the temporary folder)
//
// For each size it writes a corpus (the real content/ plus synthetic articles and datasets) to a temporary
// folder, builds it with ATLAS_CONTENT_DIR/ATLAS_OUT_DIR/ATLAS_CACHE_DIR (cold cache), and records wall and
// CPU time, peak memory, pages, ms per page, output size, Pagefind index size, bytes a search fetches in
// Chromium, JS per page type, and the cost of the social preview images (drawn cold: the cache is empty). It builds the same articles with a bare Astro project for a ratio.
// Results: bench/results/<date>.json and .md; the table also replaces the one in docs/performance.md.
// It never fails because something is slow; it fails only if a build fails.
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { countArticleFiles, writeBareProject, writeCorpus } from './bench/corpus.mjs';
import { dirStats, searchBytes, timed, weightsByType } from './bench/measure.mjs';

const root = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];

const parseSizes = (text) => text.split(',').map((s) => {
  const [a, d] = s.toLowerCase().split('x').map(Number);
  if (!Number.isInteger(a) || !Number.isInteger(d ?? 50)) throw new Error(`bad size "${s}": use ARTICLESxDATASETS, e.g. 100x50`);
  return { articles: a, datasets: d ?? 50 };
});
const sizes = option('sizes') ? parseSizes(option('sizes')) : flag('quick') ? parseSizes('100x50') : parseSizes('100x50,1000x50,5000x50,100x500');
const withBare = !flag('no-bare');

const work = mkdtempSync(join(process.env.BENCH_TMP ?? tmpdir(), 'atlas-bench-'));
// Builds run with the temporary folder as cwd (see below); the prerender chunks Astro writes there import
// packages, so the folder gets a link to this repository's node_modules.
symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
const astro = join(root, 'node_modules', '.bin', 'astro');
const fig = ['Fig.astro', 'Fig/Fig.astro'].map((f) => join(root, 'src', 'components', f)).find(existsSync);
const logFile = join(work, 'build.log');
const log = (text) => writeFileSync(logFile, text, { flag: 'a' });

const machine = {
  nproc: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  memoryGb: Math.round(totalmem() / 2 ** 30),
  freeMemoryGbAtStart: Math.round(freemem() / 2 ** 30),
  loadAverageAtStart: +loadavg()[0].toFixed(2),
  node: process.version,
  astro: JSON.parse(readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8')).version,
  pagefind: JSON.parse(readFileSync(join(root, 'node_modules/pagefind/package.json'), 'utf8')).version,
  chromium: existsSync('/usr/bin/chromium') ? spawnSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).stdout.trim() : null,
};
console.log(`bench: ${sizes.map((s) => `${s.articles}x${s.datasets}`).join(', ')} in ${work}${fig ? '' : ' (no <Fig> component yet: articles have no figures)'}`);

const runs = [];
const bareDone = new Map();
for (const size of sizes) {
  const tag = `${size.articles}x${size.datasets}`;
  const corpus = join(work, `content-${tag}`);
  const out = join(work, `dist-${tag}`);
  const cache = join(work, `cache-${tag}`);
  const written = writeCorpus({ root, dir: corpus, articles: size.articles, datasets: size.datasets, fig });
  console.log(`\n▶ ${tag}: ${countArticleFiles(corpus)} article files, ${written.datasets} synthetic datasets, ${written.figs} figures; building…`);
  rmSync(out, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  const env = { ...process.env, ATLAS_CONTENT_DIR: corpus, ATLAS_OUT_DIR: out, ATLAS_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1', TMPDIR: work };
  // cwd is the temporary folder, not the repository: when outDir lies outside cwd, Astro writes its prerender
  // chunks to <cwd>/.astro/.prerender/, which concurrent builds in the same checkout would share and clobber.
  const build = timed(astro, ['build', '--root', root], { cwd: work, env, log });
  if (!build.ok) {
    console.error(`✗ build ${tag} failed (log: ${logFile}):\n${build.tail}`);
    process.exitCode = 1;
    runs.push({ size, ok: false, error: build.tail });
    continue;
  }
  const dist = dirStats(out);
  const index = dirStats(join(out, 'pagefind'));
  const pages = dist.html - index.html;
  console.log(`  built ${pages} pages in ${(build.wallMs / 1000).toFixed(1)} s (CPU ${build.cpuMs ?? '?'} ms, peak ${build.maxRssMb ?? '?'} MB)`);
  const search = existsSync(join(out, 'pagefind'))
    ? await searchBytes(out, [{ lang: 'ja', q: '漁業' }, { lang: 'en', q: 'fisheries' }]).catch((e) => [{ error: String(e) }])
    : [];
  const jsByType = await weightsByType(out);
  // Written by src/integrations/ogImages.ts: images named, drawn (all of them, the cache being cold) and the time.
  const ogFile = join(cache, 'og', 'last-build.json');
  const og = existsSync(ogFile) ? JSON.parse(readFileSync(ogFile, 'utf8')) : null;
  if (og) console.log(`  og images: ${og.images} (${og.drawn} drawn) in ${(og.drawMs / 1000).toFixed(1)} s, ${og.msPerImage ?? '–'} ms each (CPU ${og.cpuMsPerImage ?? '–'} ms each)`);

  let bare = null;
  if (withBare) {
    bare = bareDone.get(size.articles) ?? null;
    if (!bare) {
      const bareDir = join(work, `bare-${size.articles}`);
      const bareOut = join(work, `bare-dist-${size.articles}`);
      const barePages = writeBareProject({ root, dir: bareDir, corpus, outDir: bareOut, cacheDir: join(work, `bare-cache-${size.articles}`) });
      const b = timed(astro, ['build'], { cwd: bareDir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TMPDIR: work }, log });
      const bDist = dirStats(bareOut);
      bare = { ok: b.ok, wallMs: b.wallMs, cpuMs: b.cpuMs, maxRssMb: b.maxRssMb, pages: bDist.html, sources: barePages, msPerPage: bDist.html ? +(b.wallMs / bDist.html).toFixed(2) : null, distBytes: bDist.bytes };
      if (!b.ok) console.warn(`  bare build failed:\n${b.tail}`);
      else console.log(`  bare Astro: ${bDist.html} pages in ${(b.wallMs / 1000).toFixed(1)} s`);
      bareDone.set(size.articles, bare);
    }
  }
  const msPerPage = +(build.wallMs / pages).toFixed(2);
  runs.push({
    size,
    ok: true,
    figs: written.figs,
    wallMs: build.wallMs,
    cpuMs: build.cpuMs,
    maxRssMb: build.maxRssMb,
    pages,
    msPerPage,
    distBytes: dist.bytes,
    distFiles: dist.files,
    pagefindBytes: index.bytes,
    pagefindFiles: index.files,
    search,
    jsByType,
    og,
    bare,
    ratioPerPage: bare?.ok && bare.msPerPage ? +(msPerPage / bare.msPerPage).toFixed(2) : null,
  });
}

const mb = (b) => (b / 2 ** 20).toFixed(1);
const s = (ms) => (ms / 1000).toFixed(1);
const lines = [
  `Machine: ${machine.nproc} cores (${machine.cpu}), ${machine.memoryGb} GiB RAM, Node ${machine.node}, Astro ${machine.astro}, Pagefind ${machine.pagefind}. Cold builds (empty cache). Load average at start: ${machine.loadAverageAtStart} (above ~0.5 means other work shared the CPUs and wall times are inflated).`,
  '',
  'Wall time depends on what else runs; CPU time (user + system of the build and its children) much less, so the CPU columns compare better between runs.',
  '',
  '| articles/lang × datasets | pages | wall s | CPU s | peak MB | wall ms/page | CPU ms/page | bare Astro wall / CPU ms/page | ours/bare wall | ours/bare CPU | dist MB | Pagefind MB | search ja KB | search en KB |',
  '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
];
for (const r of runs) {
  if (!r.ok) {
    lines.push(`| ${r.size.articles} × ${r.size.datasets} | build failed | | | | | | | | | | | | |`);
    continue;
  }
  const q = (lang) => r.search.find((x) => x.lang === lang);
  // Bytes of Pagefind files a fresh browser fetches to run one query (runtime, WebAssembly, index chunks, result fragments).
  const kbOf = (x) => (x && x.pagefindBytes !== undefined ? (x.pagefindBytes / 1024).toFixed(0) : '–');
  const bareCpu = r.bare?.ok && r.bare.cpuMs !== null && r.bare.pages ? +(r.bare.cpuMs / r.bare.pages).toFixed(2) : null;
  const cpuPerPage = r.cpuMs === null ? null : +(r.cpuMs / r.pages).toFixed(2);
  const cpuRatio = bareCpu && cpuPerPage ? (cpuPerPage / bareCpu).toFixed(2) : '–';
  lines.push(`| ${r.size.articles} × ${r.size.datasets} | ${r.pages} | ${s(r.wallMs)} | ${r.cpuMs === null ? '–' : s(r.cpuMs)} | ${r.maxRssMb ?? '–'} | ${r.msPerPage} | ${cpuPerPage ?? '–'} | ${r.bare?.msPerPage ?? '–'} / ${bareCpu ?? '–'} | ${r.ratioPerPage ?? '–'} | ${cpuRatio} | ${mb(r.distBytes)} | ${mb(r.pagefindBytes)} | ${kbOf(q('ja'))} | ${kbOf(q('en'))} |`);
}
lines.push('', 'Social preview images (og:image), drawn at build time on a cold cache; a rebuild draws only changed cards:', '', '| articles/lang × datasets | images | drawn | draw s | ms per image | CPU s | CPU ms per image | fonts ms | MB |', '| --- | --: | --: | --: | --: | --: | --: | --: | --: |');
for (const r of runs.filter((x) => x.ok && x.og)) lines.push(`| ${r.size.articles} × ${r.size.datasets} | ${r.og.images} | ${r.og.drawn} | ${s(r.og.drawMs)} | ${r.og.msPerImage ?? '–'} | ${r.og.cpuMs === undefined ? '–' : s(r.og.cpuMs)} | ${r.og.cpuMsPerImage ?? '–'} | ${r.og.fontsMs} | ${mb(r.og.bytes)} |`);
const last = runs.filter((r) => r.ok).at(-1);
if (last) {
  lines.push('', `JavaScript loaded up front per page type (gzip, largest page of the type; ${last.size.articles} × ${last.size.datasets} build):`, '', '| page type | pages | JS KB | HTML+CSS KB |', '| --- | --: | --: | --: |');
  for (const t of last.jsByType) lines.push(`| \`${t.shape}\`${t.kind === 'chart' ? ' (chart)' : ''} | ${t.pages} | ${(t.jsGzip / 1024).toFixed(1)} | ${(t.htmlCssGzip / 1024).toFixed(1)} |`);
}
if (!fig) lines.push('', 'Articles carry no `<Fig>` figures: src/components/Fig.astro did not exist when this ran.');
const table = lines.join('\n');
console.log('\n' + table);

const date = new Date().toISOString().slice(0, 10);
const resultsDir = join(root, 'bench', 'results');
mkdirSync(resultsDir, { recursive: true });
writeFileSync(join(resultsDir, `${date}.json`), JSON.stringify({ date: new Date().toISOString(), machine, sizes, runs }, null, 2) + '\n');
writeFileSync(join(resultsDir, `${date}.md`), `# Benchmark ${date}\n\n${table}\n`);
const perf = join(root, 'docs', 'performance.md');
if (existsSync(perf)) {
  const doc = readFileSync(perf, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  if (doc.includes(start) && doc.includes(end)) {
    writeFileSync(perf, doc.slice(0, doc.indexOf(start) + start.length) + `\n\nLatest run: ${date} (\`bench/results/${date}.json\`).\n\n${table}\n\n` + doc.slice(doc.indexOf(end)));
  }
}
if (!flag('keep')) rmSync(work, { recursive: true, force: true });
else console.log(`kept ${work}`);
