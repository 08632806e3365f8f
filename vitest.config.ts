import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Unit and integration tests: shared/ and electron/ in Node, React components in jsdom
// (files opt in with a `@vitest-environment jsdom` docblock).
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    setupFiles: ['test/support/testingLibrarySetup.ts', 'test/support/propertySeed.ts'],
  },
});
