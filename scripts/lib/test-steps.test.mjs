import { describe, expect, it } from 'vitest';
import { describeSteps, testSteps } from './test-steps.mjs';

describe('npm test steps', () => {
  it('run the type check, unit tests, fixture-site builds, build and build-output tests in that order', () => {
    expect(testSteps({}).map((s) => s.name)).toEqual(['type check', 'unit tests', 'fixture-site builds', 'build', 'build-output tests']);
    expect(describeSteps(testSteps({}))).toBe('type check, unit tests, fixture-site builds, build and build-output tests');
  });

  // The old script spliced out index 1 for ATLAS_SKIP_BUILD=1: that was the unit tests, not the build, and it
  // still printed that unit tests had passed. Under that code this test fails (no "unit tests", a "build").
  it('ATLAS_SKIP_BUILD=1 leaves out the build and only the build, and the last line says so', () => {
    const names = testSteps({ ATLAS_SKIP_BUILD: '1' }).map((s) => s.name);
    expect(names).toEqual(['type check', 'unit tests', 'fixture-site builds', 'build-output tests']);
    expect(describeSteps(testSteps({ ATLAS_SKIP_BUILD: '1' }))).not.toContain('build and');
  });
});
