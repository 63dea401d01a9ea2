import { describe, expect, it } from 'vitest';
import { siteContact } from './siteContact';

describe('SITE_CONTACT, the desk’s one contact setting', () => {
  it('is absent by default (no address is invented)', () => {
    expect(siteContact({})).toBeUndefined();
    expect(siteContact({ SITE_CONTACT: '  ' })).toBeUndefined();
  });

  it('accepts an e-mail address or an https page', () => {
    expect(siteContact({ SITE_CONTACT: 'desk@atlas.example.org' })).toEqual({ kind: 'email', value: 'desk@atlas.example.org', href: 'mailto:desk@atlas.example.org' });
    expect(siteContact({ SITE_CONTACT: 'https://atlas.example.org/contact' })).toEqual({ kind: 'url', value: 'https://atlas.example.org/contact', href: 'https://atlas.example.org/contact' });
  });

  it('fails with one line on anything else', () => {
    for (const bad of ['desk', 'http://atlas.example.org/contact', 'javascript:alert(1)', 'desk@localhost', 'mailto:desk@atlas.example.org']) {
      expect(() => siteContact({ SITE_CONTACT: bad }), bad).toThrow(/^SITE_CONTACT ".*" is neither an e-mail address nor an https:\/\/ address/);
    }
  });
});
