// A small static file server for dist/: used by `npm start`, the browser tests and the benchmark.
// It behaves like a plain static host: directory URLs serve index.html, unknown paths serve 404.html.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Resolves a URL path to a file inside root, or undefined. Never escapes root. */
export function resolveFile(root, urlPath) {
  let pathname;
  try {
    pathname = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return undefined;
  }
  const target = normalize(join(root, pathname));
  if (!target.startsWith(root)) return undefined;
  if (existsSync(target) && statSync(target).isFile()) return target;
  const index = join(target, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

/** @param {{ root?: string, port?: number, host?: string }} [options] */
export function startServer({ root = "dist", port = 4321, host = undefined } = {}) {
  const absRoot = resolve(root);
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const file = resolveFile(absRoot, url);
    // Directory URLs without a trailing slash redirect, as static hosts do, so relative links resolve.
    if (file && file.endsWith('index.html') && !url.split('?')[0].endsWith('/') && !url.split('?')[0].endsWith('.html')) {
      res.writeHead(301, { Location: `${url.split('?')[0]}/` });
      res.end();
      return;
    }
    const chosen = file ?? join(absRoot, '404.html');
    const status = file ? 200 : 404;
    if (!existsSync(chosen)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    res.writeHead(status, {
      'Content-Type': TYPES[extname(chosen)] ?? 'application/octet-stream',
      'X-Content-Type-Options': 'nosniff',
    });
    createReadStream(chosen).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}
