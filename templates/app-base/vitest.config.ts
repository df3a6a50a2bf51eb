import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// SWC keeps the decorator metadata that Nest's dependency injection reads; vitest's default transform drops it.
const decorators = swc.vite({ module: { type: 'es6' } });

export default defineConfig({
  plugins: [decorators],
  test: {
    projects: [
      {
        plugins: [decorators],
        test: { name: 'unit', include: ['src/**/*.spec.ts'], env: { LOG_LEVEL: 'silent' } },
      },
      {
        plugins: [decorators],
        test: {
          name: 'e2e',
          include: ['test/**/*.e2e-spec.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          env: { LOG_LEVEL: 'silent' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
