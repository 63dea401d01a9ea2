import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '~/i18n/index';
import { DIST, SITE, fileForPath, page } from '../lib/dist';
import { folderSite } from '../lib/gates/site';
import { BUDGETS, pageWeight } from '../lib/gates/weight';

const DATASET_IDS = readdirSync(join(process.env.ATLAS_CONTENT_DIR ?? 'content', 'datasets'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));
const site = folderSite(DIST, { origin: SITE, base: process.env.BASE_PATH ?? '/' });
/** A string only chart.js's own code holds (its error for a canvas drawn twice): marks the library's chunk. */
const CHART_JS_MARK = 'Canvas is already in use';
const holdsChartJs = (files: string[]) => files.filter((f) => site.read(f).toString('utf8').includes(CHART_JS_MARK));

describe('charts on dataset pages', () => {
  it.each(DATASET_IDS)('%s has a complete chart figure in every language', (id) => {
    for (const lang of LANGS) {
      const url = `/${lang}/data/${id}/`;
      const root = page(url).root;
      const figure = root.querySelector(`figure#chart-${id}[data-chart-figure]`);
      expect(figure, `${url}: figure`).not.toBeNull();
      expect(figure!.querySelector(`a.permalink[href="#chart-${id}"]`)?.text, `${url}: permalink`).toBe('#');
      const summary = figure!.querySelector('.chart-summary');
      expect(summary?.text.trim().length ?? 0, `${url}: summary`).toBeGreaterThan(10);
      expect(figure!.querySelectorAll('[data-chart-source] a[href^="http"]').length, `${url}: source line`).toBeGreaterThan(0);

      const spec = JSON.parse(figure!.querySelector('script[data-chart-spec]')!.text);
      expect(spec.state, `${url}: chart state`).toBe('ok');
      const canvas = figure!.querySelector('canvas[role="img"]')!;
      expect(canvas.getAttribute('aria-describedby')).toBe(summary!.getAttribute('id'));
      expect(canvas.getAttribute('aria-label')).toBe(spec.title);

      // The table holds exactly the plotted values, row by row.
      const rows = figure!.querySelectorAll('[data-chart-table] tbody tr');
      expect(rows.map((r) => r.querySelector('th')!.text)).toEqual(spec.labels);
      const cells = rows.map((r) => r.querySelectorAll('td').map((td) => td.querySelector('data')?.getAttribute('value') ?? null));
      const plotted = spec.labels.map((_: string, i: number) => spec.series.map((s: { values: (number | null)[] }) => (s.values[i] === null ? null : String(s.values[i]))));
      expect(cells, `${url}: table = plotted values`).toEqual(plotted);

      for (const selector of ['[data-view-button="chart"][aria-pressed="true"]', '[data-view-button="table"][aria-pressed="false"]', '[data-chart-png]', '[data-chart-csv]']) {
        expect(figure!.querySelector(selector), `${url}: ${selector}`).not.toBeNull();
      }
      expect(figure!.querySelector('[data-copy]')!.getAttribute('data-copy'), `${url}: citation`).toContain(`${SITE.replace(/\/$/, '')}/${lang}/data/${id}/`);

      // node-html-parser keeps <pre> content as raw text, entities and all.
      const snippet = figure!.querySelector('details.embed pre')!.rawText.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
      const src = /<iframe src="([^"]+)"/.exec(snippet)![1]!;
      expect(new URL(src).pathname).toBe(`/embed/${lang}/${id}/`);
      expect(fileForPath(new URL(src).pathname), `${url}: embed page exists`).toBeDefined();
    }
  });

  it.each(DATASET_IDS)('%s has a stand-alone embed page in every language, and its old address sends readers there', (id) => {
    for (const lang of LANGS) {
      const old = page(`/${lang}/embed/${id}/`).root;
      const target = new URL(`/embed/${lang}/${id}/`, SITE).toString();
      expect(old.querySelector('meta[http-equiv="refresh"]')!.getAttribute('content')).toBe(`0;url=${target}`);
      expect(old.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(target);
      expect(old.querySelector('main a')!.getAttribute('href')).toBe(target);
      const url = `/embed/${lang}/${id}/`;
      const root = page(url).root;
      expect(root.querySelector('html')!.getAttribute('lang')).toBe(lang);
      expect(root.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(new URL(`/${lang}/data/${id}/`, SITE).toString());
      expect(root.querySelector('meta[name="robots"]')!.getAttribute('content')).toContain('noindex');
      expect(root.querySelector('title')!.text.length).toBeGreaterThan(3);
      expect(root.querySelector('.site-header, .site-footer, header, footer')).toBeNull();
      expect(root.querySelectorAll('h1')).toHaveLength(1);
      const figure = root.querySelector(`figure#chart-${id}`)!;
      expect(figure.querySelector('[data-chart-source] a[href^="http"]')).not.toBeNull();
      expect(figure.querySelector('[data-chart-table] table')).not.toBeNull();
      expect(figure.querySelector('details.embed'), 'no embed code inside an embed').toBeNull();
      expect(figure.querySelector(`[data-chart-source] a[href="/${lang}/data/${id}/"]`), 'links back to the dataset').not.toBeNull();
    }
  });

  it('keeps embed pages out of the sitemap', () => {
    const sitemaps = readdirSync(DIST).filter((f) => /^sitemap.*\.xml$/.test(f));
    for (const file of sitemaps) expect(readFileSync(join(DIST, file), 'utf8')).not.toContain('/embed/');
  });

  it('loads a small chart loader up front on chart pages and chart.js only behind its dynamic import, within the budgets', () => {
    const chart = pageWeight(site, page(`/en/data/${DATASET_IDS[0]}/`));
    expect(chart.kind).toBe('chart');
    expect(chart.jsFiles.length).toBeGreaterThan(0);
    expect(holdsChartJs(chart.jsFiles), 'chart.js is not loaded up front').toEqual([]);
    expect(holdsChartJs(chart.jsTotalFiles), 'chart.js is reached through the dynamic import').toHaveLength(1);
    console.log(`chart page JS: ${(chart.jsGzip / 1024).toFixed(1)} KB up front (${chart.jsFiles.length} files), ${(chart.jsTotalGzip / 1024).toFixed(1)} KB with the chart drawn (${chart.jsTotalFiles.length} files)`);
    expect(chart.jsGzip).toBeLessThanOrEqual(BUDGETS.chartJsUpFront);
    expect(chart.jsTotalGzip).toBeLessThanOrEqual(BUDGETS.chartJs);
    expect(chart.jsTotalGzip - chart.jsGzip, 'the lazily loaded chunks hold the library').toBeGreaterThan(30 * 1024);
    const home = pageWeight(site, page('/en/'));
    expect(home.jsTotalFiles.some((f) => f.includes('ChartFigure') || f.includes('mountCharts'))).toBe(false);
  });
});

describe('tables state the unit once, in the column header (issue 15)', () => {
  // A number as the cells print it: digits with the language's separators, or Japanese 万/億/兆 grouping.
  const NUMBER_ONLY = /^[−-]?[\d.,]+(?:(?:兆|億|万)[\d.,]*)*$/;
  it('tells a bare number from a value with its unit', () => {
    for (const bare of ['4,002,630', '4.002.630', '5.2', '2兆1,000億', '6兆5,507億2,290万6,301', '-0.99']) expect(NUMBER_ONLY.test(bare), bare).toBe(true);
    for (const whole of ['Rp4,002,630', '7,020 people', '5.2%', '2兆1,000億ルピア', '7,020人']) expect(NUMBER_ONLY.test(whole), whole).toBe(false);
  });
  it('chart and observation tables on dataset pages print bare numbers under a header naming the unit', { timeout: 120_000 }, () => {
    let cells = 0;
    const problems: string[] = [];
    for (const lang of LANGS) {
      for (const id of DATASET_IDS) {
        const p = page(`/${lang}/data/${id}/`);
        for (const table of p.root.querySelectorAll('.chart-table table, table.observations')) {
          const headers = table.querySelectorAll('thead th.num').map((th) => th.text.trim());
          const unitInHeader = headers.some((h) => /[(（].+[)）]$/.test(h));
          if (!unitInHeader) continue;
          for (const data of table.querySelectorAll('tbody td.num > data')) {
            cells++;
            if (!NUMBER_ONLY.test(data.text.trim())) problems.push(`/${lang}/data/${id}/: "${data.text.trim()}" under "${headers.join(' | ')}"`);
          }
        }
      }
    }
    expect(cells).toBeGreaterThan(3000);
    expect(problems.slice(0, 20)).toEqual([]);
  });
});
