// `npm run check:content [-- --watch]`: checks all of content/ with the site's own rules (the same pass the build
// runs first, src/lib/content) and the revisions rule, in seconds and without a build. Prints the same
// `file › field: reason` lines as the build; exits 1 on any problem. --watch re-checks after every change.
import { watch } from 'node:fs';
import { checkContent, contentDir, parseArgs } from './lib/content-tools.mjs';

const root = contentDir();
const { options } = parseArgs(process.argv.slice(2));

function run() {
  const started = performance.now();
  const { content, lines } = checkContent(root);
  const ms = Math.round(performance.now() - started);
  if (lines.length) {
    console.error(`Content check failed (${lines.length} problem${lines.length === 1 ? '' : 's'}):`);
    for (const l of lines) console.error(`  - ${l}`);
  } else {
    console.log(`Content OK: ${content.datasets.size} datasets, ${content.sources.size} sources, ${content.articles.size} articles, ${content.hubs.size} hubs checked in ${ms} ms.`);
  }
  return lines.length === 0;
}

const ok = run();
if (!options.watch) process.exit(ok ? 0 : 1);
console.log(`Watching ${root} (Ctrl+C to stop)…`);
let timer;
watch(root, { recursive: true }, () => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    console.log(`\n[${new Date().toLocaleTimeString()}] change seen; checking again`);
    run();
  }, 150);
});
