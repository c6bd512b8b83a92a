// Stores read from the report fixtures (byte-for-byte copies of the shared reports).
import { readFileSync, readdirSync } from 'node:fs';
import { readReport } from '../../src/reader/index.js';
import type { Store } from '../../src/core/store.js';

const dir = new URL('../fixtures/', import.meta.url);
const cache = new Map<string, Store>();

export const REPORTS = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

/** A store of the named fixture reports (all four when none is named). */
export function storeOf(...files: string[]): Store {
  const names = files.length ? files : REPORTS;
  const key = names.join('|');
  let s = cache.get(key);
  if (!s) {
    s = { documents: names.map((f) => readReport(readFileSync(new URL(f, dir), 'utf8'), f)) };
    cache.set(key, s);
  }
  return s;
}

/** A store of every report in a fixture folder (`test/fixtures/<folder>/`), in name order. */
export function storeIn(folder: string): Store {
  const url = new URL(`${folder}/`, dir);
  return { documents: readdirSync(url).filter((f) => f.endsWith('.txt')).sort().map((f) => readReport(readFileSync(new URL(f, url), 'utf8'), f)) };
}
