import { defineConfig } from 'vitest/config';
import ClosingLineReporter from './tests/support/closing-line-reporter.ts';

// `npm test` runs the three projects after building the site, unit, e2e and lighthouse in turn; one alone:
//   bash scripts/with-node.sh npx vitest run --project unit
export default defineConfig({
  test: {
    // The default output, then the closing line `N passed, N failed` that CI reads.
    reporters: ['default', new ClosingLineReporter()],
    projects: [
      {
        test: {
          name: 'unit',
          // The three projects run one after the other, so that the browser tests, and above all
          // Lighthouse's timings, never share the machine with other tests.
          sequence: { groupOrder: 0 },
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', '**/node_modules/**'],
          environment: 'node',
        },
      },
      {
        // Browser tests against the built dist/ (Debian's chromium through playwright-core).
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: ['tests/e2e/lighthouse.test.ts', '**/node_modules/**'],
          sequence: { groupOrder: 1 },
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One static server over dist/ and one chromium for every file (tests/support/e2e.ts).
          globalSetup: ['tests/support/e2e-setup.ts'],
          // Files run side by side, each in its own contexts of the shared chromium: two per core
          // (4 on a 2-core machine) overlap one file's waits with another's work.
          fileParallelism: true,
          maxWorkers: '200%',
        },
      },
      {
        // Lighthouse's performance score measures this machine as much as the page: it runs last, alone.
        test: {
          name: 'lighthouse',
          include: ['tests/e2e/lighthouse.test.ts'],
          environment: 'node',
          testTimeout: 600_000,
          hookTimeout: 60_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
