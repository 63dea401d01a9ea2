import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspProblems, inlineHandlers, thirdPartyResources } from './security.ts';
import { memorySite } from './site.ts';
import { page } from './fixtures.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const csp = (policy: string) => `<meta http-equiv="content-security-policy" content="${policy}">`;

describe('security and privacy gates', () => {
  it('catches inline event handlers and javascript: URLs, in pages and SVG files', () => {
    const site = memorySite({
      'index.html': page('<button type="button" onclick="go()">x</button><a href="javascript:void(0)">y</a><p>onclick= in text is fine</p>'),
      'map.svg': '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>',
    });
    expect(inlineHandlers(site)).toEqual(['/: <button onclick="go()">', '/: <a href="javascript:…">', 'map.svg: <svg onload="alert(1)">']);
  });

  it('catches scripts, styles, images, frames and CSS fonts from another origin, but not plain links', () => {
    const site = memorySite({
      'index.html': page(
        '<a href="https://bps.go.id/" rel="noopener">ok</a><img src="https://cdn.example/x.png" alt="" width="1" height="1" loading="lazy"><iframe src="https://maps.example/" title="m"></iframe>',
        { head: '<script src="https://cdn.example/lib.js"></script><link rel="stylesheet" href="https://fonts.example/css"><link rel="alternate" hreflang="ja" href="https://atlas.example/ja/">' },
      ),
      'a.css': '@font-face{font-family:x;src:url(https://fonts.example/x.woff2)}body{background:url(/ok.png)}',
    });
    expect(thirdPartyResources(site)).toEqual([
      '/: <script src="https://cdn.example/lib.js">',
      '/: <link href="https://fonts.example/css">',
      '/: <img src="https://cdn.example/x.png">',
      '/: <iframe src="https://maps.example/">',
      'a.css: CSS url(https://fonts.example/x.woff2)',
    ]);
  });

  it('accepts a hash-based CSP that covers every inline script and style', () => {
    const script = 'console.log(1)';
    const style = 'p{color:red}';
    const site = memorySite({
      'index.html': page(`<script>${script}</script><script type="application/ld+json">{"a":1}</script>`, {
        head: csp(`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${sha(script)}; style-src 'self' ${sha(style)}`) + `<style>${style}</style>`,
      }),
    });
    expect(cspProblems(site)).toEqual([]);
  });

  it("catches a missing CSP, 'unsafe-inline' for scripts, and an inline script or style without a hash", () => {
    const site = memorySite({
      'a/index.html': page('<p>no policy</p>'),
      'b/index.html': page('', { head: csp("script-src 'self' 'unsafe-inline'") }),
      'c/index.html': page('<script>alert(1)</script>', { head: csp("default-src 'self'") + '<style>p{}</style>' }),
      'd/index.html': page('', { head: '<script src="/x.js"></script>' + csp("script-src 'self'") }),
      'e/index.html': page('', { head: '<script type="application/ld+json">{}</script>' + csp("script-src 'self'") }),
    });
    expect(cspProblems(site)).toEqual([
      '/a/: no Content-Security-Policy <meta>',
      "/b/: script-src allows 'unsafe-inline'",
      '/c/: inline <script> "alert(1)…" has no hash in script-src',
      '/c/: inline <style> "p{}…" has no hash in style-src',
      '/d/: CSP <meta> comes after a <script>',
    ]);
  });
});
