// Lints the generator itself; generated projects lint themselves (templates/app-base/eslint.config.js.hbs).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // The e2e and bench fixtures are copied into, or stand in for, generated projects; a preset's templates and
  // features are linted in the projects made from it.
  {
    ignores: [
      'dist/',
      'templates/',
      'bench/fixtures/',
      'bench/results/',
      'test/e2e/fixtures/',
      'examples/presets/*/templates/',
      'examples/presets/*/features/',
      'test/fixtures/presets/*/features/',
      'test/fixtures/presets/*/templates/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      // StatusTally (the e2e fuzz suite's) is written for template literals: its own toString.
      '@typescript-eslint/restrict-template-expressions': ['error', { allow: [{ from: 'lib', name: ['Error', 'URL', 'URLSearchParams'] }, { from: 'file', name: 'StatusTally' }] }],
    },
  },
  {
    files: ['test/**'],
    rules: {
      // Test doubles implement async interfaces without awaiting anything.
      '@typescript-eslint/require-await': 'off',
      // vitest's asymmetric matchers (expect.any, expect.stringContaining) are typed any.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  // tsconfig.json does not take JavaScript in: scripts get the rules that need no types.
  { files: ['**/*.{js,mjs,cjs}'], extends: [tseslint.configs.disableTypeChecked] },
);
