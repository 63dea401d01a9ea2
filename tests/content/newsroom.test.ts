import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { validContent, writeContent } from '../fixtures/contentFixture';
import { buildFixture } from '../lib/fixtureBuild';

/** 2026-12-06T00:00:00Z: the fixture site's "today". */
const EPOCH = '1796515200';

/*
 * One small fixture site, built once with SOURCE_DATE_EPOCH fixed, holds every newsroom case: a dataset whose
 * next release lies in the past (flagged "update due"), one whose release is still ahead (not flagged).
 */
describe('newsroom fixture site', () => {
  let out = '';
  const html = (path: string) => parse(readFileSync(join(out, path), 'utf8'));

  beforeAll(() => {
    const tree = validContent();
    tree.datasets['wage.json']!.nextRelease = '2026-01';
    tree.datasets['later.json'] = { ...structuredClone(tree.datasets['wage.json']!), id: 'later', nextRelease: '2027-02' };
    const result = buildFixture(writeContent(tree), { SOURCE_DATE_EPOCH: EPOCH });
    if (result.status !== 0) throw new Error(`fixture build failed:\n${result.output.slice(-3000)}`);
    out = result.out;
  }, 300_000);

  it('a dataset past its expected release plus the grace period shows "update due" in every language, on its page and its catalogue card', () => {
    const expected = { ja: '更新待ち', id: 'Perlu pembaruan', en: 'Update due' };
    for (const [lang, word] of Object.entries(expected)) {
      const page = html(`${lang}/data/wage/index.html`);
      const flags = page.querySelectorAll('[data-update-due]');
      expect(flags, lang).toHaveLength(1);
      expect(flags[0]!.text).toBe(word);
      expect(page.querySelector('.release time')!.getAttribute('datetime')).toBe('2026-01');
      const card = html(`${lang}/data/index.html`).querySelector('#ds-wage')!;
      expect(card.querySelectorAll('[data-update-due]'), `${lang} card`).toHaveLength(1);
      expect(html(`${lang}/data/index.html`).querySelector('#ds-later [data-update-due]'), `${lang} later`).toBeNull();
      expect(html(`${lang}/data/later/index.html`).querySelector('[data-update-due]')).toBeNull();
    }
  });
});
