// Preloaded with `node --import` into a build or sync of a fixture site: counts every read of a file under
// ATLAS_CONTENT_DIR, by any code (ours, Astro's loaders, Vite's MDX compile), and writes the counts as JSON
// to ATLAS_READ_LOG (one JSON line per process) when the process exits. tests/content/parseCount.test.ts reads them.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { resolve } from 'node:path';

const root = process.env.ATLAS_CONTENT_DIR ? resolve(process.env.ATLAS_CONTENT_DIR) + '/' : undefined;
const log = process.env.ATLAS_READ_LOG;
if (root && log) {
  const counts = {};
  const note = (file) => {
    const path = typeof file === 'string' ? file : file instanceof URL ? file.pathname : undefined;
    if (path && resolve(path).startsWith(root)) counts[resolve(path)] = (counts[resolve(path)] ?? 0) + 1;
  };
  const wrap = (object, name) => {
    const original = object[name];
    object[name] = function (file, ...rest) {
      note(file);
      return original.call(this, file, ...rest);
    };
  };
  wrap(fs, 'readFileSync');
  wrap(fs, 'readFile');
  wrap(fs.promises, 'readFile');
  syncBuiltinESMExports();
  // npm runs the tool in a child process under the same options: each process appends its own line.
  process.on('exit', () => Object.keys(counts).length && fs.appendFileSync(log, `${JSON.stringify(counts)}\n`));
}
