// Measuring a build: wall and CPU time, peak memory (from /usr/bin/time -v when present), pages, sizes,
// Pagefind index size, bytes a search fetches in Chromium, and JavaScript per page type.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';

const TIME = '/usr/bin/time';

/**
 * Runs a command and measures it: wall time; CPU time and the largest single process's peak RSS from
 * /usr/bin/time -v; and, every `sampleMs`, the resident memory of the whole process tree (the build and its
 * children, e.g. Pagefind's indexer), whose peak is what the machine must hold at once.
 * Never throws on a slow run; returns ok=false on a failed one.
 */
export async function timed(cmd, args, { cwd, env, log, sampleMs = 200 }) {
  const useTime = existsSync(TIME);
  const statsFile = join(env.TMPDIR ?? '/tmp', `bench-time-${process.pid}-${Date.now()}.txt`);
  const started = Date.now();
  const child = useTime ? spawn(TIME, ['-v', '-o', statsFile, cmd, ...args], { cwd, env }) : spawn(cmd, args, { cwd, env });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const samples = [];
  const sample = () => {
    const tree = processTree(child.pid);
    if (tree.length) samples.push({ t: Date.now(), rssMb: Math.round(tree.reduce((n, p) => n + p.rss, 0) / 2 ** 20), procs: tree.map((p) => ({ comm: p.comm, rssMb: Math.round(p.rss / 2 ** 20), cpuMs: p.cpuMs })) });
  };
  const timer = setInterval(sample, sampleMs);
  const status = await new Promise((ok) => child.on('close', (code) => ok(code)));
  clearInterval(timer);
  const wallMs = Date.now() - started;
  if (log) log(output);
  const out = { ok: status === 0, started, wallMs, cpuMs: null, maxRssMb: null, treePeakMb: samples.length ? Math.max(...samples.map((x) => x.rssMb)) : null, samples, tail: output.split('\n').slice(-15).join('\n') };
  if (useTime && existsSync(statsFile)) {
    const text = readFileSync(statsFile, 'utf8');
    const num = (label) => Number(new RegExp(`${label}:\\s*([\\d.]+)`).exec(text)?.[1] ?? NaN);
    out.cpuMs = Math.round((num('User time \\(seconds\\)') + num('System time \\(seconds\\)')) * 1000);
    out.maxRssMb = Math.round(num('Maximum resident set size \\(kbytes\\)') / 1024);
  }
  return out;
}

const PAGE = 4096;
const TICK_MS = 10; // /proc/<pid>/stat counts CPU in clock ticks of 1/100 s on Linux

/** The processes below `root` (itself included): name, resident bytes and CPU time so far, from /proc. */
export function processTree(root) {
  const all = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // the process ended while we listed
    }
    const close = stat.lastIndexOf(')');
    const comm = stat.slice(stat.indexOf('(') + 1, close);
    const f = stat.slice(close + 2).split(' ');
    all.set(Number(name), { pid: Number(name), comm, ppid: Number(f[1]), cpuMs: (Number(f[11]) + Number(f[12])) * TICK_MS, rss: Number(f[21]) * PAGE });
  }
  const out = [];
  const wanted = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of all.values()) if (!wanted.has(p.pid) && wanted.has(p.ppid)) (wanted.add(p.pid), (grew = true));
  }
  for (const pid of wanted) if (all.has(pid)) out.push(all.get(pid));
  return out;
}

export function dirStats(dir) {
  let bytes = 0;
  let files = 0;
  let html = 0;
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else {
        bytes += st.size;
        files++;
        if (name.endsWith('.html')) html++;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { bytes, files, html };
}

/**
 * Bytes fetched for a search: opens the search page with ?q=, waits, and sums the Pagefind responses. If the
 * page did not search by itself, runs the query through Pagefind's API in the page (and loads 5 results).
 */
export async function searchBytes(outDir, queries) {
  const { chromium } = await import('playwright-core');
  const { startServer } = await import('../lib/static-server.mjs');
  const server = await startServer({ root: outDir, port: 0, host: '127.0.0.1' });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'] });
  const results = [];
  try {
    /** Opens url in a fresh context (empty cache) and returns the Pagefind responses it fetched. */
    const visit = async (url, query) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const responses = [];
      page.on('requestfinished', async (req) => {
        const sizes = await req.sizes().catch(() => null);
        responses.push({ url: req.url(), body: sizes?.responseBodySize ?? 0 });
      });
      await page.goto(url, { waitUntil: 'networkidle', timeout: 180_000 });
      await page.waitForTimeout(500);
      let mode = 'search page';
      let hits = null;
      if (query && !responses.some((r) => r.url.includes('/pagefind/'))) {
        // The page did not search by itself: run the query through Pagefind's API and load 5 results.
        mode = 'pagefind API';
        hits = await page
          .evaluate(async (q) => {
            const pf = await import('/pagefind/pagefind.js');
            const r = await pf.search(q);
            await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
            return r.results.length;
          }, query)
          .catch(() => null);
        await page.waitForLoadState('networkidle');
      }
      await context.close();
      const pagefind = responses.filter((r) => r.url.includes('/pagefind/'));
      return { mode, hits, requests: pagefind.length, bytes: pagefind.reduce((n, r) => n + r.body, 0), allBytes: responses.reduce((n, r) => n + r.body, 0) };
    };
    for (const { lang, q } of queries) {
      const idle = await visit(`${origin}/${lang}/search/`);
      const query = await visit(`${origin}/${lang}/search/?q=${encodeURIComponent(q)}`, q);
      results.push({ lang, q, mode: query.mode, hits: query.hits, pagefindRequests: query.requests, pagefindBytes: query.bytes, pagefindBytesWithoutQuery: idle.bytes, pageBytesWithQuery: query.allBytes });
    }
  } finally {
    await browser.close();
    await new Promise((ok) => server.close(ok));
  }
  return results;
}

/** JavaScript (gzip) and HTML+CSS per page type, using the quality gates' own functions. */
export async function weightsByType(outDir) {
  const { folderSite } = await import('../../tests/lib/gates/site.ts');
  const { pageWeights } = await import('../../tests/lib/gates/weight.ts');
  const { pageTypes } = await import('../../tests/lib/gates/pageTypes.ts');
  const site = folderSite(outDir);
  const weights = new Map(pageWeights(site).map((w) => [w.url, w]));
  const byShape = new Map();
  for (const t of pageTypes(site, { langs: ['ja', 'id', 'en'] })) {
    const w = weights.get(t.sample.url);
    const prev = byShape.get(t.shape) ?? { shape: t.shape, pages: 0, jsGzip: 0, htmlCssGzip: 0, kind: w.kind };
    prev.pages += t.count;
    prev.jsGzip = Math.max(prev.jsGzip, w.jsGzip);
    prev.htmlCssGzip = Math.max(prev.htmlCssGzip, w.htmlCssGzip);
    if (w.kind === 'chart') prev.kind = 'chart';
    byShape.set(t.shape, prev);
  }
  return [...byShape.values()].sort((a, b) => a.shape.localeCompare(b.shape));
}
