import { describe, expect, it } from 'vitest';
import { fileForPath, internalTarget, page, pages } from '../lib/dist';

describe('internal links', () => {
  it('every internal href and src resolves to a built file, and every #anchor exists', () => {
    const broken: string[] = [];
    for (const p of pages()) {
      for (const el of p.root.querySelectorAll('[href], [src]')) {
        if (el.tagName === 'LINK' && el.getAttribute('rel') === 'canonical') continue;
        const ref = el.getAttribute('href') ?? el.getAttribute('src')!;
        const target = internalTarget(ref, p.url);
        if (!target) continue;
        const file = fileForPath(target.path);
        if (!file) {
          broken.push(`${p.url}: ${ref} (no file)`);
          continue;
        }
        if (target.hash && file.endsWith('.html')) {
          const dest = target.path === p.url ? p : page('/' + file.replace(/index\.html$/, ''));
          if (!dest.root.getElementById(target.hash)) broken.push(`${p.url}: ${ref} (no #${target.hash})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
