import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/*
 * Four projects: `unit` (src/**, fast, no build), `sites` (full builds of small fixture sites, tests/sites/),
 * `dist` (reads the built site), `e2e` (drives Chromium over the built site; run by `npm run test:e2e`).
 * `npm test` runs unit, sites, the build and dist (scripts/lib/test-steps.mjs).
 */
export default defineConfig({
  // `~/` is src/, as in tsconfig.json (Astro reads the alias from there).
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.{ts,mjs}', 'tests/content/**/*.test.ts', 'tests/lib/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'sites', include: ['tests/sites/**/*.test.ts'], environment: 'node', testTimeout: 180_000, hookTimeout: 300_000 },
      },
      {
        extends: true,
        // The first test of a file parses every built page (about 580) and may take seconds on a busy machine.
        test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
