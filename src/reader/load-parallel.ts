// Loading many reports on two threads: this one and a worker (load-worker.ts) take chunks of files from
// one shared counter, so the faster thread reads more; the worker's documents come back by message
// (structured clone). The result is the store `loadReports` builds: same documents, order and problems.
import { availableParallelism } from 'node:os';
import { idleCores } from './idle-cores.js';
import { Worker } from 'node:worker_threads';
import type { Document, Store } from '../core/store.js';
import { readReportFile, reportFiles, type LoadProblem } from './load.js';

/** What one chunk of files gave: a document or null per file, and the problems met. */
export interface ChunkResult {
  chunk: number;
  docs: (Document | null)[];
  problems: LoadProblem[];
}

/** Files per chunk: small enough that neither thread waits long for the other at the end. */
export const CHUNK_FILES = 16;
// A worker starts in about a second (its own module loading): worth it only for many files.
const MIN_FILES_FOR_WORKER = 500;

/** Reads one chunk of files (chunk k holds files k*CHUNK_FILES onwards). */
export function readChunk(files: string[], chunk: number): ChunkResult {
  const problems: LoadProblem[] = [];
  const docs = files.slice(chunk * CHUNK_FILES, (chunk + 1) * CHUNK_FILES).map((file) => readReportFile(file, problems));
  return { chunk, docs, problems };
}

// A second thread only pays when a core is idle: sampled now, this thread asleep, one core and a half idle (one
// for this thread, at least half of one for the worker). On a busy machine both threads would share the same
// time slice, and the worker's start-up and the copying of its documents would only add work.
async function coreToSpare(): Promise<boolean> {
  return availableParallelism() > 1 && (await idleCores()) >= 1.5;
}

/** How `loadReportsParallel` shares the reading. */
export interface ParallelOptions {
  /** Read on a worker thread too: by default when there are many files and a core to spare. */
  worker?: boolean;
  /** Read on the calling thread as well (default true); false leaves it free while the worker reads. */
  readHere?: boolean;
}

/** A store loaded by `loadReportsParallel`, with how many chunks of files each thread read. */
export interface ParallelLoad {
  store: Store;
  problems: LoadProblem[];
  chunks: { here: number; worker: number };
}

/**
 * Loads every report in the given files and folders, with a worker thread reading alongside when there
 * are many files and a core to spare. Never throws.
 */
export async function loadReportsParallel(paths: string[], opts: ParallelOptions = {}): Promise<ParallelLoad> {
  const listed: LoadProblem[] = [];
  const files = reportFiles(paths, listed);
  const chunks = Math.ceil(files.length / CHUNK_FILES);
  const results: (ChunkResult | undefined)[] = new Array(chunks);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const useWorker = opts.worker ?? (files.length >= MIN_FILES_FOR_WORKER && (await coreToSpare()));
  const worker = useWorker && (chunks > 1 || opts.readHere === false) ? startWorker(files, next, results) : null;
  let mine = 0;
  if (!worker || opts.readHere !== false) {
    for (let c = Atomics.add(next, 0, 1); c < chunks; c = Atomics.add(next, 0, 1)) {
      results[c] = readChunk(files, c);
      mine++;
    }
  }
  // the chunks the worker took (none when it never started: then it is not waited for)
  if (worker) await worker.finish(chunks - mine);
  const byWorker = results.filter((r) => r !== undefined).length - mine;
  // chunks a failed worker had taken are read here
  for (let c = 0; c < chunks; c++) {
    if (results[c]) continue;
    results[c] = readChunk(files, c);
    mine++;
  }
  const store: Store = { documents: [] };
  const problems = [...listed];
  for (const r of results) {
    for (const doc of r!.docs) if (doc) store.documents.push(doc);
    problems.push(...r!.problems);
  }
  return { store, problems, chunks: { here: mine, worker: byWorker } };
}

// The worker's results are stored as they arrive; `finish(n)` resolves once n of them are in, or the
// worker failed or exited, and stops the worker.
function startWorker(files: string[], next: Int32Array, results: (ChunkResult | undefined)[]): { finish(expected: number): Promise<void> } {
  let received = 0;
  let over = false;
  let wake = (): void => {};
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./load-worker.mjs', import.meta.url), { workerData: { files, next } });
    worker.on('message', (text: string) => {
      const m = JSON.parse(text) as ChunkResult;
      results[m.chunk] = m;
      received++;
      wake();
    });
    const end = (): void => {
      over = true;
      wake();
    };
    worker.on('error', end);
    worker.on('exit', end);
  } catch {
    over = true;
  }
  return {
    async finish(expected) {
      while (!over && received < expected) await new Promise<void>((done) => (wake = done));
      await worker?.terminate();
    },
  };
}
