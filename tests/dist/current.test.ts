import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { xmlProblem } from '../lib/gates/xml';
import { describe, expect, it } from 'vitest';
import { LANGS } from '~/i18n/index';
import { CONTENT } from '~/content.config';
import { readContent } from '~/lib/content/read';
import { dataUpdates } from '~/lib/data/revisions';
import { datasetVersion } from '~/lib/data/version';
import { DIST, page } from '../lib/dist';

// Issue 18 on the real build: release calendar, versions and revisions, data updates and feed, corrections.
const { content: registry } = readContent(resolve(process.env.ATLAS_CONTENT_DIR ?? 'content'), CONTENT);
const datasets = [...registry.datasets.values()].sort((a, b) => a.id.localeCompare(b.id));
const updates = dataUpdates(datasets);
const articleCorrections = [...registry.articles.values()].filter((a) => !a.draft).flatMap((a) => a.corrections.map((c) => ({ lang: a.lang, key: a.translationKey, ...c })));

describe('staying current on the built site', () => {
  it('every dataset page states its cadence, its version line and its whole revisions log', { timeout: 60_000 }, () => {
    expect(datasets.length).toBeGreaterThanOrEqual(63);
    for (const d of datasets) {
      const root = page(`/en/data/${d.id}/`).root;
      expect(root.querySelector('.release')!.getAttribute('data-cadence'), d.id).toBe(d.cadence);
      if (d.cadence === 'irregular') expect(root.querySelector('.release .reason')!.text, d.id).toBe(d.cadenceReason!.en);
      if (d.nextRelease) expect(root.querySelector('.release time')!.getAttribute('datetime'), d.id).toBe(d.nextRelease);
      const version = datasetVersion(d);
      expect(root.querySelector('.dataset-version')!.getAttribute('data-version'), d.id).toBe(version);
      expect(root.querySelectorAll('#revisions [data-revision]'), d.id).toHaveLength(d.revisions.length);
      expect(existsSync(join(DIST, 'data', d.id, `${version}.csv`)), d.id).toBe(true);
      expect(existsSync(join(DIST, 'data', d.id, `${version}.json`)), d.id).toBe(true);
    }
  });

  it.each(LANGS)('the %s data-updates page and RSS 2.0 feed list every change, newest first', { timeout: 60_000 }, (lang) => {
    expect(updates.length).toBeGreaterThanOrEqual(30);
    const items = page(`/${lang}/updates/`).root.querySelectorAll('[data-update]');
    expect(items.map((li) => li.getAttribute('data-dataset'))).toEqual(updates.map((u) => u.datasetId));
    const xml = readFileSync(join(DIST, lang, 'updates', 'rss.xml'), 'utf8');
    expect(xmlProblem(xml, 'updates feed')).toBeUndefined();
    expect(xml).toMatch(/^<\?xml[^>]*\?><rss version="2\.0"/);
    expect(xml.match(/<item>/g)).toHaveLength(updates.length);
    const dates = [...xml.matchAll(/<pubDate>([^<]+)<\/pubDate>/g)].map((m) => Date.parse(m[1]!));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(new Set([...xml.matchAll(/<guid[^>]*>([^<]+)<\/guid>/g)].map((m) => m[1])).size).toBe(updates.length);
  });

  it('corrected articles show each correction at the top and in their JSON-LD; the log lists them and the dataset corrections', { timeout: 60_000 }, () => {
    expect(articleCorrections.length).toBe(18);
    for (const c of articleCorrections) {
      const root = page(`/${c.lang}/news/${c.key}/`).root;
      const notes = root.querySelectorAll('header .corrections-note [data-correction]');
      expect(notes.some((n) => n.text.includes(c.wrong) && n.text.includes(c.right)), `${c.lang} ${c.key}`).toBe(true);
      const ld = root.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.text)).find((j) => j['@type'] === 'NewsArticle');
      expect(ld.correction.some((x: { '@type': string; datePublished: string; text: string }) => x['@type'] === 'CorrectionComment' && x.datePublished === c.date && x.text.includes(c.right)), `${c.lang} ${c.key}`).toBe(true);
    }
    const datasetCorrections = datasets.flatMap((d) => d.revisions.filter((r) => r.kind === 'corrected'));
    for (const lang of LANGS) {
      const log = page(`/${lang}/corrections/`).root;
      expect(log.querySelectorAll('[data-correction-kind="article"]'), lang).toHaveLength(articleCorrections.filter((c) => c.lang === lang).length);
      expect(log.querySelectorAll('[data-correction-kind="dataset"]'), lang).toHaveLength(datasetCorrections.length);
      expect(page(`/${lang}/corrections/policy/`).root.querySelectorAll('main p').length, lang).toBeGreaterThanOrEqual(5);
    }
  });

  it('every home page has its lead chart (the home page leaves it out only where the content has no grdp-growth, as small test sites)', () => {
    for (const lang of LANGS) expect(page(`/${lang}/`).root.querySelectorAll('figure.lead-chart svg'), lang).toHaveLength(1);
  });

  it('articles whose figures changed after their date say so with the date', { timeout: 60_000 }, () => {
    const root = page('/en/news/ina-group-audience-2026/').root;
    expect(root.querySelector('.figures-updated')!.getAttribute('data-figures-updated')).toBe('2026-12-06');
  });
});
