// The code under test as the benchmark uses it: the repository root, and report files -> a store.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Store } from '../src/core/store.js';
import { loadReports } from '../src/reader/load.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Loads report files with the reader's own loader (the path `npm start` takes). */
export async function storeLoader(): Promise<{ via: string; load: (paths: string[]) => Store }> {
  return { via: 'loadReports', load: (paths) => loadReports(paths).store };
}
