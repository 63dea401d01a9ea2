import { describe, expect, it } from 'vitest';
import { LOCAL_PREVIEW_URL, productionAddressProblem, requireSite, siteAddress } from './siteAddress';

describe('the site address', () => {
  it('comes from SITE_URL, else is the local preview address', () => {
    expect(siteAddress({ SITE_URL: 'https://atlas.example.org' })).toEqual({ url: 'https://atlas.example.org', fromEnv: true });
    expect(siteAddress({})).toEqual({ url: LOCAL_PREVIEW_URL, fromEnv: false });
    expect(siteAddress({ SITE_URL: '  ' }).fromEnv).toBe(false);
  });

  it.each([undefined, '', 'http://localhost:4321', 'https://127.0.0.1', 'http://[::1]:8080', 'atlas.example.org', 'ftp://atlas.example.org', 'https://user.github.io/sulut-atlas'])(
    'is not a production address: %s',
    (value) => {
      expect(productionAddressProblem(value)).toMatch(/^SITE_URL /);
    },
  );

  it('accepts a public origin', () => {
    expect(productionAddressProblem('https://atlas.example.org')).toBeUndefined();
    expect(productionAddressProblem('https://user.github.io')).toBeUndefined();
  });

  it('has no silent fallback in pages', () => {
    expect(() => requireSite(undefined)).toThrow(/SITE_URL/);
    expect(requireSite(new URL('https://a.example')).href).toBe('https://a.example/');
  });
});
