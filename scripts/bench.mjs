// `npm run bench`: build-time benchmark on synthetic corpora (docs/performance.md).
//
//   npm run bench -- --quick                  # 100 articles per language, 50 datasets (a few minutes)
//   npm run bench -- --sizes=100x50,1000x500  # ARTICLES_PER_LANGUAGEx DATASETS, comma-separated
//   npm run bench                             # 100x50, 1000x50, 5000x50, 100x500 (long: hours at 5,000)
//   options: --no-bare (skip the bare-Astro baseline), --keep (keep the temporary folder),
//            --cold-only (one cold build per size instead of cold + cached), --profile (per-phase time and memory),
//            --og-max=N (sizes above N articles per language: one build, og images not drawn; drawing 20,000 cold
//            takes about 25 minutes on 2 cores, so their cost is reported from the smaller sizes)
//
// For each size it writes a corpus (the real content/ plus synthetic articles and datasets) to a temporary
// folder and builds it twice with ATLAS_CONTENT_DIR/ATLAS_OUT_DIR/ATLAS_CACHE_DIR: first cold (empty cache:
// every social preview image is drawn), then with only the og-image cache kept (Astro's own cache emptied
// again), which is the build the ratios use. It records wall and CPU time, peak memory (of the largest
// process and of the whole process tree), pages, ms per page, output size, Pagefind index size, bytes a
// search fetches in Chromium, JS per page type and the og images cold and cached. The same articles are built
// by a bare Astro + MDX project indexed by Pagefind's command line, for the ratios.
// Results: bench/results/<date>.json and .md; the table also replaces the one in docs/performance.md.
// It never fails because something is slow; it fails only if a build fails.
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { countArticleFiles, writeBareProject, writeCorpus } from './bench/corpus.mjs';
import { dirStats, searchBytes, timed, weightsByType } from './bench/measure.mjs';
import { phases, phaseTable, readMarks } from './bench/profile.mjs';

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
const coldOnly = flag('cold-only');
const profile = flag('profile');
const ogMax = option('og-max') ? Number(option('og-max')) : Infinity;

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
const pagefindBin = join(root, 'node_modules', '.bin', 'pagefind');
const readOg = (cache) => {
  // Written by src/integrations/ogImages.ts: images named, drawn and the time drawing took.
  const file = join(cache, 'og', 'last-build.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
};
const brief = (b) => ({ ok: b.ok, wallMs: b.wallMs, cpuMs: b.cpuMs, maxRssMb: b.maxRssMb, treePeakMb: b.treePeakMb });

/** The bare Astro + MDX project of the same articles, then `pagefind --site`, each timed; summed. */
async function bareBuild(size, corpus) {
  const bareDir = join(work, `bare-${size.articles}`);
  const bareOut = join(work, `bare-dist-${size.articles}`);
  const sources = writeBareProject({ root, dir: bareDir, corpus, outDir: bareOut, cacheDir: join(work, `bare-cache-${size.articles}`) });
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TMPDIR: work };
  const a = await timed(astro, ['build'], { cwd: bareDir, env, log });
  const p = a.ok ? await timed(pagefindBin, ['--site', bareOut], { cwd: bareDir, env, log }) : null;
  const ok = a.ok && p?.ok;
  if (!ok) console.warn(`  bare build failed:\n${(p ?? a).tail}`);
  const pages = dirStats(bareOut).html - dirStats(join(bareOut, 'pagefind')).html;
  const bare = {
    ok,
    pages,
    sources,
    wallMs: a.wallMs + (p?.wallMs ?? 0),
    cpuMs: a.cpuMs === null || p?.cpuMs == null ? null : a.cpuMs + p.cpuMs,
    maxRssMb: Math.max(a.maxRssMb ?? 0, p?.maxRssMb ?? 0) || null,
    treePeakMb: Math.max(a.treePeakMb ?? 0, p?.treePeakMb ?? 0) || null,
    astro: brief(a),
    pagefind: p && brief(p),
    pagefindBytes: dirStats(join(bareOut, 'pagefind')).bytes,
  };
  bare.msPerPage = pages ? +(bare.wallMs / pages).toFixed(2) : null;
  bare.cpuMsPerPage = pages && bare.cpuMs !== null ? +(bare.cpuMs / pages).toFixed(2) : null;
  console.log(`  bare Astro + Pagefind: ${pages} pages in ${(bare.wallMs / 1000).toFixed(1)} s (Astro ${(a.wallMs / 1000).toFixed(1)} s, Pagefind ${((p?.wallMs ?? 0) / 1000).toFixed(1)} s), CPU ${bare.cpuMs} ms, peak ${bare.treePeakMb} MB`);
  rmSync(bareOut, { recursive: true, force: true });
  return bare;
}

for (const size of sizes) {
  const tag = `${size.articles}x${size.datasets}`;
  const corpus = join(work, `content-${tag}`);
  const out = join(work, `dist-${tag}`);
  const cache = join(work, `cache-${tag}`);
  const written = writeCorpus({ root, dir: corpus, articles: size.articles, datasets: size.datasets, fig });
  console.log(`\n▶ ${tag}: ${countArticleFiles(corpus)} article files, ${written.datasets} synthetic datasets, ${written.figs} figures; building…`);
  rmSync(cache, { recursive: true, force: true });
  const env = { ...process.env, ATLAS_CONTENT_DIR: corpus, ATLAS_OUT_DIR: out, ATLAS_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1', TMPDIR: work };
  const marksFile = join(work, `profile-${tag}.jsonl`);
  // cwd is the temporary folder, not the repository: when outDir lies outside cwd, Astro writes its prerender
  // chunks to <cwd>/.astro/.prerender/, which concurrent builds in the same checkout would share and clobber.
  const build = async (label, withProfile) => {
    rmSync(out, { recursive: true, force: true });
    rmSync(marksFile, { force: true });
    // `npm run build`'s script: `astro build`, then the search index once Astro has exited.
    const b = await timed(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: work, env: withProfile ? { ...env, ATLAS_PROFILE: marksFile } : env, log });
    if (b.ok) console.log(`  ${label}: ${(b.wallMs / 1000).toFixed(1)} s (CPU ${b.cpuMs ?? '?'} ms, largest process ${b.maxRssMb ?? '?'} MB, process tree ${b.treePeakMb ?? '?'} MB)`);
    return { ...b, og: readOg(cache), profile: withProfile ? phases(readMarks(marksFile), b) : null };
  };
  const noOg = size.articles > ogMax;
  if (noOg) env.ATLAS_OG_DRAW = '0';
  const cold = await build(noOg ? 'build without og images' : 'cold build', profile && (coldOnly || noOg));
  let main = cold;
  if (cold.ok && !coldOnly && !noOg) {
    // Keep the og-image cache only: Astro's content store and Vite's cache are emptied as for a cold build.
    for (const name of readdirSync(cache)) if (name !== 'og') rmSync(join(cache, name), { recursive: true, force: true });
    main = await build('og images cached', profile);
  }
  if (!main.ok) {
    console.error(`✗ build ${tag} failed (log: ${logFile}):\n${main.tail}`);
    process.exitCode = 1;
    runs.push({ size, ok: false, error: main.tail });
    continue;
  }
  const dist = dirStats(out);
  const index = dirStats(join(out, 'pagefind'));
  const pages = dist.html - index.html;
  const search = existsSync(join(out, 'pagefind'))
    ? await searchBytes(out, [{ lang: 'ja', q: '漁業' }, { lang: 'en', q: 'fisheries' }]).catch((e) => [{ error: String(e) }])
    : [];
  const jsByType = await weightsByType(out);
  if (cold.og) console.log(`  og images: ${cold.og.images} (${cold.og.drawn} drawn cold) in ${(cold.og.drawMs / 1000).toFixed(1)} s, ${cold.og.msPerImage ?? '–'} ms each (CPU ${cold.og.cpuMsPerImage ?? '–'} ms each)`);

  let bare = null;
  if (withBare) {
    bare = bareDone.get(size.articles) ?? (await bareBuild(size, corpus));
    bareDone.set(size.articles, bare);
  }
  const msPerPage = +(main.wallMs / pages).toFixed(2);
  const cpuMsPerPage = main.cpuMs === null ? null : +(main.cpuMs / pages).toFixed(2);
  const ratio = (a, b) => (a && b ? +(a / b).toFixed(2) : null);
  runs.push({
    size,
    ok: true,
    figs: written.figs,
    ogCached: !coldOnly && !noOg,
    ogSkipped: noOg,
    wallMs: main.wallMs,
    cpuMs: main.cpuMs,
    maxRssMb: main.maxRssMb,
    treePeakMb: main.treePeakMb,
    pages,
    msPerPage,
    cpuMsPerPage,
    distBytes: dist.bytes,
    distFiles: dist.files,
    pagefindBytes: index.bytes,
    pagefindFiles: index.files,
    search,
    jsByType,
    og: { cold: noOg ? null : cold.og, cached: coldOnly || noOg ? null : main.og, coldBuild: brief(cold) },
    profile: main.profile,
    bare,
    ratio: bare?.ok
      ? { wall: ratio(msPerPage, bare.msPerPage), cpu: ratio(cpuMsPerPage, bare.cpuMsPerPage), peakTree: ratio(main.treePeakMb, bare.treePeakMb), peakLargest: ratio(main.maxRssMb, bare.maxRssMb) }
      : null,
  });
  rmSync(out, { recursive: true, force: true });
}

const mb = (b) => (b / 2 ** 20).toFixed(1);
const s = (ms) => (ms / 1000).toFixed(1);
const dash = (v) => (v === null || v === undefined ? '–' : v);
const lines = [
  `Machine: ${machine.nproc} cores (${machine.cpu}), ${machine.memoryGb} GiB RAM, Node ${machine.node}, Astro ${machine.astro}, Pagefind ${machine.pagefind}. ${coldOnly ? 'Cold builds (empty cache).' : 'Our builds with the og-image cache warm (Astro\'s own cache empty); the cold cost of the images is in the second table.'} Load average at start: ${machine.loadAverageAtStart} (above ~0.5 means other work shared the CPUs and wall times are inflated).`,
  '',
  'Bare = the same articles as MDX pages in a bare Astro 7 project with a minimal layout, then `pagefind --site` (timings summed, peak = the larger). Wall time depends on what else runs; CPU time (user + system of the build and its children) much less, so the CPU columns compare better between runs. Peak MB is the process tree\'s resident memory at its highest (Node and Pagefind\'s indexer together), sampled every 0.2 s; the largest single process (from `/usr/bin/time -v`) is in the JSON.',
  '',
  '| articles/lang × datasets | pages | wall s | CPU s | peak MB | wall ms/page | CPU ms/page | bare pages | bare wall / CPU ms/page | bare peak MB | ours/bare wall | ours/bare CPU | ours/bare peak | dist MB | Pagefind MB | search ja KB | search en KB |',
  '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
];
for (const r of runs) {
  if (!r.ok) {
    lines.push(`| ${r.size.articles} × ${r.size.datasets} | build failed |${' |'.repeat(15)}`);
    continue;
  }
  const q = (lang) => r.search.find((x) => x.lang === lang);
  // Bytes of Pagefind files a fresh browser fetches to run one query (runtime, WebAssembly, index chunks, result fragments).
  const kbOf = (x) => (x && x.pagefindBytes !== undefined ? (x.pagefindBytes / 1024).toFixed(0) : '–');
  lines.push(`| ${r.size.articles} × ${r.size.datasets}${r.ogSkipped ? ' (no og)' : ''} | ${r.pages} | ${s(r.wallMs)} | ${r.cpuMs === null ? '–' : s(r.cpuMs)} | ${dash(r.treePeakMb)} | ${r.msPerPage} | ${dash(r.cpuMsPerPage)} | ${dash(r.bare?.pages)} | ${dash(r.bare?.msPerPage)} / ${dash(r.bare?.cpuMsPerPage)} | ${dash(r.bare?.treePeakMb)} | ${dash(r.ratio?.wall)} | ${dash(r.ratio?.cpu)} | ${dash(r.ratio?.peakTree)} | ${mb(r.distBytes)} | ${mb(r.pagefindBytes)} | ${kbOf(q('ja'))} | ${kbOf(q('en'))} |`);
}
// Growth of the per-page cost with the corpus: consecutive sizes with the same number of datasets.
const growth = [];
for (const d of [...new Set(runs.filter((r) => r.ok).map((r) => r.size.datasets))]) {
  const same = runs.filter((r) => r.ok && r.size.datasets === d).sort((a, b) => a.size.articles - b.size.articles);
  for (let i = 1; i < same.length; i++) {
    const [a, b] = [same[i - 1], same[i]];
    const g = (x, y) => (x && y ? (y / x).toFixed(2) : '–');
    growth.push(`| ${a.size.articles} → ${b.size.articles} (× ${d}) | ${g(a.msPerPage, b.msPerPage)} | ${g(a.bare?.msPerPage, b.bare?.msPerPage)} | ${g(a.cpuMsPerPage, b.cpuMsPerPage)} | ${g(a.bare?.cpuMsPerPage, b.bare?.cpuMsPerPage)} |`);
  }
}
if (growth.length) lines.push('', 'Growth of the cost per page as the corpus grows (later size ÷ earlier size; ours should grow no more than bare):', '', '| articles/lang | ours wall | bare wall | ours CPU | bare CPU |', '| --- | --: | --: | --: | --: |', ...growth);
if (runs.some((r) => r.ogSkipped)) lines.push('', '"(no og)": built with ATLAS_OG_DRAW=0, og images neither drawn nor copied (`--og-max`); with the cache warm they only cost a copy (the "cached" columns of the og table below, for the sizes that draw them), so the ratios at that size are close to what a cached build would give.');
lines.push('', 'Social preview images (og:image): cold = drawn on an empty cache (first build), cached = the ratio build, which only copies them:', '', '| articles/lang × datasets | images | cold: drawn | cold: draw s | cold: ms per image | cold: CPU ms per image | cold build wall s / CPU s | cached: drawn | cached: s | MB |', '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: |');
for (const r of runs.filter((x) => x.ok && x.og.cold)) {
  const c = r.og.cold;
  const w = r.og.cached;
  lines.push(`| ${r.size.articles} × ${r.size.datasets} | ${c.images} | ${c.drawn} | ${s(c.drawMs)} | ${dash(c.msPerImage)} | ${dash(c.cpuMsPerImage)} | ${s(r.og.coldBuild.wallMs)} / ${r.og.coldBuild.cpuMs === null ? '–' : s(r.og.coldBuild.cpuMs)} | ${w ? w.drawn : '–'} | ${w ? s(w.drawMs) : '–'} | ${mb(c.bytes)} |`);
}
for (const r of runs.filter((x) => x.ok && x.profile)) {
  lines.push('', `Profile of our ${r.ogSkipped ? 'no-og' : r.ogCached ? 'cached' : 'cold'} build at ${r.size.articles} × ${r.size.datasets} (phases between marks from src/integrations/buildProfile.ts; tree = every process of the build):`, '', phaseTable(r.profile));
  if (r.bare?.ok) lines.push('', `Bare at ${r.size.articles}: \`astro build\` ${s(r.bare.astro.wallMs)} s wall, ${s(r.bare.astro.cpuMs)} s CPU, peak ${r.bare.astro.treePeakMb} MB; \`pagefind --site\` ${s(r.bare.pagefind.wallMs)} s wall, ${s(r.bare.pagefind.cpuMs)} s CPU, peak ${r.bare.pagefind.treePeakMb} MB.`);
}
const last = runs.filter((r) => r.ok).at(-1);
if (last) {
  lines.push('', `JavaScript loaded up front per page type (gzip, largest page of the type; ${last.size.articles} × ${last.size.datasets} build):`, '', '| page type | pages | JS KB | HTML+CSS KB |', '| --- | --: | --: | --: |');
  for (const t of last.jsByType) lines.push(`| \`${t.shape}\`${t.kind === 'chart' ? ' (chart)' : ''} | ${t.pages} | ${(t.jsGzip / 1024).toFixed(1)} | ${(t.htmlCssGzip / 1024).toFixed(1)} |`);
}
if (!fig) lines.push('', 'Articles carry no `<Fig>` figures: src/components/Fig.astro did not exist when this ran.');
const table = lines.join('\n');
console.log('\n' + table);

if (!runs.some((r) => r.ok)) {
  console.error(`no build succeeded: nothing written (kept ${work})`);
  process.exit(1);
}
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
