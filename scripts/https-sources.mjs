// `npm run content:https`: switches a source URL from http:// to https:// where the content already links the
// same site (host without "www.") over https, which shows the publisher serves it. Mechanical and idempotent:
// re-run it after merging new sources. `--check` changes nothing and exits 1 if a switch is possible.
// What cannot be switched stays http:// and is listed by the build (.tmp/http-sources.txt).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.env.ATLAS_CONTENT_DIR ?? 'content';
const check = process.argv.includes('--check');
const hostKey = (url) => new URL(url).hostname.replace(/^www\./, '');

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name.startsWith('.') || e.name === 'geo') return [];
    return e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)];
  });
}

// Every https link anywhere in content/ (sources, contacts, article bodies) vouches for its host.
const httpsHosts = new Set();
for (const file of files(root)) {
  for (const m of readFileSync(file, 'utf8').matchAll(/https:\/\/[^\s"'<>)\]]+/g)) {
    try {
      httpsHosts.add(hostKey(m[0]));
    } catch {
      // not a URL after all
    }
  }
}

let switched = 0;
const rest = [];
for (const name of readdirSync(join(root, 'sources')).filter((n) => n.endsWith('.json')).sort()) {
  const path = join(root, 'sources', name);
  const list = JSON.parse(readFileSync(path, 'utf8'));
  let changed = false;
  for (const source of list) {
    if (typeof source?.url !== 'string' || !source.url.startsWith('http://')) continue;
    if (httpsHosts.has(hostKey(source.url))) {
      console.log(`${path} › ${source.id}: ${source.url} → https`);
      source.url = `https://${source.url.slice('http://'.length)}`;
      changed = true;
      switched++;
    } else rest.push(`${source.id}: ${source.url}`);
  }
  if (changed && !check) writeFileSync(path, JSON.stringify(list, null, 2) + '\n');
}
console.log(`${switched} source URL(s) ${check ? 'could be switched' : 'switched'} to https; ${rest.length} stay http:// (no https link to the same site in content/)`);
if (check && switched > 0) process.exit(1);
