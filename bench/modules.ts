// The code under test as the benchmark uses it: the repository root, and report files -> a store.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Store } from '../src/core/store.js';
import { loadReportsParallel } from '../src/reader/load-parallel.js';
import { openReadCache } from '../src/reader/read-cache.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** A store loaded, how (`via`: which threads read, how many readings came from the read cache), and `save` writing the cache. */
export interface Loaded {
  store: Store;
  via: string;
  cached: number;
  save: () => Promise<void>;
}

/**
 * Loads report files with the reader's own loader (the path `npm start` takes), with a read cache in
 * `cacheDir` when given (as `npm start` has one by default).
 */
export async function storeLoader(): Promise<{ load: (paths: string[], cacheDir?: string) => Promise<Loaded> }> {
  return {
    load: async (paths, cacheDir) => {
      const cache = openReadCache(cacheDir ?? null, paths);
      const { store, chunks, cached } = await loadReportsParallel(paths, { cache });
      const threads = chunks.worker ? `${chunks.worker} of ${chunks.here + chunks.worker} chunks on a worker` : 'one thread';
      const via = `loadReportsParallel, ${threads}${cache ? `, ${cached} from the read cache` : ''}`;
      return { store, via, cached, save: async () => cache?.save() };
    },
  };
}
