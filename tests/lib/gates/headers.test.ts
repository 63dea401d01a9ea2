import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { framingProblems, headersFor, parseHeadersFile, ruleMatches } from './headers.ts';
import { memorySite } from './site.ts';
import { page } from './fixtures.ts';

const site = memorySite({ 'index.html': page(''), 'en/index.html': page(''), 'en/data/x/index.html': page(''), 'embed/en/x/index.html': page('') });
const csp = (extra = '') => `  Content-Security-Policy: object-src 'none'${extra}`;

describe('headers gate', () => {
  it('matches paths as the hosts do', () => {
    expect(ruleMatches('/*', '/embed/en/x/')).toBe(true);
    expect(ruleMatches('/en/*', '/en/data/x/')).toBe(true);
    expect(ruleMatches('/en/*', '/embed/en/x/')).toBe(false);
    expect(ruleMatches('/', '/en/')).toBe(false);
    expect(ruleMatches('/:lang/embed/*', '/ja/embed/x/')).toBe(true);
  });

  it('reads a header twice as each host does', () => {
    const rules = parseHeadersFile(`/*\n  X-A: one\n/en/*\n  X-A: two\n`);
    expect(headersFor(rules, '/en/', 'netlify').get('x-a')).toBe('two');
    expect(headersFor(rules, '/en/', 'cloudflare').get('x-a')).toBe('one, two');
  });

  it("catches a /* rule that also forbids framing the embeds (the fixture: the obvious way to write it)", () => {
    const file = `/*\n${csp("; frame-ancestors 'none'")}\n`;
    expect(framingProblems(site, file)).toEqual(["/embed/en/x/: an embed page must be frameable, but gets frame-ancestors 'none'"]);
  });

  it('catches a page left frameable', () => {
    const file = `/\n${csp("; frame-ancestors 'none'")}\n/embed/*\n${csp()}\n`;
    expect(framingProblems(site, file).sort()).toEqual(["/en/: no frame-ancestors 'none' (or 'self') in its Content-Security-Policy header", "/en/data/x/: no frame-ancestors 'none' (or 'self') in its Content-Security-Policy header"]);
  });

  it('catches overlapping rules on which the hosts would disagree', () => {
    const file = `/*\n${csp()}\n/\n${csp("; frame-ancestors 'none'")}\n/en/*\n${csp("; frame-ancestors 'none'")}\n`;
    expect(framingProblems(site, file).filter((p) => p.includes('would differ'))).toHaveLength(3);
  });

  it("accepts the project's public/_headers", () => {
    expect(framingProblems(site, readFileSync('public/_headers', 'utf8'))).toEqual([]);
  });
});
