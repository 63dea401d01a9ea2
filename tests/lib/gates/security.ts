import { createHash } from 'node:crypto';
import { parse } from 'node-html-parser';
import { pageRefs } from './links.ts';
import { classifyRef, sitePages, type Site } from './site.ts';

/**
 * Elements whose URL makes the browser fetch something while showing the page. A link (<a>) is the
 * reader's choice and may go anywhere; these may not leave the site (privacy: no third-party requests).
 */
const FETCHING_LINK_RELS = ['stylesheet', 'preload', 'modulepreload', 'prefetch', 'preconnect', 'dns-prefetch', 'icon', 'apple-touch-icon', 'manifest'];

/** Resources (scripts, styles, images, frames, fonts, media) loaded from another origin. */
export function thirdPartyResources(site: Site): string[] {
  const out: string[] = [];
  for (const page of sitePages(site)) {
    for (const { tag, attr, ref, rel } of pageRefs(page)) {
      if (tag === 'a' || tag === 'area' || tag === 'form') continue;
      if (tag === 'link' && !rel.split(/\s+/).some((r) => FETCHING_LINK_RELS.includes(r))) continue;
      if (classifyRef(site, ref, page.url).kind === 'external') out.push(`${page.url}: <${tag} ${attr}="${ref}">`);
    }
    const css = [...page.root.querySelectorAll('style').map((s) => s.textContent), ...page.root.querySelectorAll('[style]').map((e) => e.getAttribute('style')!)];
    for (const text of css) for (const url of cssUrls(text)) if (classifyRef(site, url, page.url).kind === 'external') out.push(`${page.url}: CSS url(${url})`);
  }
  for (const file of site.files.filter((f) => f.endsWith('.css'))) {
    for (const url of cssUrls(site.read(file).toString('utf8'))) {
      if (classifyRef(site, url, '/' + file).kind === 'external') out.push(`${file}: CSS url(${url})`);
    }
  }
  return out;
}

/** URLs in CSS: url(...) and @import "...". */
export function cssUrls(css: string): string[] {
  const out: string[] = [];
  for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/gi)) out.push(m[2]!);
  for (const m of css.matchAll(/@import\s+(['"])([^'"]+)\1/gi)) out.push(m[2]!);
  return out.filter((u) => !u.startsWith('data:') && !u.startsWith('#'));
}

/** Inline event handler attributes (onclick=, onload=…) and javascript: URLs, in HTML pages and SVG files. */
export function inlineHandlers(site: Site): string[] {
  const out: string[] = [];
  const scan = (where: string, root: ReturnType<typeof parse>) => {
    for (const el of root.querySelectorAll('*')) {
      for (const [name, value] of Object.entries(el.rawAttributes)) {
        if (/^on[a-z]+$/i.test(name)) out.push(`${where}: <${el.tagName.toLowerCase()} ${name}="${value.slice(0, 40)}">`);
        if (/^(href|src|action|formaction|xlink:href)$/i.test(name) && /^\s*javascript:/i.test(value)) out.push(`${where}: <${el.tagName.toLowerCase()} ${name}="javascript:…">`);
      }
    }
  };
  for (const page of sitePages(site)) scan(page.url, page.root);
  for (const file of site.files.filter((f) => f.endsWith('.svg'))) scan(file, parse(site.read(file).toString('utf8')));
  return out;
}

/** The page's Content-Security-Policy from its <meta http-equiv>, as directive → sources. */
export function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

const hashOf = (text: string, algorithm: 'sha256' | 'sha384' | 'sha512') => `'${algorithm}-${createHash(algorithm).update(text, 'utf8').digest('base64')}'`;

function isExecutable(type: string | undefined): boolean {
  const t = (type ?? '').trim().toLowerCase();
  return t === '' || t === 'module' || /^(text|application)\/(x-)?(java|ecma)script$/.test(t);
}

/**
 * Content-Security-Policy on every page: a <meta http-equiv> that comes before any script, whose effective
 * script policy has no 'unsafe-inline' or 'unsafe-eval' ('wasm-unsafe-eval' is allowed for Pagefind's
 * WebAssembly), and which lists the hash of every inline script and inline <style> the page has.
 */
export function cspProblems(site: Site): string[] {
  const out: string[] = [];
  for (const page of sitePages(site)) {
    const meta = page.root.querySelectorAll('meta').find((m) => (m.getAttribute('http-equiv') ?? '').toLowerCase() === 'content-security-policy');
    if (!meta) {
      out.push(`${page.url}: no Content-Security-Policy <meta>`);
      continue;
    }
    // A <meta> policy governs only what follows it: no executable script may come first.
    const metaAt = page.html.search(/<meta[^>]+http-equiv=["']?content-security-policy/i);
    const earlyScript = [...page.html.slice(0, metaAt).matchAll(/<script\b([^>]*)>/gi)].some((m) => isExecutable(/\btype=["']?([^"'\s>]+)/i.exec(m[1] ?? '')?.[1]));
    if (earlyScript) out.push(`${page.url}: CSP <meta> comes after a <script>`);
    const csp = parseCsp(meta.getAttribute('content') ?? '');
    const scriptSrc = csp.get('script-src-elem') ?? csp.get('script-src') ?? csp.get('default-src');
    if (!scriptSrc) {
      out.push(`${page.url}: CSP has no script-src or default-src`);
      continue;
    }
    for (const directive of ['script-src', 'script-src-elem', 'script-src-attr', 'default-src']) {
      const sources = csp.get(directive) ?? [];
      if (sources.includes("'unsafe-inline'")) out.push(`${page.url}: ${directive} allows 'unsafe-inline'`);
      if (sources.includes("'unsafe-eval'")) out.push(`${page.url}: ${directive} allows 'unsafe-eval'`);
      if (sources.includes('*') || sources.some((s) => /^(https?:|data:|blob:)$/.test(s))) out.push(`${page.url}: ${directive} allows any origin`);
    }
    const styleSrc = csp.get('style-src-elem') ?? csp.get('style-src') ?? csp.get('default-src') ?? [];
    for (const s of page.root.querySelectorAll('script')) {
      if (s.getAttribute('src') || !isExecutable(s.getAttribute('type'))) continue;
      const text = s.rawText;
      if (!['sha256', 'sha384', 'sha512'].some((a) => scriptSrc.includes(hashOf(text, a as 'sha256')))) out.push(`${page.url}: inline <script> "${text.slice(0, 40)}…" has no hash in script-src`);
    }
    if (!styleSrc.includes("'unsafe-inline'")) {
      for (const s of page.root.querySelectorAll('style')) {
        const text = s.rawText;
        if (!['sha256', 'sha384', 'sha512'].some((a) => styleSrc.includes(hashOf(text, a as 'sha256')))) out.push(`${page.url}: inline <style> "${text.slice(0, 40)}…" has no hash in style-src`);
      }
    }
  }
  return out;
}
