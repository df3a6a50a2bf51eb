import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'snapshots',
          include: ['test/snapshots/**/*.test.ts'],
          // Rendering a project in beforeAll takes seconds when the machine is busy (an RSA key pair, every file).
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'cli',
          include: ['test/cli/**/*.test.ts'],
          // Runs the built CLI; rebuild first so a stale dist/ is never tested.
          globalSetup: ['test/cli/build-cli.ts'],
          testTimeout: 60_000,
          // Removing a generated project's directory can take a while on a loaded 2-core machine.
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 20 * 60_000,
          hookTimeout: 20 * 60_000,
        },
      },
    ],
  },
});
