import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '~/i18n/index';
import { CONTENT } from '~/content.config';
import { readContent } from '~/lib/content/read';
import { quantityKey } from '~/lib/data/quantity';
import { conflictAnchor } from '~/lib/data/anchors';
import { parseCsv } from '~/lib/data/csvRead';
import { OBSERVATION_FIELDS } from '~/lib/data/downloads';
import { refKey } from '~/lib/data/derived';
import { sourceIdsOf } from '~/lib/data/provenance';
import { datasetVersion } from '~/lib/data/version';
import { parse, type HTMLElement } from 'node-html-parser';
import { BASE, DIST, distFiles } from '../lib/dist';

// The content the build was made from (ATLAS_CONTENT_DIR when a fixture was built).
const { content: registry } = readContent(resolve(process.env.ATLAS_CONTENT_DIR ?? 'content'), CONTENT);
const datasets = [...registry.datasets.values()];
const base = BASE;
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
// Parses only the pages this file needs (tests/lib/dist.ts page() parses the whole site first).
const parsed = new Map<string, { url: string; root: HTMLElement }>();
const page = (url: string) => {
  if (!parsed.has(url)) parsed.set(url, { url, root: parse(read(`${url.slice(1)}index.html`), { comment: false }) });
  return parsed.get(url)!;
};
const parseTable = (path: string) => {
  const [header, ...rows] = parseCsv(read(path));
  return { header: header!, rows: rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!]))) };
};

describe('dataset pages', () => {
  it.each(datasets.map((d) => d.id))('%s has a page in ja, id and en with citation, downloads and JSON-LD', (id) => {
    const dataset = registry.datasets.get(id)!;
    const version = datasetVersion(dataset);
    for (const lang of LANGS) {
      const p = page(`/${lang}/data/${id}/`);
      const cite = p.root.querySelectorAll('#cite pre').map((pre) => pre.text);
      expect(cite, `${p.url} citation`).toHaveLength(2);
      expect(cite[0]).toContain(version);
      expect(cite[0]).toContain(dataset.title[lang]);
      expect(cite[1]).toMatch(new RegExp(`^@misc\\{sulut-atlas:${id}:${version},`));
      const hrefs = p.root.querySelectorAll('a[href]').map((a) => a.getAttribute('href'));
      expect(hrefs).toContain(`${base}data/${id}.csv`);
      expect(hrefs).toContain(`${base}data/${id}.json`);
      const ld = JSON.parse(p.root.querySelector('script[type="application/ld+json"]')!.text);
      expect(ld).toMatchObject({ '@type': 'Dataset', name: dataset.title[lang], version, dateModified: dataset.lastVerified, inLanguage: lang });
      expect(ld.distribution.map((d: { contentUrl: string }) => new URL(d.contentUrl).pathname)).toEqual([`${base}data/${id}.csv`, `${base}data/${id}.json`]);
      expect(ld.isBasedOn.length).toBeGreaterThan(0);
      // One row anchor per observation.
      expect(p.root.querySelectorAll('table.observations tbody tr[id]')).toHaveLength(dataset.observations.length);
    }
  });
});

describe('downloads', () => {
  it.each(datasets.map((d) => d.id))('%s: the CSV parses and its numbers round-trip exactly to the JSON', (id) => {
    const { header, rows } = parseTable(`data/${id}.csv`);
    expect(header).toEqual(OBSERVATION_FIELDS.map((f) => f.name));
    const json = JSON.parse(read(`data/${id}.json`));
    expect(json.version).toBe(datasetVersion(registry.datasets.get(id)!));
    expect(rows).toHaveLength(json.observations.length);
    // A computed observation names no source (CSV source empty, JSON without one): its inputs carry theirs.
    const byKey = new Map<string, number>(json.observations.map((o: { period: string; region: string; series: string; source?: string; value: number }) => [`${quantityKey(o)}|${o.source ?? ''}`, o.value]));
    for (const row of rows) {
      const key = `${quantityKey(row as { period: string; region: string; series: string })}|${row.source}`;
      expect(byKey.has(key), key).toBe(true);
      expect(Number(row.value), key).toBe(byKey.get(key));
      expect(row.version).toBe(json.version);
      expect(row.licence, key).toBe('CC-BY-4.0');
    }
    const dataset = registry.datasets.get(id)!;
    expect(json.sources.map((s: { id: string }) => s.id).sort()).toEqual(sourceIdsOf(dataset, registry.datasets).sort());
    expect(json.licence).toMatchObject({ compilation: 'CC-BY-4.0', figures: 'facts-reported-by-sources' });
    // Every computed value is labelled so in both files, with its method and inputs; no other row is.
    const computed = dataset.observations.filter((o) => o.derived);
    expect(rows.filter((r) => r.computed === 'true')).toHaveLength(computed.length);
    expect(json.observations.filter((o: { computed?: boolean }) => o.computed === true)).toHaveLength(computed.length);
    for (const o of computed) {
      const row = rows.find((r) => r.period === o.period && r.region === o.region && r.series === o.series && r.computed === 'true')!;
      expect(row.derived_method).toBe(o.derived!.method);
      expect(row.derived_inputs).toBe(o.derived!.inputs.map((ref) => refKey(ref, id)).join(' ; '));
    }
  });

  it('the cross rates and the capture-plus-aquaculture sum are computed, not typed, and labelled on the page', () => {
    const fx = parseTable('data/exchange-rate-idr-jpy.csv').rows.filter((r) => r.computed === 'true');
    expect(fx.map((r) => [r.period, r.value])).toEqual([
      ['2026-02-20', '108.73'], ['2026-02-26', '107.43'], ['2026-03-02', '107.44'], ['2026-03-03', '107.17'], ['2026-03-04', '107.34'],
    ]);
    for (const lang of LANGS) {
      const table = page(`${base}${lang}/data/exchange-rate-idr-jpy/`).root.querySelector('table.observations')!;
      expect(table.querySelectorAll('tr[data-computed="true"]')).toHaveLength(5);
      expect(table.querySelectorAll('tr[data-computed="true"] [data-status="computed"]')).toHaveLength(5);
    }
  });

  it('the Data Package lists every CSV with a schema matching its header', () => {
    const pkg = JSON.parse(read('data/datapackage.json'));
    const csvs = distFiles().filter((f) => /^data\/[^/]+\.csv$/.test(f)).map((f) => f.slice('data/'.length)).sort();
    expect(pkg.resources.map((r: { path: string }) => r.path).sort()).toEqual(csvs);
    expect(csvs).toContain('sources.csv');
    for (const resource of pkg.resources) {
      expect(resource.schema.fields.map((f: { name: string }) => f.name), resource.path).toEqual(parseCsv(read(`data/${resource.path}`))[0]);
      expect(resource.licenses.length).toBeGreaterThan(0);
    }
  });

  it('quotes every field that holds a comma, a quote or a line break (RFC 4180)', () => {
    const files = distFiles().filter((f) => /^data\/[^/]+\.csv$/.test(f));
    let quoted = 0;
    for (const file of files) {
      const raw = read(file);
      for (const field of parseCsv(raw).flat().filter((f) => /[",\r\n]/.test(f))) {
        expect(raw, `${file}: ${field}`).toContain(`"${field.replace(/"/g, '""')}"`);
        quoted++;
      }
    }
    // The real data has at least one (a series label with a comma); a comma plus a quote is proven by
    // src/lib/data/downloads.test.ts and by the fixture build in tests/content/xss.test.ts.
    expect(quoted).toBeGreaterThan(0);
  });
});

describe('conflicts', () => {
  const declared = datasets.flatMap((d) => d.conflicts.map((c) => ({ dataset: d, conflict: c })));

  it('every declared conflict is visible on its dataset page with both values and both sources', () => {
    for (const { dataset, conflict } of declared) {
      const observations = dataset.observations.filter((o) => quantityKey(o) === quantityKey(conflict));
      for (const lang of LANGS) {
        const p = page(`/${lang}/data/${dataset.id}/`);
        const entry = p.root.getElementById(conflictAnchor(conflict));
        expect(entry, `${p.url}#${conflictAnchor(conflict)}`).not.toBeNull();
        const values = entry!.querySelectorAll('data').map((d) => Number(d.getAttribute('value')));
        const links = entry!.querySelectorAll('a[href^="http"]').map((a) => a.getAttribute('href'));
        for (const o of observations) {
          expect(values, `${p.url}: ${o.source}`).toContain(o.value);
          expect(links).toContain(registry.sources.get(o.source)!.url);
        }
        expect(entry!.text).toContain(conflict.explanation[lang].slice(0, 20));
      }
    }
  });

  // The site promises at least three visible disagreements between sources (each checked above).
  it('at least three conflicts are declared across the datasets', () => {
    expect(declared.length).toBeGreaterThanOrEqual(3);
  });
});

describe('status, source chains and grades on the pages', () => {
  it('labels the Bitung port\'s 1,048 vessels as a capacity, not a count, in three languages', () => {
    const labels = { ja: '能力値', id: 'kapasitas', en: 'capacity' } as const;
    for (const lang of LANGS) {
      const row = page(`${base}${lang}/data/pps-bitung-landings/`).root.querySelector('tr#obs-vessels-71-72-2023-01-2023-12')!;
      expect(row.getAttribute('data-status')).toBe('capacity');
      expect(row.querySelector('[data-status="capacity"]')!.text.trim()).toBe(labels[lang]);
    }
  });

  it('names the original publisher before the outlet, and explains the grades in visible text', () => {
    const via = { ja: 'BPS Sulawesi Utara（Jurnal Manado経由）', id: 'BPS Sulawesi Utara, melalui Jurnal Manado', en: 'BPS Sulawesi Utara, via Jurnal Manado' } as const;
    for (const lang of LANGS) {
      const grdp = page(`${base}${lang}/data/grdp/`).root;
      expect(grdp.querySelector('tr#obs-current-prices-71-2025')!.text).toContain(via[lang]);
      expect(grdp.querySelector('#grades')!.text.length).toBeGreaterThan(100);
      const catalogue = page(`${base}${lang}/data/`).root;
      expect(catalogue.querySelector('#grades')).not.toBeNull();
    }
  });

  it('says which of the six fishery-export datasets to cite for what, on each page and in the catalogue', () => {
    const fishery = datasets.filter((d) => d.topic === 'fishery-exports');
    expect(fishery).toHaveLength(6);
    for (const lang of LANGS) {
      for (const d of fishery) {
        const list = page(`${base}${lang}/data/${d.id}/`).root.querySelector('.cite-for')!;
        expect(list.querySelectorAll('li')).toHaveLength(6);
        expect(list.querySelector('[aria-current="page"]')).not.toBeNull();
      }
      expect(page(`${base}${lang}/data/`).root.querySelector('#cite-for-fishery-exports')).not.toBeNull();
    }
  });

  it('states the compilation licence and the sources\' terms on every dataset page', () => {
    for (const d of datasets) {
      const facts = page(`${base}en/data/${d.id}/`).root.querySelector('.facts .licence')!;
      expect(facts.querySelector('[data-licence="CC-BY-4.0"] a[rel~="license"]'), d.id).not.toBeNull();
      expect(facts.text, d.id).toContain("publishers' terms");
    }
  });
});
