import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT } from '~/content.config';
import { readContent } from '~/lib/content/read';
import { sameSite } from '~/lib/invest/contacts';
import { hasDatedChannel, MIN_PROFILE_CONTACTS } from '~/lib/invest/deskContacts';
import { pages } from '../lib/dist';
import { contactProblems } from '../lib/gates/presence';
import { LANGS } from '~/i18n/index';

const find = (url: string) => pages().find((p) => p.url === url);
const { content: registry } = readContent(resolve('content'), CONTENT);
const sources = registry.sources;

describe('opportunity profiles', () => {
  const ids = [...registry.opportunities.keys()];

  it('there are at least six, each built in three languages', () => {
    expect(ids.length).toBeGreaterThanOrEqual(6);
    for (const lang of LANGS) for (const id of ids) expect(find(`/${lang}/invest/opportunities/${id}/`), `/${lang}/invest/opportunities/${id}/`).toBeDefined();
  });

  for (const lang of LANGS) {
    it(`/${lang}/: each profile shows status, last-verified date, a places map, key facts, sources and official contacts`, () => {
      for (const id of ids) {
        const url = `/${lang}/invest/opportunities/${id}/`;
        const page = find(url)!;
        const root = page.root;
        expect(root.querySelector('.status-badge')?.text.trim(), `${url} status`).toBeTruthy();
        expect(root.querySelector('[data-last-verified]')?.getAttribute('data-last-verified'), `${url} last verified`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(root.querySelector('svg.map-svg[role="img"]'), `${url} places map`).toBeTruthy();
        expect(root.querySelectorAll('svg.map-svg .marker').length, `${url} map markers`).toBeGreaterThan(0);
        const facts = root.querySelectorAll('.key-figures .figure-card');
        expect(facts.length, `${url} key facts`).toBe(registry.opportunities.get(id)!.keyFacts.length);
        for (const fact of facts) {
          expect(fact.querySelector('data[value]'), `${url} fact value in <data>`).toBeTruthy();
          expect(fact.querySelector('a[href*="/data/"]')?.getAttribute('href'), `${url} fact links its dataset row`).toMatch(/#obs-/);
        }
        expect(root.querySelectorAll('.sources li').length, `${url} sources`).toBeGreaterThanOrEqual(1);
        // Search facet: profiles are findable as kind "opportunity".
        expect(page.html).toContain('data-pagefind-filter="kind:opportunity"');
        expect(contactProblems(page, registry.opportunities.get(id)!.contacts.length)).toEqual([]);
        // Each listed office links to its directory entry; at least one shows a channel an official source states.
        const listed = root.querySelectorAll('.desk-contacts li');
        expect(listed.length, `${url} offices`).toBeGreaterThanOrEqual(MIN_PROFILE_CONTACTS);
        for (const li of listed) expect(li.querySelector('a.contact-name')?.getAttribute('href'), `${url} contact link`).toMatch(/invest\/contacts\/#contact-[a-z0-9-]+$/);
        expect(root.querySelectorAll('.desk-contacts [data-channel]:not([data-channel="none"])').length, `${url} a sourced channel`).toBeGreaterThanOrEqual(1);
        expect(root.querySelector('.desk-contacts')!.innerHTML, `${url} no stand-in desk`).not.toMatch(/iipcnewyork|layanan-publik-wni|New York/);
      }
    });
  }

  it('the content has official contacts to show (so the contact checks above check something)', () => {
    expect([...registry.opportunities.values()].reduce((n, o) => n + o.contacts.length, 0)).toBeGreaterThan(0);
  });

  it('the contacts directory is built in every language with every office, and each printed channel names its source and checked date', () => {
    const total = registry.contacts.size;
    expect(total).toBeGreaterThanOrEqual(12);
    for (const lang of LANGS) {
      const page = find(`/${lang}/invest/contacts/`)!;
      expect(page, `/${lang}/invest/contacts/`).toBeDefined();
      expect(page.root.querySelectorAll('[data-contact]').length).toBe(total);
      const channels = page.root.querySelectorAll('dd[data-channel]');
      const expected = [...registry.contacts.values()].reduce((n, c) => n + ['url', 'email', 'phone', 'address'].filter((k) => c[k as 'url'] !== 'not-published').length, 0);
      expect(channels.length).toBe(expected);
      for (const dd of channels) {
        const source = sources.get(dd.getAttribute('data-source') ?? '');
        expect(source?.grade, `${lang} channel source`).toBe('A');
        expect(dd.querySelector('time')?.getAttribute('datetime')).toBe(dd.getAttribute('data-checked'));
        if (dd.getAttribute('data-channel') === 'url') expect(sameSite(dd.querySelector('a')!.getAttribute('href')!, source!.url)).toBe(true);
      }
    }
    expect([...registry.contacts.values()].filter(hasDatedChannel).length).toBeGreaterThanOrEqual(6);
  });

  it('every hub lists offices from the directory', () => {
    for (const hub of registry.hubs.values()) {
      expect(hub.contacts.length, hub.id).toBeGreaterThanOrEqual(2);
      for (const lang of LANGS) expect(find(`/${lang}/${hub.id}/`)!.root.querySelectorAll('.desk-contacts li').length, `${lang}/${hub.id}`).toBe(hub.contacts.length);
    }
  });

  it('profiles are listed on the invest landing page in every language', () => {
    for (const lang of LANGS) {
      const page = find(`/${lang}/invest/`)!;
      expect(page, `/${lang}/invest/`).toBeDefined();
      expect(page.root.querySelectorAll('.opportunity-card').length).toBe(ids.length);
      expect(page.root.querySelector(`a[href$="/${lang}/invest/guide/"]`)).toBeTruthy();
      expect(page.root.querySelector(`a[href$="/${lang}/invest/timeline/"]`)).toBeTruthy();
    }
  });
});

describe('cooperation timeline', () => {
  it('has at least twelve dated, sourced events', () => {
    expect(registry.timeline.size).toBeGreaterThanOrEqual(12);
    for (const event of registry.timeline.values()) expect(event.sources.length, event.id).toBeGreaterThan(0);
  });

  for (const lang of LANGS) {
    it(`/${lang}/invest/timeline/ groups every event by decade, with a sector index and a filter`, () => {
      const root = find(`/${lang}/invest/timeline/`)!.root;
      const events = root.querySelectorAll('.decade .timeline-event');
      expect(events.length).toBe(registry.timeline.size);
      for (const e of events) expect(e.querySelector('time[datetime]'), e.id).toBeTruthy();
      // Decades in order, each event inside its own decade.
      const decades = root.querySelectorAll('section.decade').map((s) => Number(s.getAttribute('data-decade')));
      expect(decades).toEqual([...decades].sort((a, b) => a - b));
      for (const section of root.querySelectorAll('section.decade')) {
        for (const time of section.querySelectorAll('.timeline-event time')) {
          expect(Math.floor(Number(time.getAttribute('datetime')!.slice(0, 4)) / 10) * 10).toBe(Number(section.getAttribute('data-decade')));
        }
      }
      // Without JS: a sector index whose links reach events on the page.
      const indexLinks = root.querySelectorAll('.sector-index a[href^="#event-"]');
      expect(indexLinks.length).toBeGreaterThanOrEqual(registry.timeline.size);
      for (const a of indexLinks) expect(root.querySelector(a.getAttribute('href')!), a.getAttribute('href')!).toBeTruthy();
      // With JS: the filter ships hidden, with pressed-state buttons and a live region.
      const filter = root.querySelector('[data-timeline-filter]')!;
      expect(filter.hasAttribute('hidden')).toBe(true);
      expect(filter.querySelectorAll('button[aria-pressed]').length).toBeGreaterThan(2);
      expect(filter.querySelector('[role="status"][aria-live="polite"]')).toBeTruthy();
      // Planned events are marked as such.
      const planned = [...registry.timeline.values()].filter((e) => e.status === 'planned').length;
      expect(root.querySelectorAll('.timeline-event[data-status="planned"] .planned').length).toBe(planned);
    });
  }
});

describe('investor guide', () => {
  const rates = registry.datasets.get('exchange-rate-idr-jpy')!.observations.map((o) => o.period);

  for (const lang of LANGS) {
    it(`/${lang}/invest/guide/ converts rupiah to yen at a dated rate from the exchange-rate dataset`, () => {
      const root = find(`/${lang}/invest/guide/`)!.root;
      const prose = root.querySelector('[data-figure-check]');
      expect(prose, 'guide prose is figure-checked').toBeTruthy();
      const conversions = prose!.querySelectorAll('[data-jpy]');
      expect(conversions.length).toBeGreaterThanOrEqual(3);
      for (const c of conversions) {
        const date = c.querySelector('time')?.getAttribute('datetime');
        expect(rates, `rate date ${date}`).toContain(date);
        expect(c.getAttribute('data-rate-date')).toBe(date);
        expect(Number(c.querySelector('data')?.getAttribute('value'))).toBeGreaterThan(0);
        expect(c.text).toMatch(lang === 'ja' ? /約.*円/ : lang === 'id' ? /sekitar ¥/ : /about ¥/);
        expect(c.querySelector('a[href*="/data/exchange-rate-idr-jpy/#obs-"]')).toBeTruthy();
      }
      // The minimum wage is quoted from its dataset, with a yen equivalent beside it.
      expect(prose!.querySelector('a[href*="/data/minimum-wage/#obs-ump-71-2026"]')).toBeTruthy();
      expect(root.querySelector('[data-jpy-note] time')?.getAttribute('datetime')).toBe(conversions[0]!.getAttribute('data-rate-date'));
    });
  }

  it('the Japanese guide is written in the polite form', () => {
    const text = find('/ja/invest/guide/')!.root.querySelector('[data-figure-check]')!.text;
    expect(text.match(/です|ます/g)!.length).toBeGreaterThan(10);
    expect(text).not.toMatch(/である。/);
  });
});
