// The ask command's arguments: --data PATH pairs apart from the rest (where reports come from is
// decided in one place, src/config.ts).
import { loadReports } from '../reader/load.js';
import type { Store } from '../core/store.js';

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

/** Loads the store; problems are reported one line each when some report loaded, else as one line in `error`. */
export function loadStoreOrReport(paths: string[], log: (line: string) => void): { store: Store | null; error?: string } {
  const { store, problems } = loadReports(paths);
  const lines = problems.map((p) => `${p.file}: ${p.message}`);
  if (!store.documents.length) return { store: null, error: `no report could be read${lines.length ? ` (${lines.join('; ')})` : ''}` };
  for (const l of lines) log(l);
  return { store };
}
