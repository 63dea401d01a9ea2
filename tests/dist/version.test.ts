import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '~/i18n/langs';
import { parse } from 'node-html-parser';
import { CONTENT } from '~/content.config';
import { readContent } from '~/lib/content/read';
import { datasetVersion } from '~/lib/data/version';
import { revisionOf } from '~/lib/data/revisions';
import { DIST } from '../lib/dist';

/*
 * Issue 15: a dataset page states its version as a date and a hash, in the page's language ("Version:
 * 29 November 2026 (582eaac7)", "版：2026年11月29日（582eaac7）"), never a bare hash.
 */
const { content: registry } = readContent(resolve(process.env.ATLAS_CONTENT_DIR ?? 'content'), CONTENT);
const datasets = [...registry.datasets.values()];
const LINE = {
  en: /^\d{1,2} [A-Z][a-z]+ \d{4} \([0-9a-f]{8}\)$/,
  id: /^\d{1,2} [A-Z][a-z]+ \d{4} \([0-9a-f]{8}\)$/,
  ja: /^\d{4}年\d{1,2}月\d{1,2}日（[0-9a-f]{8}）$/,
} as const;

describe('dataset version line', () => {
  it('reads "<date> (<hash>)" under "Version" on every dataset page, in each language', () => {
    expect(datasets.length).toBeGreaterThan(20);
    for (const dataset of datasets) {
      for (const lang of LANGS) {
        const root = parse(readFileSync(join(DIST, lang, 'data', dataset.id, 'index.html'), 'utf8'));
        const lines = root.querySelectorAll('.dataset-version');
        expect(lines, `/${lang}/data/${dataset.id}/`).toHaveLength(1);
        const line = lines[0]!;
        expect(line.text.trim(), `/${lang}/data/${dataset.id}/`).toMatch(LINE[lang]);
        expect(line.querySelector('code')!.text).toBe(datasetVersion(dataset));
        // The same date as the revisions log's line for this version: one version, one date.
        expect(line.querySelector('time')!.getAttribute('datetime')).toBe(revisionOf(dataset, datasetVersion(dataset))?.date ?? dataset.lastVerified);
      }
    }
  });
});
