import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      '{domain,hardware,electron,central-api,renderer,admin,ui,scripts}/**/*.test.{ts,tsx}',
      'test/**/*.test.ts',
    ],
    exclude: ['node_modules', 'dist', 'test/e2e/**'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
