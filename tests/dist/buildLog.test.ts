import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILD_LOG } from '../../scripts/lib/test-steps.mjs';
import { LOCAL_PREVIEW_WARNING } from '~/lib/site/siteAddress';
import { plainLog, unexpectedWarnings, warningLines } from '../lib/gates/buildLog';

/*
 * A valid build prints what an editor needs and no noise (issue 11 §3): `npm test` saves the build's output
 * to .tmp/build.log and this counts its warning lines. The only one allowed is the local-preview notice,
 * printed once when SITE_URL is not set.
 */
describe('the build log of a valid build', () => {
  it('has no warning lines except the local-preview notice', () => {
    expect(existsSync(BUILD_LOG), `${BUILD_LOG} is written by npm test (run it, or ATLAS_SKIP_BUILD=1 after one full run)`).toBe(true);
    const log = readFileSync(BUILD_LOG, 'utf8');
    expect(plainLog(log)).toMatch(/\[build\] Complete!/);
    // The search index runs after Astro has exited (scripts/build.mjs), once, with every language indexed.
    expect(plainLog(log).match(/\[search index\] read \d+ HTML files; indexed pages per language \((\w+ [1-9]\d*(, )?){3}\)/g)).toHaveLength(1);
    expect(unexpectedWarnings(log, [LOCAL_PREVIEW_WARNING])).toEqual([]);
    const expected = process.env.SITE_URL ? 0 : 1;
    expect(warningLines(log)).toHaveLength(expected);
  });
});
