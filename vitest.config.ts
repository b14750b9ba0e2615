import { defineConfig } from 'vitest/config';
import ClosingLineReporter from './tests/support/closing-line-reporter.ts';

// `npm test` runs the three projects after building the site, unit, e2e and lighthouse in turn; one alone:
//   bash scripts/with-node.sh npx vitest run --project unit
// Every test must assert something (expect.requireAssertions): one that cannot fail fails.
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
          expect: { requireAssertions: true },
          // One worker per core, each running file after file without restarting (isolate:
          // false). No unit test changes what another reads (no module mocks, fake timers put
          // back after each test): measured, the unit tests took 4.8 s instead of 15 s, and
          // passed in any order (--sequence.shuffle.files).
          maxWorkers: '100%',
          isolate: false,
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
          expect: { requireAssertions: true },
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One static server over dist/ and one chromium for every file (tests/support/e2e.ts).
          globalSetup: ['tests/support/e2e-setup.ts'],
          // Files run side by side, each in its own contexts of the shared chromium: two per core
          // (4 on a 2-core machine) overlap one file's waits with another's work; measured, 3 and
          // 4 took the same time, 6 longer. Workers are reused from file to file (each file still
          // connects and closes its own browser): ~10% less CPU, measured.
          fileParallelism: true,
          maxWorkers: '200%',
          isolate: false,
        },
      },
      {
        // Lighthouse's performance score measures this machine as much as the page: it runs last, alone.
        test: {
          name: 'lighthouse',
          include: ['tests/e2e/lighthouse.test.ts'],
          environment: 'node',
          expect: { requireAssertions: true },
          testTimeout: 600_000,
          hookTimeout: 60_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
