// `npm test`: type check (astro check + tsc), unit tests, then a fresh build, then the tests over dist/.
// Each step runs through npm so the pinned Node 22 is used; the first failure stops the run.
import { spawnSync } from 'node:child_process';

const steps = [
  ['type check', ['run', 'check']],
  ['unit tests', ['exec', '--', 'vitest', 'run', '--project', 'unit']],
  ['build', ['run', 'build']],
  ['build-output tests', ['exec', '--', 'vitest', 'run', '--project', 'dist']],
];
if (process.env.ATLAS_SKIP_BUILD === '1') steps.splice(1, 1);

for (const [name, args] of steps) {
  console.log(`\n▶ ${name}`);
  const result = spawnSync('npm', args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}
console.log('\n✓ type check, unit tests, build and build-output tests passed');
