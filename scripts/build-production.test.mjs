import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** `npm run build:production` refuses to build without a public address, in one line, before any work. */
function run(siteUrl) {
  const env = { ...process.env };
  delete env.SITE_URL;
  if (siteUrl !== undefined) env.SITE_URL = siteUrl;
  const result = spawnSync(process.execPath, ['scripts/build-production.mjs'], { encoding: 'utf8', env, timeout: 30_000 });
  return { status: result.status, lines: `${result.stdout}${result.stderr}`.trim().split('\n') };
}

describe('build:production', () => {
  it.each([undefined, 'http://localhost:4321', 'https://127.0.0.1/'])('fails with one line when SITE_URL is %s', (value) => {
    const { status, lines } = run(value);
    expect(status).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^build:production: SITE_URL /);
  });
});
