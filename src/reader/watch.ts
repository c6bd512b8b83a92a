// Releases dropped into the watched folders while the bot runs: a new store each time the set of
// readable reports changes. A file still being written is retried later, never half-loaded.
import { watch, type FSWatcher, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { Document, Store } from '../core/store.js';
import { documentOf, reportFiles, type LoadProblem } from './load.js';
import type { ReadCache } from './read-cache.js';
import { readSettled, signature, type FileSig } from './settled.js';

/** How the watcher waits. */
export interface WatchOptions {
  /** Quiet time after the last file event before the folders are read again (default 300 ms). */
  debounceMs?: number;
  /** Time between the two looks that tell a settled file from one being written (default: debounceMs). */
  settleMs?: number;
  /** How long a file whose last line lacks its line break is waited for (default 3000 ms). */
  graceMs?: number;
  /** The store already loaded from these paths (its documents are kept, not read again). */
  initial?: Store;
  /** Readings kept between runs: a release read here is stored for the next start. */
  cache?: ReadCache | null;
}

interface Known {
  sig: FileSig;
  doc: Document | null;
}

/**
 * Watches report folders (and the folders of report files) and calls `onChange` with a new store
 * whenever a report is added, changed or removed, with the problems of the files just read.
 */
export function watchReports(paths: string[], onChange: (store: Store, problems: LoadProblem[]) => void, opts: WatchOptions = {}): { close(): void } {
  const debounceMs = opts.debounceMs ?? 300;
  const settleMs = opts.settleMs ?? debounceMs;
  const graceMs = opts.graceMs ?? 3000;
  const known = adoptInitial(paths, opts.initial);
  let closed = false;
  let timer: NodeJS.Timeout | null = null;
  let running = false;
  let again = false;

  const schedule = (ms: number): void => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, ms);
    timer.unref();
  };
  const run = (): void => {
    timer = null;
    if (running) return void (again = true);
    running = true;
    scan(paths, known, settleMs, graceMs, () => closed, opts.cache ?? null)
      .then(({ changed, problems, retry }) => {
        if (changed && !closed) onChange(storeOf(paths, known), problems);
        void opts.cache?.save();
        if (retry || again) schedule(Math.max(debounceMs, settleMs));
      })
      .catch(() => schedule(Math.max(debounceMs, settleMs)))
      .finally(() => {
        running = false;
        again = false;
      });
  };

  const watchers: FSWatcher[] = [];
  for (const dir of foldersOf(paths)) {
    try {
      const w = watch(dir, { persistent: false }, () => schedule(debounceMs));
      w.on('error', () => undefined);
      watchers.push(w);
    } catch {
      // a folder that does not exist (yet) is not watched; the start-up load already said so
    }
  }
  // a first look catches files added between the start-up load and now
  schedule(debounceMs);
  return {
    close(): void {
      closed = true;
      if (timer) clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}

// The folders to watch: each folder given, and the folder of each file given.
function foldersOf(paths: string[]): string[] {
  const out = new Set<string>();
  for (const p of paths) {
    try {
      out.add(statSync(p).isDirectory() ? p : dirname(p));
    } catch {
      out.add(dirname(p));
    }
  }
  return [...out];
}

// Files of the start-up store, matched by file name (names read twice are read again to be sure).
function adoptInitial(paths: string[], initial: Store | undefined): Map<string, Known> {
  const known = new Map<string, Known>();
  if (!initial) return known;
  const byName = new Map<string, Document | null>();
  for (const d of initial.documents) byName.set(d.document, byName.has(d.document) ? null : d);
  for (const file of reportFiles(paths, [])) {
    const doc = byName.get(basename(file));
    if (!doc) continue;
    try {
      const st = statSync(file);
      known.set(file, { sig: { size: st.size, mtimeMs: st.mtimeMs }, doc });
    } catch {
      // gone already: the first scan drops it
    }
  }
  return known;
}

function storeOf(paths: string[], known: Map<string, Known>): Store {
  const documents: Document[] = [];
  for (const file of reportFiles(paths, [])) {
    const doc = known.get(file)?.doc;
    if (doc) documents.push(doc);
  }
  return { documents };
}

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms).unref());

// One look at the folders: files new or changed since last time are read once they have settled.
async function scan(paths: string[], known: Map<string, Known>, settleMs: number, graceMs: number, isClosed: () => boolean, cache: ReadCache | null) {
  const problems: LoadProblem[] = [];
  const files = reportFiles(paths, []);
  let changed = false;
  let retry = false;
  const present = new Set(files);
  for (const file of [...known.keys()]) {
    if (!present.has(file)) {
      known.delete(file);
      changed = true;
    }
  }
  const moved: [string, FileSig][] = [];
  for (const file of files) {
    const sig = await signature(file);
    const was = known.get(file);
    if (sig && !(was && was.sig.size === sig.size && was.sig.mtimeMs === sig.mtimeMs)) moved.push([file, sig]);
  }
  if (!moved.length || isClosed()) return { changed, problems, retry };
  await sleep(settleMs);
  for (const [file, before] of moved) {
    const got = await readSettled(file, before, graceMs, Date.now());
    if (got === 'wait') retry = true;
    if (typeof got === 'string') continue;
    known.set(file, { sig: got.sig, doc: documentOf(got.text, file, problems, cache) });
    changed = true;
  }
  return { changed, problems, retry };
}
