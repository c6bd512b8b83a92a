import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20000,
    pool: 'forks',
    // Two workers even on two cores (vitest's default there is one): many tests wait on child processes,
    // sockets and file watchers, and two side by side halve that waiting.
    maxWorkers: 2,
    // Test files share a worker's module cache: the lexicon, compromise and chrono load once per worker,
    // not once per file (import time was most of the suite's time). No test mocks modules, and the one that
    // sets environment variables removes them.
    isolate: false,
  },
});
