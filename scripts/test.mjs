// `npm test`: type check (astro check + tsc), unit tests, then a fresh build, then the tests over dist/.
// Each step runs through npm so the pinned Node 22 is used; the first failure stops the run. The build's
// output is also saved to .tmp/build.log, where a build-output test counts its warning lines.
import { spawn } from 'node:child_process';
import { mkdirSync, createWriteStream } from 'node:fs';
import { dirname } from 'node:path';
import { describeSteps, testSteps } from './lib/test-steps.mjs';

/** Runs npm with `args`, showing its output as it comes and, when `log` is set, saving it there too. */
function run(args, log) {
  return new Promise((resolve) => {
    const child = spawn('npm', args, { stdio: log ? ['inherit', 'pipe', 'pipe'] : 'inherit' });
    if (log) {
      mkdirSync(dirname(log), { recursive: true });
      const file = createWriteStream(log);
      child.stdout.on('data', (d) => (process.stdout.write(d), file.write(d)));
      child.stderr.on('data', (d) => (process.stderr.write(d), file.write(d)));
      child.on('close', (code, signal) => file.end(() => resolve({ code, signal })));
    } else child.on('close', (code, signal) => resolve({ code, signal }));
  });
}

const steps = testSteps();
for (const { name, args, log } of steps) {
  console.log(`\n▶ ${name}`);
  const { code, signal } = await run(args, log);
  if (code !== 0) {
    console.error(`\n✗ ${name} failed (exit ${code ?? signal})`);
    process.exit(code ?? 1);
  }
}
console.log(`\n✓ ${describeSteps(steps)} passed`);
