import { describe, expect, it } from 'vitest';
import { validContent, writeContent, contentProblems } from '../../../tests/fixtures/contentFixture';
import type { Bendable } from '../../../tests/fixtures/contentFixture';
import { contactsFixture, writeContacts } from '../../../tests/fixtures/contactsFixture';
import { CONTENT } from '~/content.config';
import { readContent } from '~/lib/content/read';
import { isPersonalNumber } from './deskContacts';

/** The issues of a content tree whose contacts directory was changed by `change`. */
function problems(change: (c: Record<string, Bendable>) => void): string[] {
  const contacts = contactsFixture();
  change(contacts);
  const root = writeContent(validContent());
  writeContacts(root, contacts);
  return contentProblems(root);
}

describe('contacts directory (content/contacts/)', () => {
  it('accepts the fixture and loads it', () => {
    expect(problems(() => {})).toEqual([]);
    const root = writeContent(validContent());
    writeContacts(root);
    expect([...readContent(root, CONTENT).content.contacts.keys()].sort()).toEqual(['bps-sulut', 'desk-b']);
  });

  it('fails when a printed channel has no source or no checked date', () => {
    expect(problems((c) => delete c['bps-sulut']!.url.source)[0]).toMatch(/^content\/contacts\/bps-sulut\.json › url: /);
    expect(problems((c) => delete c['bps-sulut']!.url.checked)[0]).toMatch(/^content\/contacts\/bps-sulut\.json › url: /);
    expect(problems((c) => (c['bps-sulut']!.url.checked = '2026-02-30'))[0]).toMatch(/^content\/contacts\/bps-sulut\.json › url/);
    expect(problems((c) => (c['bps-sulut']!.phone = '+62 431 123456'))[0]).toMatch(/^content\/contacts\/bps-sulut\.json › phone: /);
  });

  it('fails when a channel is stated only by a secondary source, or a website is not on its source’s site', () => {
    expect(problems((c) => (c['desk-b']!.email = { value: 'info@example.org', source: 'src-b', checked: '2026-12-05' }))).toEqual([
      'content/contacts/desk-b.json › email.source: source "src-b" is grade B; a email is printed only where an official page (grade A) states it',
    ]);
    expect(problems((c) => (c['bps-sulut']!.url.value = 'https://example.go.id/'))).toEqual([
      'content/contacts/bps-sulut.json › url.source: example.go.id is not the site of source "src-a" (sulut.bps.go.id); cite the body\'s own page',
    ]);
    expect(problems((c) => (c['bps-sulut']!.url.source = 'nope'))).toEqual(['content/contacts/bps-sulut.json › url.source: unknown source id "nope"']);
  });

  it('fails on a gap without what was searched, a personal number, or a file name that differs from the id', () => {
    expect(problems((c) => delete c['desk-b']!.searched)).toEqual([
      'content/contacts/desk-b.json › searched: url, email, phone, address marked "not-published": say what was searched',
    ]);
    expect(problems((c) => (c['bps-sulut']!.phone = { value: '0812-3456-7890', source: 'src-a', checked: '2026-12-05' }))).toEqual([
      'content/contacts/bps-sulut.json › phone.value: "0812-3456-7890" is a mobile number: list an office line, never a person\'s phone',
    ]);
    expect(problems((c) => (c['desk-b']!.id = 'other'))).toEqual(['content/contacts/desk-b.json › id: id "other" must equal the file name "desk-b"']);
  });

  it('tells office lines from mobile numbers', () => {
    for (const mobile of ['0812-3456-7890', '+62 812 345 678', '+628123456', '090-1234-5678', '080 1234 5678']) expect(isPersonalNumber(mobile), mobile).toBe(true);
    for (const office of ['03-3441-4201', '(0431) 862 150', '+62 431 862150', '021-3192-4308']) expect(isPersonalNumber(office), office).toBe(false);
  });
});
