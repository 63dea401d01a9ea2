// `npm run bench -- --profile`: per-phase time and memory of a build. The build writes one JSON line per
// phase mark (src/integrations/buildProfile.ts, ATLAS_PROFILE); the benchmark samples the resident memory of
// the whole process tree meanwhile (measure.mjs timed()). This file pairs the two into phases.
import { existsSync, readFileSync } from 'node:fs';

// What happens between two marks, in Astro 7's order (astro/dist/core/build/index.js and static-build.js).
const LABELS = {
  'spawn→config:setup': 'Node + Astro start, config loaded',
  'config:setup→config:done': 'integrations set up, routes listed',
  'config:done→build:start': 'content layer sync (content read, registry, schemas) + Vite set-up',
  'build:start→bundle:prerender:start': 'Vite set-up for the bundles',
  'bundle:prerender:start→bundle:prerender:written': 'bundle for prerendering (MDX compiled, pages and components bundled)',
  'bundle:prerender:written→bundle:client:start': 'between bundles',
  'bundle:client:start→bundle:client:written': 'client bundle (browser scripts)',
  'bundle:client:written→build:generated': 'page render (static generation of every page)',
  'bundle:prerender:written→build:generated': 'page render (static generation of every page)',
  'build:generated→build:done': 'assets written',
  'build:done→og:start': 'sitemap, 404 pages',
  'og:start→og:end': 'og images (social preview cards)',
  'og:end→after-build:end': 'build report',
  'after-build:end→pagefind:start': 'Astro summary and exit (its memory given back)',
  'pagefind:start→pagefind:end': 'search index: Pagefind (its own process) after Astro exited, from scripts/build.mjs',
  'pagefind:end→exit': 'build script exit',
};

export function readMarks(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

/**
 * Phases from the marks and the tree samples of one build (`run` is what timed() returned).
 * Each phase: wall ms, CPU ms of the Node process (from the marks), the peak RSS of the whole process tree
 * and of its largest process within the phase, and the V8 heap in use at its end.
 */
export function phases(marks, run) {
  const points = [{ phase: 'spawn', t: run.started, cpuMs: 0 }, ...marks.sort((a, b) => a.t - b.t), { phase: 'exit', t: run.started + run.wallMs }];
  const out = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    const inside = run.samples.filter((s) => s.t >= a.t && s.t <= b.t);
    const key = `${a.phase}→${b.phase}`;
    const biggest = inside.flatMap((s) => s.procs).reduce((m, p) => (p.rssMb > (m?.rssMb ?? -1) ? p : m), null);
    out.push({
      phase: key,
      what: LABELS[key] ?? '',
      wallMs: b.t - a.t,
      // CPU time is per process: the search index step marks from the build script, not from Astro's Node.
      nodeCpuMs: b.cpuMs !== undefined && a.cpuMs !== undefined && (a.pid === undefined || a.pid === b.pid) ? b.cpuMs - a.cpuMs : null,
      treePeakMb: inside.length ? Math.max(...inside.map((s) => s.rssMb)) : null,
      largestProcess: biggest ? `${biggest.comm} ${biggest.rssMb}` : null,
      nodeRssMbAtEnd: b.rssMb ?? null,
      heapUsedMbAtEnd: b.heapUsedMb ?? null,
      heapTotalMbAtEnd: b.heapTotalMb ?? null,
      externalMbAtEnd: b.externalMb ?? null,
    });
  }
  return out;
}

/** A Markdown table of the phases. */
export function phaseTable(list) {
  const rows = ['| phase | what | wall s | Node CPU s | tree peak MB | largest process MB | Node RSS MB at end | V8 heap used / total MB at end |', '| --- | --- | --: | --: | --: | --- | --: | --: |'];
  const s = (ms) => (ms === null ? '–' : (ms / 1000).toFixed(1));
  for (const p of list.filter((x) => x.wallMs >= 50)) rows.push(`| ${p.phase} | ${p.what} | ${s(p.wallMs)} | ${s(p.nodeCpuMs)} | ${p.treePeakMb ?? '–'} | ${p.largestProcess ?? '–'} | ${p.nodeRssMbAtEnd ?? '–'} | ${p.heapUsedMbAtEnd ?? '–'} / ${p.heapTotalMbAtEnd ?? '–'} |`);
  return rows.join('\n');
}
