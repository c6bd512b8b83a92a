import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 20000,
    pool: 'forks',
    // Two workers even on two cores (vitest's default there is one): many tests wait on child processes,
    // sockets and file watchers, and two side by side halve that waiting.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          include: ['test/**/*.test.ts'],
          exclude: ['test/adapters/**'],
          // Test files share a worker's module cache: the lexicon, compromise and chrono load once per worker,
          // not once per file (import time was most of the suite's time). No test mocks modules, and the one that
          // sets environment variables removes them.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'adapters',
          include: ['test/adapters/**/*.test.ts'],
          // Each Discord test file in a fresh module graph: a destroyed client of one file must never touch the next.
          isolate: true,
        },
      },
    ],
  },
});
