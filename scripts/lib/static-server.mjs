// The local server for a built site (`npm start`, `npm run serve`, the browser tests and the benchmark).
// Files are served by sirv (a maintained static-file middleware) on node:http; this module only adds what a
// static host does around it: the base path, 301 for directory URLs without their slash, 404.html with status
// 404, 405 for methods that would change something, and no file handle left open when a reader gives up.
import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import sirv from 'sirv';

/** Types sirv (mrmime) does not know: Pagefind's index files. Text types get an explicit charset. */
const TEXT_TYPES = {
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.csv': 'text/csv',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.svg': 'image/svg+xml',
};

/** Where and how to serve, from the environment: 127.0.0.1:4321 unless HOST/PORT say otherwise. */
export function serveOptions(env = process.env) {
  return {
    root: env.ATLAS_OUT_DIR ?? 'dist',
    host: env.HOST || '127.0.0.1',
    port: env.PORT === undefined || env.PORT === '' ? 4321 : Number(env.PORT),
    base: normaliseBase(env.BASE_PATH),
  };
}

/** "/", or "/sub/" for BASE_PATH=/sub or /sub/. */
export function normaliseBase(base) {
  const trimmed = (base ?? '/').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The redirect target for a directory URL requested without its slash, or undefined. It is always a path on
 * this origin: a path beginning with "//" or "/\" would be read by browsers as another host, so those are
 * never redirected (they are 404s). The query string is kept.
 */
export function directoryRedirect(rawPath, query, hasDirectoryIndex) {
  if (rawPath.endsWith('/') || /^[/\\]{2}|^\/\\/.test(rawPath) || rawPath.includes('\\')) return undefined;
  if (!hasDirectoryIndex) return undefined;
  return `${rawPath}/${query}`;
}

/** @param {{ root?: string, port?: number, host?: string, base?: string }} [options] */
export function startServer({ root = 'dist', port = 4321, host = '127.0.0.1', base = '/' } = {}) {
  const absRoot = resolve(root);
  const prefix = normaliseBase(base);
  const notFoundPage = existsSync(join(absRoot, '404.html')) ? readFileSync(join(absRoot, '404.html')) : Buffer.from('Not found\n');
  const notFoundType = existsSync(join(absRoot, '404.html')) ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8';

  const notFound = (_req, res) => {
    res.writeHead(404, { 'Content-Type': notFoundType, 'Content-Length': notFoundPage.length, 'X-Content-Type-Options': 'nosniff' });
    res.end(notFoundPage);
  };
  // Not dev mode: sirv lists the files once at start and serves only those, so no URL (with "..", "%2f" or
  // a sibling folder that starts with the same letters) can reach a file outside the build.
  const files = sirv(absRoot, {
    dev: false,
    // Serves a precompressed `<file>.gz` beside a file when the reader accepts gzip, as static hosts compress
    // text: the build writes them for Pagefind's scripts (scripts/lib/search-index.mjs).
    gzip: true,
    etag: true,
    dotfiles: false,
    extensions: ['html'],
    onNoMatch: notFound,
    setHeaders(res, pathname) {
      res.setHeader('X-Content-Type-Options', 'nosniff');
      const ext = extname(pathname);
      const type = String(res.getHeader('Content-Type') ?? '');
      if (TEXT_TYPES[ext] && !/charset/i.test(type)) {
        res.setHeader('Content-Type', `${TEXT_TYPES[ext]}; charset=utf-8`);
      } else if (ext.startsWith('.pf_')) {
        res.setHeader('Content-Type', 'application/octet-stream');
      }
    },
  });
  // Directory URLs: "/en/search" has "en/search/index.html"; sirv would serve it without the slash, which
  // breaks relative links, so redirect first as static hosts do.
  const indexes = new Set();
  const collect = (dir, rel) => {
    for (const entry of readdirSyncSafe(dir)) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) {
        const sub = `${rel}${entry.name}/`;
        if (existsSync(join(dir, entry.name, 'index.html'))) indexes.add(sub.slice(0, -1));
        collect(join(dir, entry.name), sub);
      }
    }
  };
  collect(absRoot, '/');

  const server = createServer((req, res) => {
    // A reader who goes away mid-download must not leave the file open: sirv pipes a read stream into the
    // response; Writable emits 'pipe' with that stream, so destroy it when the response closes unfinished.
    res.on('pipe', (source) => {
      res.once('close', () => {
        if (!res.writableFinished) source.destroy();
      });
      // A read error (EMFILE, a file removed meanwhile) ends this response, never the process.
      source.once('error', () => res.destroy());
    });
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed\n');
      return;
    }
    const raw = req.url ?? '/';
    const q = raw.indexOf('?');
    const rawPath = q === -1 ? raw : raw.slice(0, q);
    const query = q === -1 ? '' : raw.slice(q);
    if (!rawPath.startsWith('/') || /^[/\\]{2}|^\/\\/.test(rawPath)) return notFound(req, res);
    if (prefix !== '/' && rawPath === prefix.slice(0, -1)) {
      res.writeHead(301, { Location: `${prefix}${query}` });
      return res.end();
    }
    if (!rawPath.startsWith(prefix)) return notFound(req, res);
    const inner = `/${rawPath.slice(prefix.length)}`;
    let decoded;
    try {
      decoded = decodeURIComponent(inner);
    } catch {
      return notFound(req, res);
    }
    const location = directoryRedirect(rawPath, query, indexes.has(decoded));
    if (location) {
      res.writeHead(301, { Location: location });
      return res.end();
    }
    req.url = `${inner}${query}`;
    files(req, res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

function readdirSyncSafe(dir) {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}
