import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validContent, writeContent, contentProblems } from '../../../../tests/fixtures/contentFixture';
import type { Bendable } from '../../../../tests/fixtures/contentFixture';
import type { OpportunityInput, TimelineEventInput } from '../../../../tests/fixtures/factory';
import { CONTENT } from '~/content.config';
import { readContent } from '../read';
import { writeContacts } from '../../../../tests/fixtures/contactsFixture';

const text = (s: string) => ({ ja: `${s}（ja）`, id: `${s} (id)`, en: s });

/** A valid profile against the shared fixture: dataset "wage", sources src-a (A) and src-b (B), place "manado". */
function profile(): Bendable {
  return {
    id: 'wage-work',
    sector: 'labour',
    title: text('Work'),
    summary: text('Summary'),
    status: 'operating',
    lastVerified: '2026-11-29',
    places: ['manado'],
    keyFacts: [{ dataset: 'wage', period: '2026' }],
    incentives: [{ text: text('Duty waived'), source: 'src-a' }],
    risks: [text('Risk')],
    contacts: ['bps-sulut', 'desk-b'],
    sources: ['src-a'],
    datasets: ['wage'],
  } satisfies OpportunityInput;
}

function timeline(): Bendable[] {
  return [
    { id: 'first', date: '1927', sectors: ['fisheries'], title: text('First'), description: text('D'), status: 'happened', sources: ['src-a'] },
    { id: 'second', date: '2026-02-11', sectors: ['labour'], title: text('Second'), description: text('D'), status: 'planned', sources: ['src-b'] },
  ] satisfies TimelineEventInput[];
}

function problems(change: (o: Bendable, events: Bendable[]) => void): string[] {
  const o = profile();
  const events = timeline();
  change(o, events);
  const root = writeContent(validContent());
  writeContacts(root);
  writeFileSync(
    join(root, 'places.json'),
    JSON.stringify([{ id: 'manado', kind: 'seat', name: text('Manado'), coordinates: [124.84, 1.49], region: '71.71', source: 'src-a' }]),
  );
  mkdirSync(join(root, 'opportunities'));
  writeFileSync(join(root, 'opportunities', 'wage-work.json'), JSON.stringify(o));
  writeFileSync(join(root, 'timeline.json'), JSON.stringify(events));
  return contentProblems(root);
}

describe('opportunity and timeline validation', () => {
  it('accepts a valid profile and timeline', () => {
    expect(problems(() => {})).toEqual([]);
  });

  it('loads both into the registry', () => {
    const root = writeContent(validContent());
    writeContacts(root);
    mkdirSync(join(root, 'opportunities'));
    writeFileSync(join(root, 'places.json'), JSON.stringify([{ id: 'manado', kind: 'seat', name: text('M'), coordinates: [124.84, 1.49], region: '71.71', source: 'src-a' }]));
    writeFileSync(join(root, 'opportunities', 'wage-work.json'), JSON.stringify(profile()));
    writeFileSync(join(root, 'timeline.json'), JSON.stringify(timeline()));
    const { content: registry } = readContent(root, CONTENT);
    expect([...registry.opportunities.keys()]).toEqual(['wage-work']);
    expect([...registry.timeline.values()].map((e) => e.id)).toEqual(['first', 'second']);
  });

  it('rejects an unknown source', () => {
    expect(problems((o) => (o.sources = ['src-a', 'nope']))).toEqual(['content/opportunities/wage-work.json › sources[1]: unknown source id "nope"']);
    expect(problems((o) => (o.incentives[0].source = 'nope'))).toEqual(['content/opportunities/wage-work.json › incentives[0].source: unknown source id "nope"']);
  });

  it('rejects a key fact that names no observation', () => {
    expect(problems((o) => (o.keyFacts[0].period = '2030'))).toEqual([
      'content/opportunities/wage-work.json › keyFacts[0]: no observation for period 2030, region 71, series value in dataset "wage"',
    ]);
    expect(problems((o) => (o.keyFacts[0].dataset = 'salary'))).toEqual(['content/opportunities/wage-work.json › keyFacts[0]: unknown dataset "salary"']);
  });

  it('rejects a key fact with an unknown region', () => {
    expect(problems((o) => (o.keyFacts[0].region = '71.99'))).toEqual(['content/opportunities/wage-work.json › keyFacts[0].region: unknown region code "71.99"']);
  });

  it('rejects a typed number in place of an observation reference', () => {
    const [line] = problems((o) => (o.keyFacts[0].value = 4002630));
    expect(line).toBe('content/opportunities/wage-work.json › keyFacts[0]: unknown key "value"');
  });

  it('rejects an unknown place and an unknown related dataset', () => {
    expect(problems((o) => (o.places = ['likupang']))).toEqual(['content/opportunities/wage-work.json › places[0]: unknown place id "likupang" (not in content/places.json)']);
    expect(problems((o) => (o.datasets = ['nope']))).toEqual(['content/opportunities/wage-work.json › datasets[0]: unknown dataset id "nope"']);
  });

  it('rejects a profile with fewer than two offices, an unknown office, or no office reachable through a sourced channel', () => {
    expect(problems((o) => (o.contacts = ['bps-sulut']))).toEqual([
      'content/opportunities/wage-work.json › contacts: lists 1 office(s); a profile names at least 2 from content/contacts/',
    ]);
    expect(problems((o) => (o.contacts = ['bps-sulut', 'nope']))).toEqual(['content/opportunities/wage-work.json › contacts[1]: unknown contact id "nope" (not in content/contacts/)']);
    expect(problems((o) => (o.contacts = ['desk-b', 'desk-b']))).toEqual([
      'content/opportunities/wage-work.json › contacts: none of the offices has a sourced, dated channel (website, e-mail, phone or address): add one that has',
    ]);
  });

  it('rejects a contact written inline instead of a directory id', () => {
    const [line] = problems((o) => (o.contacts[0] = { name: text('BPS'), url: 'https://sulut.bps.go.id/', source: 'src-a' }));
    expect(line).toMatch(/^content\/opportunities\/wage-work\.json › contacts\[0\]: /);
  });

  it('rejects an unknown status and a file name that differs from the id', () => {
    expect(problems((o) => (o.status = 'rumoured'))[0]).toMatch(/wage-work\.json › status: /);
    expect(problems((o) => (o.id = 'other'))).toEqual(['content/opportunities/wage-work.json › id: id "other" must equal the file name "wage-work"']);
  });

  it('rejects timeline events with unknown sources, bad dates, duplicate ids or no sector', () => {
    expect(problems((_, e) => (e[1]!.sources = ['nope']))).toEqual(['content/timeline.json › [1].sources[0]: unknown source id "nope"']);
    expect(problems((_, e) => (e[1]!.date = '2026-02-30'))).toEqual(['content/timeline.json › [1].date: "2026-02-30" does not exist: February 2026 has days 01–28']);
    expect(problems((_, e) => (e[1]!.date = '2026-13'))).toEqual(['content/timeline.json › [1].date: "2026-13" has no month 13 (months are 01–12)']);
    expect(problems((_, e) => (e[0]!.date = 'Feb 2026'))[0]).toMatch(/\[0\]\.date: expected YYYY, YYYY-MM or YYYY-MM-DD/);
    expect(problems((_, e) => (e[1]!.id = 'first'))).toEqual(['content/timeline.json › [1].id: duplicate event id "first" (also [0])']);
    expect(problems((_, e) => (e[0]!.sectors = []))[0]).toMatch(/\[0\]\.sectors: /);
    expect(problems((_, e) => (e[0]!.status = 'rumoured'))[0]).toMatch(/\[0\]\.status: /);
  });
});
