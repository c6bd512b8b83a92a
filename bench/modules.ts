// The code under test as the benchmark uses it: the repository root, and report files -> a store.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Store } from '../src/core/store.js';
import { loadReportsParallel } from '../src/reader/load-parallel.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Loads report files with the reader's own loader (the path `npm start` takes); `via` says which threads read. */
export async function storeLoader(): Promise<{ load: (paths: string[]) => Promise<{ store: Store; via: string }> }> {
  return {
    load: async (paths) => {
      const { store, chunks } = await loadReportsParallel(paths);
      return { store, via: chunks.worker ? `loadReportsParallel, ${chunks.worker} of ${chunks.here + chunks.worker} chunks on a worker` : 'loadReportsParallel, one thread' };
    },
  };
}
