import { z } from 'astro/zod';
import { isoDate, localizedText, slugId } from './common';

/**
 * The investor desk's directory of offices (content/contacts/<id>.json, file name = id): whom to ask about
 * what, and how to reach them. A channel (address, phone, e-mail, website) is printed only where an official
 * source states it, with that source and the date it was checked; otherwise it is "not-published" and the
 * entry says what was searched. No people: offices only, and never a personal (mobile) number.
 */
export const NOT_PUBLISHED = 'not-published' as const;

export const channelSchema = z.strictObject({
  /** As the source prints it (a street address stays in its own language). */
  value: z.string().trim().min(1),
  /** The official page (grade A) that states the channel. */
  source: slugId,
  /** When the value was last read in that source. */
  checked: isoDate,
  /** What the channel is for when it belongs to another section of the office (e.g. the consular desk). */
  note: localizedText.optional(),
});
export type Channel = z.output<typeof channelSchema>;

const channelOrGap = z.union([channelSchema, z.literal(NOT_PUBLISHED)], {
  error: `expected { value, source, checked } or "${NOT_PUBLISHED}"`,
});

export const CONTACT_CHANNELS = ['url', 'email', 'phone', 'address'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** Where the office sits, for grouping on the contacts page. */
export const CONTACT_SCOPES = ['province', 'national', 'japan'] as const;

export const contactSchema = z.strictObject({
  id: slugId,
  scope: z.enum(CONTACT_SCOPES),
  name: localizedText,
  /** The source that names the office (its own page where one was found). */
  nameSource: slugId,
  /** "Ask them about …": what this office decides or knows. */
  role: localizedText,
  url: channelOrGap,
  email: channelOrGap,
  phone: channelOrGap,
  address: channelOrGap,
  /** What was searched for the channels marked not-published (required when any is). */
  searched: localizedText.optional(),
  /** A doubt the reader must know (e.g. a district not confirmed). */
  note: localizedText.optional(),
});
export type DeskContact = z.output<typeof contactSchema>;
