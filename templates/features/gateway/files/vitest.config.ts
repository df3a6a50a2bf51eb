import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// SWC keeps the decorator metadata that Nest's dependency injection reads; vitest's default transform drops it.
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  test: {
    include: ['src/**/*.spec.ts'],
    env: { LOG_LEVEL: 'silent' },
    coverage: { provider: 'v8', include: ['src/**/*.ts'], exclude: ['src/generated/**'] },
  },
});
