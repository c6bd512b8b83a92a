// Where the reports come from: --data PATH (repeatable), else REPORTS (comma-separated), else data/.
import { fileURLToPath } from 'node:url';
import { loadReports } from '../reader/load.js';
import type { Store } from '../core/store.js';

export const DEFAULT_DATA = fileURLToPath(new URL('../../data/', import.meta.url));

/** Splits `--data PATH` pairs out of argv; returns the paths and the remaining arguments. */
export function takeDataArgs(argv: string[]): { paths: string[]; rest: string[]; error?: string } {
  const paths: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--data') {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) return { paths, rest, error: '--data needs a file or folder' };
      paths.push(v);
      i++;
    } else if (a.startsWith('--data=')) paths.push(a.slice(7));
    else rest.push(a);
  }
  return { paths, rest };
}

export function reportPaths(fromArgs: string[], env: NodeJS.ProcessEnv = process.env): string[] {
  if (fromArgs.length) return fromArgs;
  const fromEnv = (env.REPORTS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return fromEnv.length ? fromEnv : [DEFAULT_DATA];
}

/** Loads the store; every problem is one line on stderr; null when nothing could be read. */
export function loadStoreOrReport(paths: string[], log: (line: string) => void): Store | null {
  const { store, problems } = loadReports(paths);
  for (const p of problems) log(`${p.file}: ${p.message}`);
  return store.documents.length ? store : null;
}
