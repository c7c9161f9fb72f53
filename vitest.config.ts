import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'shared/**/*.test.ts', 'electron/**/*.test.ts'],
    // The real-Electron smoke test runs only through `npm run test:electron` (it needs the binary).
    exclude: [...configDefaults.exclude, 'tests/electron/**'],
    environment: 'node',
    globalSetup: ['./tests/support/global-setup.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // 2 cores: run files in parallel but not more than the machine can carry alongside Chromium.
    maxWorkers: 2,
    reporters: ['default', './tests/support/summary-reporter.ts'],
  },
});
