// Test projects: pure and Node unit tests beside the code, extension unit tests with WXT's fake browser,
// and integration/end-to-end tests under test/ (real servers on 127.0.0.1, real Chromium).
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['shared/**/*.test.ts', 'collector/**/*.test.ts'],
          environment: 'node',
          // CI runs on two shared cores: a file that parses saved real pages can pass 5 s there.
          testTimeout: 30_000,
          env: { DOTENV_CONFIG_QUIET: 'true' },
        },
      },
      {
        plugins: [WxtVitest()],
        test: {
          name: 'extension',
          include: ['extension/**/*.test.ts', 'extension/**/*.test.tsx'],
          environment: 'happy-dom',
          testTimeout: 30_000,
          setupFiles: ['fake-indexeddb/auto'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          env: { DOTENV_CONFIG_QUIET: 'true' },
        },
      },
    ],
  },
});
