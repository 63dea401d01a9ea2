// `npm run test:e2e`: browser tests in Debian's Chromium over the built site.
// Never downloads a browser: CHROMIUM_PATH or /usr/bin/chromium must exist.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const browser = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(browser)) {
  console.error(`Chromium not found at ${browser}: install it with "sudo apt-get install chromium" (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium binary.`);
  process.exit(1);
}

const out = process.env.ATLAS_OUT_DIR ?? 'dist';
if (!existsSync(`${out}/index.html`) || process.env.ATLAS_REBUILD === '1') {
  console.log('▶ build (no site in dist/ yet)');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const args = ['exec', '--', 'vitest', 'run', '--project', 'e2e', ...process.argv.slice(2)];
const result = spawnSync('npm', args, { stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: browser } });
process.exit(result.status ?? 1);
