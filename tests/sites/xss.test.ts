import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '~/lib/data/csvRead';
import { checkFigures } from '~/lib/data/figureCheck';
import { article, validContent, writeContent } from '../fixtures/contentFixture';
import { notTranslatedProblems } from '../lib/gates/presence';
import { buildFixture as build } from '../lib/fixtureBuild';
import { LANGS } from '~/i18n/index';

const EVIL = '<script>alert(1)</script>';
/** The fixture build's output folder, shared with the missing-translation checks at the end. */
let sharedOut = '';
const builtOut = () => {
  if (!sharedOut) throw new Error('the fixture build did not run');
  return sharedOut;
};
const withFig = (lang: string, fig: string) => article('meeting', lang, 'datasets: [wage]\n').replace('Body.', `The wage is ${fig} a month.`);

describe('a hostile dataset title and a <Fig> in a real build', () => {
  let out = '';
  const read = (path: string) => readFileSync(join(out, path), 'utf8');

  beforeAll(() => {
    const tree = validContent();
    const wage = tree.datasets['wage.json']!;
    wage.title = { ja: `${EVIL}賃金`, id: `${EVIL} Upah`, en: `${EVIL} Wage` };
    wage.series = [{ id: 'value', label: { ja: '賃金', id: 'Upah', en: 'Wage, "monthly"' } }];
    for (const lang of LANGS) tree.articles[`${lang}/meeting.mdx`] = withFig(lang, '<Fig d="wage" period="2026" />');
    // An article written only in English, for the missing-translation behaviour below.
    tree.articles['en/only-english.mdx'] = article('only-english', 'en');
    const result = build(writeContent(tree, { onRealContent: true }));
    // The fixture has no hubs or timeline; its datasets, sources and articles must have loaded.
    expect(result.output).not.toMatch(/\[ERROR\]|collection \\?"(datasets|sources|regions|articles)\\?" does not exist/);
    expect(result.status).toBe(0);
    out = result.out;
    sharedOut = out;
  }, 180_000);

  it('renders the title as text on the dataset page', () => {
    const html = read('en/data/wage/index.html');
    // In text the title is escaped; in attribute values "<" is harmless and may stay. What must never
    // happen is a script element made from the title.
    const scripts = parse(html).querySelectorAll('script');
    expect(scripts.filter((s) => s.text.trim() === 'alert(1)')).toEqual([]);
    expect(scripts.filter((s) => s.innerHTML.includes('</script')).length).toBe(0);
    expect(html).not.toMatch(/>[^<"]*<script>alert\(1\)/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Wage');
    expect(parse(html).querySelector('h1')!.text).toBe(`${EVIL} Wage`);
    expect(parse(read('en/data/index.html')).querySelector('#ds-wage h3')!.text).toBe(`${EVIL} Wage`);
  });

  it('escapes < in the JSON-LD so the title cannot close the script element', () => {
    const html = read('ja/data/wage/index.html');
    const raw = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(raw).toContain('\\u003cscript>alert(1)\\u003c/script>');
    expect(raw).not.toContain('<');
    expect(JSON.parse(raw).name).toBe(`${EVIL}賃金`);
  });

  it('quotes a CSV field with a comma and a quote, and parses it back', () => {
    const csv = read('data/wage.csv');
    expect(csv).toContain('"Wage, ""monthly"""');
    const [header, ...rows] = parseCsv(csv);
    expect(rows.map((r) => r[header!.indexOf('series_label')])).toEqual(['Wage, "monthly"', 'Wage, "monthly"']);
  });

  it('prints <Fig> per language inside <data>, linked to the dataset row and the source', () => {
    const expected = { ja: '4,002,630ルピア', id: 'Rp4.002.630', en: 'Rp4,002,630' };
    for (const [lang, text] of Object.entries(expected)) {
      const html = read(`${lang}/news/meeting/index.html`);
      const fig = parse(html).querySelector('.prose .fig')!;
      expect(fig.querySelector('data[value="4002630"]')!.text).toBe(text);
      // The figure's marker points to its numbered note, which links the dataset row and the source.
      expect(fig.querySelectorAll('.fig-ref a').map((a) => a.getAttribute('href'))).toEqual(['#fig-note-1']);
      const note = parse(html).querySelector('.fig-notes li#fig-note-1')!;
      expect(note.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([`/${lang}/data/wage/#obs-value-71-2026`, 'https://sulut.bps.go.id/']);
      expect(read(`${lang}/data/wage/index.html`)).toContain('id="obs-value-71-2026"');
      expect(checkFigures(html)).toEqual([]);
    }
  });
});

describe('a <Fig> that names no observation fails the build', () => {
  it('names the article, the dataset and the observation key', { timeout: 180_000 }, () => {
    const tree = validContent();
    for (const lang of LANGS) tree.articles[`${lang}/meeting.mdx`] = withFig(lang, '<Fig d="wage" period="1999" />');
    const { status, output } = build(writeContent(tree, { onRealContent: true }));
    expect(status).not.toBe(0);
    expect(output).toMatch(/articles\/(ja|id|en)\/meeting\.mdx:\d+: <Fig d="wage" period="1999" \/>: no observation for period 1999, region 71, series value in dataset "wage"/);
    // Found by the content check, before any page renders: one line each, no stack trace.
    expect(output).not.toMatch(/Stack trace|Caught error rendering/);
  });
});

describe('a translation that does not exist yet, in the same build', () => {
  it('is listed as missing and the switcher sends readers to the nearest translated parent, saying so', () => {
    const out = builtOut();
    const en = parse(readFileSync(join(out, 'en/news/only-english/index.html'), 'utf8'));
    for (const lang of ['ja', 'id']) {
      const link = en.querySelector(`.lang-switcher a[hreflang="${lang}"]`)!;
      expect(link.getAttribute('href')).toBe(`/${lang}/news/#not-translated`);
      expect(link.getAttribute('data-translated')).toBe('false');
      expect(link.querySelector('.fallback')?.text.length ?? 0).toBeGreaterThan(3);
      const parent = parse(readFileSync(join(out, `${lang}/news/index.html`), 'utf8'));
      expect(parent.getElementById('not-translated')).not.toBeNull();
      // The listing's link checks (hreflang, lang, target) on a build where something is untranslated.
      expect(notTranslatedProblems({ url: `/${lang}/news/`, root: parent }, lang, ['only-english'])).toEqual([]);
      expect(parent.querySelector('.not-translated-list')?.text).toContain('Title en');
      expect(existsSync(join(out, lang, 'news', 'only-english'))).toBe(false);
    }
    expect(en.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => l.getAttribute('hreflang'))).toEqual(['en', 'x-default']);
  });
});
