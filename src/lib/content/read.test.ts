import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT } from '~/content.config';
import { formatIssue } from './errors';
import { loadContent, parseCounts, readContent } from './read';

const SITE = resolve('tests/fixtures/sites/small/content');
const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));

describe('the content pass', () => {
  it('reads the small fixture site without a problem', () => {
    expect(readContent(SITE, CONTENT).issues.map(formatIssue)).toEqual([]);
  });

  it('parses every content file exactly once, however many collections load it', () => {
    const before = new Map(parseCounts());
    // Astro runs one loader per collection, each asking for the content; the pass runs once for all of them.
    for (const _ of Object.keys(CONTENT)) loadContent(SITE, CONTENT);
    const files = walk(SITE).filter((f) => /\.(json|mdx)$/.test(f)).sort();
    const parsed = [...parseCounts()].filter(([path]) => path.startsWith(SITE + '/')).map(([path, n]) => [path, n - (before.get(path) ?? 0)] as const);
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect(parsed.map(([path]) => path).sort()).toEqual(files);
    expect(parsed.filter(([, n]) => n !== 1)).toEqual([]);
  });
});
