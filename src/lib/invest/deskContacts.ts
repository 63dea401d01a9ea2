/**
 * Rules for the investor desk's directory (content/contacts/) and for the pages that name its offices:
 * every printed channel is stated by an official source (grade A; a website on that source's own site) and
 * carries the date it was checked; a gap says what was searched; no personal number is ever printed. Each
 * opportunity profile names at least two offices, one of them reachable through a sourced, dated channel.
 */
import type { ContentIssue } from '~/lib/content/errors';
import type { CheckedContent } from '~/lib/content/checks/types';
import { CONTACT_CHANNELS, NOT_PUBLISHED, type Channel, type DeskContact } from '~/schemas/contact';
import { contactProblem } from './contacts';

/** How many offices a profile lists at least, and how many of them must have a sourced channel. */
export const MIN_PROFILE_CONTACTS = 2;

/** Indonesian (08…, +62 8…) and Japanese (070/080/090) mobile numbers: a person's phone, never an office line. */
const MOBILE = /^(\+?\s*62[\s-]*8|08|0[789]0[\s-])/;

export function isPersonalNumber(phone: string): boolean {
  return MOBILE.test(phone.trim());
}

/** The channels an official source states (value, source, checked date), in display order. */
export function publishedChannels(contact: DeskContact): { channel: (typeof CONTACT_CHANNELS)[number]; value: Channel }[] {
  return CONTACT_CHANNELS.flatMap((channel) => {
    const value = contact[channel];
    return value === NOT_PUBLISHED ? [] : [{ channel, value }];
  });
}

export function hasDatedChannel(contact: DeskContact): boolean {
  return publishedChannels(contact).length > 0;
}

/** Problems of one directory entry, against the sources it cites. */
export function contactEntryIssues(contact: DeskContact, sources: CheckedContent['sources'], file: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  if (!sources.has(contact.nameSource)) issues.push({ file, path: ['nameSource'], message: `unknown source id "${contact.nameSource}"` });
  for (const { channel, value } of publishedChannels(contact)) {
    const source = sources.get(value.source);
    const path = [channel, 'source'];
    if (!source) {
      issues.push({ file, path, message: `unknown source id "${value.source}"` });
      continue;
    }
    if (channel === 'url') {
      const problem = contactProblem(value.value, source, value.source);
      if (problem) issues.push({ file, path, message: problem });
    } else if (source.grade !== 'A') {
      issues.push({ file, path, message: `source "${source.id}" is grade ${source.grade}; a ${channel} is printed only where an official page (grade A) states it` });
    }
    if (channel === 'phone' && isPersonalNumber(value.value)) {
      issues.push({ file, path: ['phone', 'value'], message: `"${value.value}" is a mobile number: list an office line, never a person's phone` });
    }
  }
  const gaps = CONTACT_CHANNELS.filter((c) => contact[c] === NOT_PUBLISHED);
  if (gaps.length > 0 && !contact.searched) {
    issues.push({ file, path: ['searched'], message: `${gaps.join(', ')} marked "${NOT_PUBLISHED}": say what was searched` });
  }
  return issues;
}

/** Contact ids named by a page (a profile or a hub): each must exist; a profile needs two, one reachable. */
function referenceIssues(ids: readonly string[], contacts: CheckedContent['contacts'], file: string, profile: boolean): ContentIssue[] {
  const issues: ContentIssue[] = [];
  ids.forEach((id, i) => {
    if (!contacts.has(id)) issues.push({ file, path: ['contacts', i], message: `unknown contact id "${id}" (not in content/contacts/)` });
  });
  if (!profile) return issues;
  if (ids.length < MIN_PROFILE_CONTACTS) {
    issues.push({ file, path: ['contacts'], message: `lists ${ids.length} office(s); a profile names at least ${MIN_PROFILE_CONTACTS} from content/contacts/` });
  } else if (!ids.some((id) => contacts.get(id) && hasDatedChannel(contacts.get(id)!))) {
    issues.push({ file, path: ['contacts'], message: 'none of the offices has a sourced, dated channel (website, e-mail, phone or address): add one that has' });
  }
  return issues;
}

export function checkDeskContacts(registry: Pick<CheckedContent, 'contacts' | 'sources' | 'opportunities' | 'hubs'>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  registry.contacts.forEach((c) => issues.push(...contactEntryIssues(c, registry.sources, c.file)));
  registry.opportunities.forEach((o) => issues.push(...referenceIssues(o.contacts, registry.contacts, o.file, true)));
  registry.hubs.forEach((h) => issues.push(...referenceIssues(h.contacts, registry.contacts, h.file, false)));
  return issues;
}
