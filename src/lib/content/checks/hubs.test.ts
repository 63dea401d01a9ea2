import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validContent, writeContent } from '../../../../tests/fixtures/contentFixture';
import type { Bendable } from '../../../../tests/fixtures/contentFixture';
import type { HubInput } from '../../../../tests/fixtures/factory';
import { formatIssue } from '../errors';
import { CONTENT } from '~/content.config';
import { readContent } from '../read';

const text = (s: string) => ({ ja: `${s}（ja）`, id: `${s} (id)`, en: s });

/** A valid hub against the shared fixture: dataset "wage" (2025, 2026), sources src-a and src-b, place "manado". */
function hub(): Bendable {
  return {
    id: 'economy',
    sector: 'economy',
    title: text('Economy'),
    standfirst: text('Standfirst'),
    lastVerified: '2026-11-29',
    headline: [
      { dataset: 'wage', period: '2025', label: text('Wage 2025') },
      { dataset: 'wage', period: '2026', label: text('Wage 2026') },
      { dataset: 'wage', period: '2026', label: text('Wage again') },
    ],
    charts: [{ dataset: 'wage' }, { dataset: 'wage-two' }],
    map: { type: 'places', places: ['manado'] },
    narrative: [
      { kind: 'context', text: { ja: '{fig:0}だ。', id: 'Upah {fig:0}.', en: 'The wage is {fig:0}.' }, figures: [{ dataset: 'wage', period: '2026' }] },
      { kind: 'risk', text: text('A risk without numbers'), sources: ['src-b'] },
    ],
    gaps: [{ text: text('Not known'), basis: 'gaps-tourism-trade-grdp.md §7', datasets: ['wage'] }],
  } satisfies HubInput;
}

function problems(change: (h: Bendable) => void, fileName = 'economy.json'): string[] {
  const h = hub();
  change(h);
  const tree = validContent();
  tree.datasets['wage-two.json'] = { ...tree.datasets['wage.json'], id: 'wage-two' };
  const root = writeContent(tree);
  writeFileSync(
    join(root, 'places.json'),
    JSON.stringify([{ id: 'manado', kind: 'seat', region: '71.71', name: text('Manado'), coordinates: [124.84, 1.49], source: 'src-a' }]),
  );
  mkdirSync(join(root, 'hubs'));
  writeFileSync(join(root, 'hubs', fileName), JSON.stringify(h));
  return readContent(root, CONTENT).issues.map((i) => formatIssue({ ...i, file: i.file.replace(/^.*\/(hubs\/)/, '$1') }));
}

describe('hub content validation', () => {
  it('accepts a valid hub', () => {
    expect(problems(() => {})).toEqual([]);
  });

  it('the real hubs in content/hubs/ are valid', () => {
    const issues = readContent('content', CONTENT).issues.filter((i) => i.file.includes('hubs/'));
    expect(issues.map(formatIssue)).toEqual([]);
  });

  it('rejects a number typed into the narrative, naming the language', () => {
    expect(problems((h) => (h.narrative[1].text.en = 'Plants ran at 37 percent.'))).toEqual([
      'hubs/economy.json › narrative[1].text.en: number "37" typed into the text; bind it to an observation with {fig:N}',
    ]);
  });

  it('rejects a number in a gap statement', () => {
    expect(problems((h) => (h.gaps[0].text.ja = '漁獲量の約30%が不明。'))).toEqual([
      'hubs/economy.json › gaps[0].text.ja: number "30" typed into the text; bind it to an observation with {fig:N}',
    ]);
  });

  it('rejects a token without a figure and a figure never used', () => {
    expect(problems((h) => (h.narrative[0].text.id = 'Upah {fig:1}.'))).toEqual([
      'hubs/economy.json › narrative[0].text.id: {fig:1} names no figure (the paragraph lists 1)',
      'hubs/economy.json › narrative[0].text.id: figures[0] is never used ({fig:0} is missing)',
    ]);
  });

  it('rejects a headline figure with no observation', () => {
    expect(problems((h) => (h.headline[0].period = '2019'))).toEqual([
      'hubs/economy.json › headline[0]: no observation for period 2019, region 71, series value in dataset "wage"',
    ]);
  });

  it('rejects a chart range bound that is not in the calendar', () => {
    expect(problems((h) => (h.charts[1] = { dataset: 'wage-two', selection: { from: '2025-13' } }))).toEqual([
      'hubs/economy.json › charts[1].selection.from: "2025-13" has no month 13 (months are 01–12)',
    ]);
  });

  it('rejects unknown datasets, series, sources and places', () => {
    expect(
      problems((h) => {
        h.charts[1] = { dataset: 'wage-two', selection: { series: ['nope'] } };
        h.charts.push({ dataset: 'ghost' });
        h.narrative[1].sources = ['src-z'];
        h.map = { type: 'places', places: ['atlantis'] };
        h.gaps[0].datasets = ['ghost'];
      }),
    ).toEqual([
      'hubs/economy.json › charts[1].selection.series[0]: unknown series "nope" in dataset "wage-two"',
      'hubs/economy.json › charts[2].dataset: unknown dataset id "ghost"',
      'hubs/economy.json › map.places[0]: unknown place id "atlantis" (not in content/places.json)',
      'hubs/economy.json › narrative[1].sources[0]: unknown source id "src-z"',
      'hubs/economy.json › gaps[0].datasets[0]: unknown dataset id "ghost"',
    ]);
  });

  it('rejects the same dataset drawn twice (chart ids would collide)', () => {
    expect(problems((h) => (h.charts[1] = { dataset: 'wage' }))).toEqual([
      'hubs/economy.json › charts[1].dataset: dataset "wage" is already drawn in charts[0]',
    ]);
  });

  it('rejects a regency map of a dataset with no regency values', () => {
    expect(problems((h) => (h.map = { type: 'regency-symbols', dataset: 'wage' }))).toEqual([
      'hubs/economy.json › map.dataset: dataset "wage" has no regency-level observations to map',
    ]);
  });

  it('rejects an id that is not the sector’s page path, and a file name that differs from the id', () => {
    expect(problems((h) => (h.sector = 'labour'), 'economy.json')).toEqual([
      'hubs/economy.json › id: a labour hub must have the id "work-in-japan" (its page path)',
    ]);
    expect(problems(() => {}, 'other.json')).toEqual(['hubs/other.json › id: id "economy" must equal the file name "other"']);
  });

  it('rejects schema problems: too few headline figures, unknown keys, a gap without a research basis', () => {
    expect(
      problems((h) => {
        h.headline = h.headline.slice(0, 2);
        h.colour = 'blue';
        h.gaps[0].basis = 'somewhere';
      }),
    ).toEqual([
      expect.stringMatching(/^hubs\/economy\.json › headline: /),
      expect.stringMatching(/^hubs\/economy\.json › gaps\[0\]\.basis: expected a research note and section/),
      expect.stringMatching(/^hubs\/economy\.json: unknown key "colour"$/),
    ]);
  });
});
