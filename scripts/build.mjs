// `npm run build`: the static site in two steps. `astro build` writes every page; once it has exited and given
// its memory back, Pagefind indexes what it wrote (scripts/lib/search-index.mjs), the order Pagefind's own
// documentation uses. Run inside one process, the indexer held its index beside Astro's whole build: at 5,000
// articles per language the two together peaked at 10.2 GB where Astro alone needed 7.0 (docs/performance.md).
// Arguments go to `astro build`; ATLAS_OUT_DIR (astro.config.mjs) says where the site is written.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { indexSite } from './lib/search-index.mjs';
import { profileMark } from '../src/integrations/buildProfile.ts';
import { LANGS } from '../src/i18n/langs.ts';

const root = resolve(import.meta.dirname, '..');
const astro = spawnSync(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', root, ...process.argv.slice(2)], { stdio: 'inherit' });
if (astro.status !== 0) process.exit(astro.status ?? 1);

// astro.config.mjs resolves outDir against the project root, as Astro does.
const site = resolve(root, process.env.ATLAS_OUT_DIR ?? 'dist');
if (!existsSync(join(site, 'index.html'))) {
  console.error(`build: astro build finished but wrote no ${join(site, 'index.html')}`);
  process.exit(1);
}
const started = Date.now();
profileMark('pagefind:start');
try {
  const { indexed } = await indexSite({ site, languages: LANGS, log: (line) => console.log(`[search index] ${line}`) });
  console.log(`[search index] ${indexed} pages indexed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`[search index] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
} finally {
  profileMark('pagefind:end');
}
