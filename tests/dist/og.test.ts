import { describe, expect, it } from 'vitest';
import { LANGS } from '~/i18n/langs';
import { DIST, SITE } from '../lib/dist';
import { folderSite, sitePages } from '../lib/gates/site';
import { ogImageProblems } from '../lib/gates/ogImages';

/*
 * Issue 15: every page has a 1200×630 og:image in its language; articles, hubs, datasets, opportunities and
 * regency pages their own, list and index pages their section's (tests/lib/gates/ogImages.ts proves the gate
 * bites on fixtures).
 */
const site = folderSite(DIST, { origin: SITE, base: process.env.BASE_PATH ?? '/' });
const { images, problems } = ogImageProblems(site);
const OWN = /^\/(ja|id|en)\/(news\/(?!page\/|kind\/|sector\/)[^/]+|data\/[^/]+|invest\/opportunities\/[^/]+|regions\/[^/]+|fisheries|mining|tourism|work-in-japan|economy)\/$/;
const SECTION: [RegExp, string][] = [[/^\/(\w+)\/news\//, 'news/'], [/^\/(\w+)\/data\//, 'data/'], [/^\/(\w+)\/invest\//, 'invest/'], [/^\/(\w+)\/regions\//, 'regions/'], [/^\/(\w+)\/[\w-]+\/$/, '']];

describe('social preview images', () => {
  it('gives every page (but redirects) a valid 1200×630 PNG og:image with its tags', () => {
    expect(problems).toEqual([]);
    const redirects = sitePages(site).filter((p) => p.root.querySelector('meta[http-equiv="refresh"]')).length;
    expect(images.size).toBe(sitePages(site).length - redirects);
    expect(images.size).toBeGreaterThan(500);
  });

  it('gives articles, hubs, datasets, opportunities and regency pages an image of their own, in each language', () => {
    const own = [...images].filter(([url]) => OWN.test(url));
    for (const kind of ['/news/', '/data/', '/invest/opportunities/', '/regions/', '/fisheries/']) expect(own.filter(([u]) => u.includes(kind)).length, kind).toBeGreaterThanOrEqual(3);
    for (const [url, file] of own) {
      const [, lang] = OWN.exec(url)!;
      const section = SECTION.find(([re]) => re.test(url))![1];
      expect(file, `${url} has its own image, not its section's`).not.toBe(images.get(`/${lang}/${section}`));
      for (const other of LANGS.filter((l) => l !== lang)) {
        const twin = images.get(url.replace(`/${lang}/`, `/${other}/`));
        if (twin) expect(twin, `${url}: each language its own image`).not.toBe(file);
      }
      const html = site.read(`${url.slice(1)}index.html`).toString('utf8');
      const title = /<meta property="og:title" content="([^"]*)"/.exec(html)![1]!;
      expect(/<meta property="og:image:alt" content="([^"]*)"/.exec(html)![1], `${url}: alt text names the title`).toContain(title);
    }
  });

  it('gives list pages their section image: one image for every page of a list', () => {
    for (const lang of LANGS) {
      const index = images.get(`/${lang}/news/`);
      expect(index).toBeDefined();
      const listPages = [...images].filter(([u]) => u.startsWith(`/${lang}/news/page/`) || u.startsWith(`/${lang}/news/kind/`));
      expect(listPages.length).toBeGreaterThan(0);
      for (const [url, file] of listPages) expect(file, url).toBe(index);
    }
  });

  it('ships only images some page names', () => {
    const named = new Set(images.values());
    expect(site.files.filter((f) => f.startsWith('og/') && !named.has(f))).toEqual([]);
  });
});
