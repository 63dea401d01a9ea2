import type { AstroIntegration } from 'astro';
import { appendFileSync, readFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';

/**
 * Build phases for `npm run bench -- --profile` (docs/performance.md): when ATLAS_PROFILE names a file, each
 * mark appends one JSON line with the time, this process's memory (RSS, V8 heap) and its CPU time so far.
 * The benchmark pairs the marks with its own samples of the whole process tree's memory. Without the
 * variable every mark does nothing, so an ordinary build pays nothing.
 */
const file = process.env.ATLAS_PROFILE;
// Vite also starts its plugin pipeline for the content sync before the build: bundles are marked only after.
let building = false;

export function profileMark(phase: string): void {
  if (!file) return;
  const m = process.memoryUsage();
  const cpu = process.cpuUsage();
  const heap = getHeapStatistics();
  const mb = (b: number) => Math.round(b / 2 ** 20);
  const line = {
    phase,
    t: Date.now(),
    // The search index step marks from its own process (scripts/build.mjs): CPU times compare within one pid.
    pid: process.pid,
    rssMb: mb(m.rss),
    heapUsedMb: mb(m.heapUsed),
    heapTotalMb: mb(m.heapTotal),
    externalMb: mb(m.external),
    arrayBuffersMb: mb(m.arrayBuffers),
    heapLimitMb: mb(heap.heap_size_limit),
    // V8's own allocations outside the heap (parser and compiler zones): now and at their highest so far.
    v8MallocMb: mb(heap.malloced_memory),
    v8PeakMallocMb: mb(heap.peak_malloced_memory),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    ...residentKinds(),
  };
  appendFileSync(file, JSON.stringify(line) + '\n');
}

/** Linux splits resident memory into anonymous (heap, native allocations) and file-backed (code, mapped files). */
function residentKinds(): { rssAnonMb?: number; rssFileMb?: number } {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
    return { rssAnonMb: Math.round(kb('RssAnon') / 1024), rssFileMb: Math.round(kb('RssFile') / 1024) };
  } catch {
    return {};
  }
}

/**
 * Marks Astro's own steps. Listed first among the integrations, so its `astro:build:done` mark is the start
 * of the after-build steps (sitemap, og images: each marks its own start and end; the search index runs after
 * Astro has exited and marks from scripts/build.mjs); `buildProfileEnd`
 * is listed last. Vite's bundling of each environment (server, prerender, client) is marked by a plugin.
 */
export default function buildProfile(): AstroIntegration {
  return {
    name: 'sulut-atlas:profile',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        profileMark('config:setup');
        if (!file) return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'sulut-atlas:profile-bundle',
                buildStart() {
                  if (building) profileMark(`bundle:${this.environment?.name ?? 'vite'}:start`);
                },
                writeBundle() {
                  if (building) profileMark(`bundle:${this.environment?.name ?? 'vite'}:written`);
                },
              },
            ],
          },
        });
      },
      'astro:config:done': () => profileMark('config:done'),
      'astro:build:start': () => {
        building = true;
        profileMark('build:start');
      },
      'astro:build:generated': () => profileMark('build:generated'),
      'astro:build:done': () => profileMark('build:done'),
    },
  };
}

export function buildProfileEnd(): AstroIntegration {
  return {
    name: 'sulut-atlas:profile-end',
    hooks: {
      'astro:build:done': () => profileMark('after-build:end'),
    },
  };
}
