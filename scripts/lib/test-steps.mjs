// The steps of `npm test`, in order. ATLAS_SKIP_BUILD=1 leaves out the build (and only the build): the
// build-output tests then read the existing dist/ and the build log saved by the last full run.

/** Where `npm test` saves the build's output; tests/dist/buildLog.test.ts counts its warning lines. */
export const BUILD_LOG = '.tmp/build.log';

export function testSteps(env = process.env) {
  const steps = [
    { name: 'type check', args: ['run', 'check'] },
    { name: 'unit tests', args: ['exec', '--', 'vitest', 'run', '--project', 'unit'] },
    { name: 'fixture-site builds', args: ['exec', '--', 'vitest', 'run', '--project', 'sites'] },
    { name: 'build', args: ['run', 'build'], log: BUILD_LOG },
    { name: 'build-output tests', args: ['exec', '--', 'vitest', 'run', '--project', 'dist'] },
  ];
  return env.ATLAS_SKIP_BUILD === '1' ? steps.filter((s) => s.name !== 'build') : steps;
}

/** "type check, unit tests, fixture-site builds, build and build-output tests": the steps that actually ran, for the last line. */
export function describeSteps(steps) {
  const names = steps.map((s) => s.name);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join('');
}
