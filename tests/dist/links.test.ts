import { describe, expect, it } from 'vitest';
import { distSite } from '../lib/dist';
import { checkInternalLinks } from '../lib/gates/links';

// The link gate (tests/lib/gates/links.ts, with fixtures in links.test.ts) over the build; the other
// link checks (sitemap, reachability, external links) are in gates.test.ts.
describe('internal links', () => {
  it('every internal href and src resolves to a built file, and every #anchor exists', () => {
    const site = distSite();
    expect(checkInternalLinks(site).map((p) => `${p.from}: ${p.ref} (${p.reason})`)).toEqual([]);
  }, 120_000);
});
