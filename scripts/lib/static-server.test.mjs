import { createReadStream, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directoryRedirect, normaliseBase, serveOptions, startServer } from './static-server.mjs';

/*
 * The local server, attacked the way issue 11 §1 found the hand-written one open: files beside dist/ whose
 * names start with "dist", encoded slashes, a protocol-relative redirect, a dropped query, unsafe methods,
 * and file handles left open by readers who hang up.
 */
const BIG = 4 * 1024 * 1024;

/** A build folder with a sibling folder and file that share its prefix (dist-secret/, dist.env). */
function fixture() {
  const parent = mkdtempSync(join(tmpdir(), 'atlas-serve-'));
  const dist = join(parent, 'dist');
  mkdirSync(join(dist, 'en', 'search'), { recursive: true });
  mkdirSync(join(parent, 'dist-secret'));
  writeFileSync(join(parent, 'dist-secret', 'secret.txt'), 'SECRET\n');
  writeFileSync(join(parent, 'dist.env'), 'TOKEN=SECRET\n');
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(join(dist, '404.html'), '<!doctype html><title>not found page</title>');
  writeFileSync(join(dist, 'en', 'search', 'index.html'), '<!doctype html><title>search</title>');
  writeFileSync(join(dist, 'data.csv'), 'a,b\n1,2\n');
  writeFileSync(join(dist, 'big.bin'), Buffer.alloc(BIG, 7));
  return dist;
}

/** Sends a request line exactly as written (no client-side normalisation) and returns status and headers. */
function raw(port, target, method = 'GET') {
  return new Promise((ok, fail) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => (data += chunk));
    socket.on('error', fail);
    socket.on('end', () => {
      const [head, ...rest] = data.split('\r\n\r\n');
      const [statusLine, ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      ok({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
    socket.write(`${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
  });
}

const openHandles = () => readdirSync('/proc/self/fd').length;
const settle = () => new Promise((r) => setTimeout(r, 300));

/** Starts `count` downloads of a large file and hangs up on each as soon as the first bytes arrive. */
async function abortDownloads(port, path, count) {
  for (let i = 0; i < count; i++) {
    await new Promise((ok) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('data', () => {
        socket.destroy();
        ok();
      });
      socket.on('error', ok);
      socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
    });
  }
  await settle();
}

describe('the local server', () => {
  let server;
  let port;
  beforeAll(async () => {
    server = await startServer({ root: fixture(), port: 0, host: '127.0.0.1' });
    port = server.address().port;
  });
  afterAll(() => new Promise((ok) => server.close(ok)));

  it('listens on 127.0.0.1 only', () => {
    expect(server.address().address).toBe('127.0.0.1');
  });

  it('serves pages and files', async () => {
    expect((await raw(port, '/')).body).toContain('<title>home</title>');
    const csv = await raw(port, '/data.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['x-content-type-options']).toBe('nosniff');
  });

  it.each(['/../dist.env', '/..%2fdist.env', '/..%2fdist-secret/secret.txt', '/../dist-secret/secret.txt', '/%2e%2e/dist.env', '/..\\dist.env'])(
    'never serves a file outside the build: %s',
    async (target) => {
      const response = await raw(port, target);
      expect(response.status).toBe(404);
      expect(response.body).not.toContain('SECRET');
      expect(response.body).toContain('not found page');
    },
  );

  it('answers an unknown path with 404.html and status 404', async () => {
    const response = await raw(port, '/no/such/page/');
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toContain('not found page');
  });

  it('redirects a directory URL to its slash, keeping the query', async () => {
    const response = await raw(port, '/en/search?q=tuna');
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe('/en/search/?q=tuna');
    expect((await raw(port, '/en/search/?q=tuna')).status).toBe(200);
  });

  it.each(['//evil.example/..%2fen', '//evil.example/', '/\\evil.example/..%2fen', '//evil.example/en/search'])('never redirects off the origin: %s', async (target) => {
    const response = await raw(port, target);
    expect(response.headers.location).toBeUndefined();
    expect(response.status).toBe(404);
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('refuses %s with 405', async (method) => {
    const response = await raw(port, '/', method);
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
  });

  it('answers HEAD without a body', async () => {
    const response = await raw(port, '/data.csv', 'HEAD');
    expect(response.status).toBe(200);
    expect(response.body).toBe('');
  });

  it('survives a file that cannot be read (removed after start): that response fails, the server keeps serving', async () => {
    const dist = fixture();
    const own = await startServer({ root: dist, port: 0, host: '127.0.0.1' });
    const ownPort = own.address().port;
    rmSync(join(dist, 'data.csv'));
    const failed = await raw(ownPort, '/data.csv').catch((error) => ({ status: 0, error }));
    expect(failed.body ?? '').not.toContain('1,2');
    expect((await raw(ownPort, '/')).status).toBe(200);
    await new Promise((ok) => own.close(ok));
  });

  it('leaves no file handle open after 200 aborted downloads', async () => {
    await abortDownloads(port, '/big.bin', 5);
    const before = openHandles();
    await abortDownloads(port, '/big.bin', 200);
    const after = openHandles();
    console.log(`aborted downloads: open handles ${before} → ${after}`);
    expect(after - before, `open handles ${before} → ${after}`).toBeLessThan(10);
  }, 60_000);
});

describe('the aborted-download measurement bites', () => {
  it('counts the handles a server leaks when it pipes a file without destroying it (the old server)', async () => {
    const dist = fixture();
    const leaky = createServer((_req, res) => createReadStream(join(dist, 'big.bin')).pipe(res));
    await new Promise((ok) => leaky.listen(0, '127.0.0.1', ok));
    const before = openHandles();
    await abortDownloads(leaky.address().port, '/big.bin', 50);
    const after = openHandles();
    leaky.closeAllConnections();
    await new Promise((ok) => leaky.close(ok));
    expect(after - before).toBeGreaterThanOrEqual(40);
  }, 60_000);
});

describe('base path', () => {
  let server;
  let port;
  beforeAll(async () => {
    server = await startServer({ root: fixture(), port: 0, host: '127.0.0.1', base: '/sulut-atlas' });
    port = server.address().port;
  });
  afterAll(() => new Promise((ok) => server.close(ok)));

  it('serves the site under BASE_PATH and nothing outside it', async () => {
    expect((await raw(port, '/sulut-atlas/')).body).toContain('home');
    expect((await raw(port, '/sulut-atlas/data.csv')).status).toBe(200);
    expect((await raw(port, '/data.csv')).status).toBe(404);
    expect((await raw(port, '/sulut-atlas/../dist.env')).status).toBe(404);
  });

  it('redirects inside the base path, keeping the query', async () => {
    expect((await raw(port, '/sulut-atlas?x=1')).headers.location).toBe('/sulut-atlas/?x=1');
    expect((await raw(port, '/sulut-atlas/en/search?q=tuna')).headers.location).toBe('/sulut-atlas/en/search/?q=tuna');
  });
});

describe('server options', () => {
  it('default to 127.0.0.1:4321 and dist/, with HOST, PORT and BASE_PATH overriding', () => {
    expect(serveOptions({})).toEqual({ root: 'dist', host: '127.0.0.1', port: 4321, base: '/' });
    expect(serveOptions({ HOST: '0.0.0.0', PORT: '8080', BASE_PATH: 'sub' })).toMatchObject({ host: '0.0.0.0', port: 8080, base: '/sub/' });
  });

  it('normalise the base path and build only same-origin redirects', () => {
    expect(normaliseBase('/sulut-atlas')).toBe('/sulut-atlas/');
    expect(normaliseBase(undefined)).toBe('/');
    expect(directoryRedirect('/en/search', '?q=1', true)).toBe('/en/search/?q=1');
    expect(directoryRedirect('//evil.example/en', '', true)).toBeUndefined();
    expect(directoryRedirect('/\\evil.example', '', true)).toBeUndefined();
    expect(directoryRedirect('/en/search/', '', true)).toBeUndefined();
  });

  it('`npm run serve` prints its address on 127.0.0.1', async () => {
    const dist = fixture();
    const child = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, ATLAS_OUT_DIR: dist, PORT: '0', HOST: '' } });
    const line = await new Promise((ok, fail) => {
      child.stdout.once('data', (d) => ok(String(d)));
      child.once('error', fail);
    });
    child.kill('SIGTERM');
    expect(line).toMatch(/ at http:\/\/127\.0\.0\.1:\d+\/ /);
  });
});
