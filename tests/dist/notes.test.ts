import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '~/i18n/index';
import { CONTENT } from '~/content.config';
import { readContent } from '~/lib/content/read';
import { noteParts } from '~/lib/content/note';
import { page } from '../lib/dist';

// Locators and source notes are localized notes: each page shows them in its own language, and a verbatim
// quote keeps its original language in <q lang="…">.
const { content: registry } = readContent(resolve(process.env.ATLAS_CONTENT_DIR ?? 'content'), CONTENT);
const datasets = [...registry.datasets.values()];
const located = datasets.flatMap((d) => d.observations.filter((o) => o.locator).map((o) => ({ dataset: d.id, locator: o.locator! })));

describe('localized locators and source notes', () => {
  it('every dataset page shows each locator in the page language', { timeout: 60_000 }, () => {
    expect(located.length).toBeGreaterThan(100);
    for (const lang of LANGS) {
      let shown = 0;
      for (const d of datasets) {
        const texts = page(`/${lang}/data/${d.id}/`).root.querySelectorAll('.observations .locator').map((el) => el.text);
        const expected = d.observations.filter((o) => o.locator).map((o) => noteParts(o.locator!, lang).map((p) => p.text).join(''));
        expect(texts, `/${lang}/data/${d.id}/`).toHaveLength(expected.length);
        for (const text of expected) expect(texts.some((t) => t.includes(text)), `/${lang}/data/${d.id}/: ${text}`).toBe(true);
        shown += texts.length;
      }
      expect(shown).toBe(located.length);
    }
  });

  it('renders a quoted locator as <q> in the quote language on every language page', { timeout: 60_000 }, () => {
    const quoted = located.filter((l) => l.locator.quote);
    expect(quoted.length).toBeGreaterThan(0);
    for (const { dataset, locator } of quoted) {
      for (const lang of LANGS) {
        const q = page(`/${lang}/data/${dataset}/`).root.querySelectorAll('.locator q').find((el) => el.text === locator.quote!.text);
        expect(q, `/${lang}/data/${dataset}/`).toBeDefined();
        expect(q!.getAttribute('lang')).toBe(locator.quote!.lang);
      }
    }
  });

  it('shows source notes in the page language in dataset source lists', { timeout: 60_000 }, () => {
    const d = registry.datasets.get('kek-likupang-investment')!;
    const noted = [...new Set(d.observations.map((o) => o.source))].map((id) => registry.sources.get(id)!).filter((s) => s.note);
    expect(noted.length).toBeGreaterThan(0);
    for (const lang of LANGS) {
      const root = page(`/${lang}/data/${d.id}/`).root;
      for (const s of noted) {
        const shown = root.querySelector(`#source-${s.id} .source-note`);
        expect(shown?.text.trim(), `/${lang}/data/${d.id}/ ${s.id}`).toBe(noteParts(s.note!, lang).map((p) => p.text).join(''));
      }
    }
  });
});
