import { defineConfig } from 'vitest/config';

// End-to-end: the built renderer (dist/renderer) served under the app's security headers and
// driven by playwright-core in Debian's Chromium (/usr/bin/chromium).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
