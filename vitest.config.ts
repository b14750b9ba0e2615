import { defineConfig } from 'vitest/config';
import ClosingLineReporter from './tests/support/closing-line-reporter.ts';

// `npm test` runs both projects after building the site; one alone:
//   bash scripts/with-node.sh npx vitest run --project unit
export default defineConfig({
  test: {
    // The default output, then the closing line `N passed, N failed` that CI reads.
    reporters: ['default', new ClosingLineReporter()],
    projects: [
      {
        test: {
          name: 'unit',
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
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
