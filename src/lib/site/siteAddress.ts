/**
 * The site's public address: the one configuration value (astro.config.mjs `site`, from SITE_URL) behind
 * canonical links, hreflang alternates, the sitemap, feeds, citations, BibTeX and embed codes. There is no
 * public address yet, so none is invented: without SITE_URL a build is for local preview and says so.
 */
export const LOCAL_PREVIEW_URL = 'http://localhost:4321';

const LOCAL_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$/i;

/** The address to build with, and whether it came from SITE_URL. */
export function siteAddress(env: Record<string, string | undefined>): { url: string; fromEnv: boolean } {
  const value = env.SITE_URL?.trim();
  return value ? { url: value, fromEnv: true } : { url: LOCAL_PREVIEW_URL, fromEnv: false };
}

/** The one warning line a build for local preview prints. */
export const LOCAL_PREVIEW_WARNING = `SITE_URL is not set: canonical links, the sitemap, feeds, citations and embed codes will say ${LOCAL_PREVIEW_URL} (fine for local preview; to publish, run "SITE_URL=https://… npm run build:production")`;

/** Why `value` cannot be the address of a published build, or undefined when it can. */
export function productionAddressProblem(value: string | undefined): string | undefined {
  if (!value?.trim()) return 'SITE_URL is not set: a production build needs the public address, e.g. SITE_URL=https://atlas.example.org npm run build:production';
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return `SITE_URL "${value}" is not an absolute URL (expected e.g. https://atlas.example.org)`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `SITE_URL "${value}" must start with https://`;
  if (LOCAL_HOSTS.test(url.hostname)) return `SITE_URL "${value}" is a local address: a production build needs the public one`;
  if (url.pathname !== '/' || url.search || url.hash) return `SITE_URL "${value}" must be an origin only (put a sub-path in BASE_PATH)`;
  return undefined;
}

/** `Astro.site`, which the config always sets; a missing value is a configuration error, not a fallback. */
export function requireSite(site: URL | undefined): URL {
  if (!site) throw new Error('astro.config.mjs sets no `site`: it must come from SITE_URL (src/lib/site/siteAddress.ts)');
  return site;
}
