// The code under test, loaded at run time: other people's modules may not exist yet while the
// project is being built, and the benchmark then says so instead of failing to start.
import { existsSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Document, Store } from '../src/core/store.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

type ReadReport = (text: string, fileName: string) => Document;
type LoadReports = (paths: string[]) => { store: Store; problems: { file: string; message: string }[] };

/** Imports a project file by its path under the repository root, or null when it is not there yet. */
export async function optionalImport<T>(rel: string): Promise<T | null> {
  const file = join(ROOT, rel);
  if (!existsSync(file)) return null;
  return (await import(pathToFileURL(file).href)) as T;
}

/** The reader's readReport, or null. */
export async function readerFn(): Promise<ReadReport | null> {
  return (await optionalImport<{ readReport: ReadReport }>('src/reader/index.ts'))?.readReport ?? null;
}

/** Loads report files into a store: loadReports when it exists, else readReport file by file. */
export async function storeLoader(): Promise<{ via: string; load: (paths: string[]) => Store } | null> {
  const load = (await optionalImport<{ loadReports: LoadReports }>('src/reader/load.ts'))?.loadReports;
  if (load) return { via: 'loadReports', load: (paths) => load(paths).store };
  const read = await readerFn();
  if (!read) return null;
  return {
    via: 'readReport',
    load: (paths) => ({ documents: paths.map((p) => read(readFileSync(p, 'utf8'), p.split('/').pop() ?? p)) }),
  };
}
