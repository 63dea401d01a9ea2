import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { phases, phaseTable } from './profile.mjs';
import { processTree } from './measure.mjs';

describe('bench profile: marks paired with process-tree samples', () => {
  const run = {
    started: 1000,
    wallMs: 10_000,
    samples: [
      { t: 1500, rssMb: 300, procs: [{ comm: 'node', rssMb: 300 }] },
      { t: 4000, rssMb: 1200, procs: [{ comm: 'node', rssMb: 1200 }] },
      { t: 8000, rssMb: 1900, procs: [{ comm: 'node', rssMb: 1300 }, { comm: 'pagefind', rssMb: 600 }] },
    ],
  };
  const marks = [
    // The search index marks come from the build script's process, Astro's from its own.
    { phase: 'pagefind:start', t: 7000, cpuMs: 5000, rssMb: 1300, heapUsedMb: 300, pid: 2 },
    { phase: 'config:setup', t: 2000, cpuMs: 1500, rssMb: 320, heapUsedMb: 80, pid: 1 },
    { phase: 'pagefind:end', t: 9000, cpuMs: 5010, rssMb: 1300, heapUsedMb: 300, pid: 2 },
  ];

  it('orders the marks, names each phase and gives its wall, Node CPU and memory peaks', () => {
    const list = phases(marks, run);
    expect(list.map((p) => p.phase)).toEqual(['spawn→config:setup', 'config:setup→pagefind:start', 'pagefind:start→pagefind:end', 'pagefind:end→exit']);
    const pagefind = list[2];
    expect(pagefind.what).toMatch(/Pagefind/);
    expect(pagefind).toMatchObject({ wallMs: 2000, nodeCpuMs: 10, treePeakMb: 1900, largestProcess: 'node 1300', nodeRssMbAtEnd: 1300 });
    expect(list[1]).toMatchObject({ wallMs: 5000, treePeakMb: 1200 });
    // CPU times of two processes do not subtract.
    expect(list[1].nodeCpuMs).toBeNull();
    expect(list[0].nodeCpuMs).toBe(1500);
    expect(list[3].wallMs).toBe(2000);
    expect(phaseTable(list).split('\n')).toHaveLength(2 + 4);
  });
});

describe('processTree', () => {
  it('finds a child process below this one with its memory', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 3000)']);
    await new Promise((ok) => setTimeout(ok, 300));
    const tree = processTree(process.pid);
    child.kill();
    expect(tree.find((p) => p.pid === process.pid)?.rss).toBeGreaterThan(10 * 2 ** 20);
    expect(tree.some((p) => p.pid === child.pid)).toBe(true);
    expect(processTree(child.pid + 10_000_000)).toEqual([]);
  });
});
