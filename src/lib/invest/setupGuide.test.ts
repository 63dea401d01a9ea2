import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validContent, writeContent, contentProblems } from '../../../tests/fixtures/contentFixture';
import type { Bendable } from '../../../tests/fixtures/contentFixture';
import type { SetupGuideInput } from '../../../tests/fixtures/factory';
import { buildDate, latestDay, possiblyOutdated } from './setupGuide';

const text = (s: string) => ({ ja: `${s}（ja）`, id: `${s} (id)`, en: s });

describe('possibly outdated (24 months before the build date)', () => {
  it('reads the build date from SOURCE_DATE_EPOCH, else the clock', () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: '1796515200' })).toBe('2026-12-06');
    expect(buildDate({}, Date.UTC(2027, 0, 2))).toBe('2027-01-02');
  });

  it('ages a partial date from its last possible day, so nothing is called old too early', () => {
    expect(latestDay('2019')).toBe('2019-12-31');
    expect(latestDay('2024-02')).toBe('2024-02-29');
    expect(latestDay('2025-10-06')).toBe('2025-10-06');
    expect(possiblyOutdated('2024-12', '2026-12-06')).toBe(false);
    expect(possiblyOutdated('2024-11', '2026-12-06')).toBe(true);
    expect(possiblyOutdated('2024', '2026-12-06')).toBe(false);
    expect(possiblyOutdated('2023', '2026-12-06')).toBe(true);
    // The same source turns outdated as the build date moves on: computed, never hard-coded.
    expect(possiblyOutdated('2025-10-06', '2027-10-07')).toBe(true);
  });
});

function guide(): Bendable {
  return {
    id: 'g',
    title: text('Guide'),
    lede: text('Lede'),
    lastVerified: '2026-12-06',
    sections: [{ id: 's', heading: text('S'), steps: [{ id: 'a', title: text('A'), text: text('Wage {fig:0}'), figures: [{ dataset: 'wage', period: '2026' }], basis: text('PP 1/2026'), sources: ['src-a'] }] }],
  } satisfies SetupGuideInput;
}

function problems(change: (g: Bendable) => void): string[] {
  const g = guide();
  change(g);
  const root = writeContent(validContent());
  mkdirSync(join(root, 'setup'));
  writeFileSync(join(root, 'setup', 'g.json'), JSON.stringify(g));
  return contentProblems(root);
}

describe('setup guides (content/setup/)', () => {
  it('accepts a valid guide', () => {
    expect(problems(() => {})).toEqual([]);
  });

  it('rejects a step without a legal basis or sources, an unknown source, a typed number and a figure that names nothing', () => {
    expect(problems((g) => delete g.sections[0].steps[0].basis)[0]).toMatch(/^content\/setup\/g\.json › sections\[0\]\.steps\[0\]\.basis: /);
    expect(problems((g) => (g.sections[0].steps[0].sources = []))[0]).toMatch(/sections\[0\]\.steps\[0\]\.sources: /);
    expect(problems((g) => (g.sections[0].steps[0].sources = ['nope']))).toEqual(['content/setup/g.json › sections[0].steps[0].sources[0]: unknown source id "nope"']);
    expect(problems((g) => (g.sections[0].steps[0].text.en = 'Wage Rp 4002630'))[0]).toMatch(/sections\[0\]\.steps\[0\]\.text\.en: number "4002630" typed into the text/);
    expect(problems((g) => (g.sections[0].steps[0].figures[0].period = '2030'))[0]).toMatch(/sections\[0\]\.steps\[0\]\.figures\[0\]: no observation for period 2030/);
  });
});
