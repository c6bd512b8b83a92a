// Loading many reports on several threads: this one and one worker (load-worker.ts) per further idle core take
// chunks of files from one shared counter, so the faster threads read more; the workers' documents come back by
// message (JSON text). With a read cache, readings stored by an earlier run are taken first and only the rest are
// read. The result is the store `loadReports` builds: same documents, order and problems.
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { idleCores } from './idle-cores.js';
import { Worker } from 'node:worker_threads';
import type { Document, Store } from '../core/store.js';
import { readReport } from './index.js';
import { accepted, reportFiles, reportText, type LoadProblem } from './load.js';
import { readingKey, type ReadCache } from './read-cache.js';

/** One file's reading: its document (null when nothing could be read) and its problems. */
export interface FileReading {
  doc: Document | null;
  problems: LoadProblem[];
  /** With a cache: the reading's key and the document as JSON (as read, before the store takes it or not). */
  key?: string;
  json?: string;
}

/** What one chunk of files gave: one reading per file. */
export interface ChunkResult {
  chunk: number;
  readings: FileReading[];
}

/** Files per chunk: small enough that neither thread waits long for the other at the end. */
export const CHUNK_FILES = 16;
// A worker starts in about a second (its own module loading): worth it only for many files.
const MIN_FILES_FOR_WORKER = 500;
// Workers at most: past a few, their start-up and the copying of their documents outweigh what they read.
const MAX_WORKERS = 3;

/** Reads one chunk of files (chunk k holds files k*CHUNK_FILES onwards); `keyed`: with each reading's key and JSON, for a cache. */
export function readChunk(files: string[], chunk: number, keyed = false): ChunkResult {
  const readings = files.slice(chunk * CHUNK_FILES, (chunk + 1) * CHUNK_FILES).map((file): FileReading => {
    const problems: LoadProblem[] = [];
    const text = reportText(file, problems);
    if (text === null) return { doc: null, problems };
    const raw = readReport(text, basename(file));
    const doc = accepted(raw, file, problems);
    return keyed ? { doc, problems, key: readingKey(text, basename(file)), json: JSON.stringify(raw) } : { doc, problems };
  });
  return { chunk, readings };
}

// A file's reading from the cache, or null when the cache does not hold it (or the file cannot be read:
// the reading proper then says why).
function cachedReading(file: string, cache: ReadCache): FileReading | null {
  const text = reportText(file, []);
  const doc = text === null ? null : cache.get(text, basename(file));
  if (!doc) return null;
  const problems: LoadProblem[] = [];
  return { doc: accepted(doc, file, problems), problems };
}

// A second thread only pays when a core is idle: sampled now, this thread asleep, one core and a half idle (one
// for this thread, at least half of one for the worker); each further worker wants one more idle core. On a busy
// machine the threads would share the same time slices, and a worker's start-up and the copying of its documents
// would only add work.
async function coresToSpare(): Promise<number> {
  if (availableParallelism() < 2) return 0;
  const idle = await idleCores();
  return idle < 1.5 ? 0 : Math.min(MAX_WORKERS, Math.max(1, Math.floor(idle - 1)));
}

/** How `loadReportsParallel` shares the reading. */
export interface ParallelOptions {
  /** Read on worker threads too: by default when there are many files and a core to spare (one worker per idle core beyond this thread's, up to three). */
  worker?: boolean;
  /** With `worker`: how many workers (default one when `worker` is true, else by the idle cores). */
  workers?: number;
  /** Read on the calling thread as well (default true); false leaves it free while the worker reads. */
  readHere?: boolean;
  /** Readings kept between runs (read-cache.ts): taken from it when there, stored in it when new. */
  cache?: ReadCache | null;
}

/** A store loaded by `loadReportsParallel`, with how many chunks of files each thread read and how many files the cache held. */
export interface ParallelLoad {
  store: Store;
  problems: LoadProblem[];
  chunks: { here: number; worker: number };
  /** Files whose reading came from the cache (0 without one). */
  cached: number;
}

/**
 * Loads every report in the given files and folders, with a worker thread reading alongside when there
 * are many files and a core to spare. Never throws.
 */
export async function loadReportsParallel(paths: string[], opts: ParallelOptions = {}): Promise<ParallelLoad> {
  const listed: LoadProblem[] = [];
  const all = reportFiles(paths, listed);
  const cache = opts.cache ?? null;
  // readings an earlier run stored, by file; only the others are read (and put in the cache)
  const found = all.map((file) => (cache && !cache.empty() ? cachedReading(file, cache) : null));
  const files = all.filter((_, i) => !found[i]);
  const chunks = Math.ceil(files.length / CHUNK_FILES);
  const results: (ChunkResult | undefined)[] = new Array(chunks);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const count = opts.worker === false ? 0 : opts.worker ? (opts.workers ?? 1) : files.length >= MIN_FILES_FOR_WORKER ? await coresToSpare() : 0;
  const worker = count > 0 && (chunks > 1 || opts.readHere === false) ? startWorkers(count, files, next, results, cache !== null) : null;
  let mine = 0;
  if (!worker || opts.readHere !== false) {
    for (let c = Atomics.add(next, 0, 1); c < chunks; c = Atomics.add(next, 0, 1)) {
      results[c] = readChunk(files, c, cache !== null);
      mine++;
    }
  }
  // the chunks the workers took (none when they never started: then they are not waited for)
  if (worker) await worker.finish(chunks - mine);
  const byWorker = results.filter((r) => r !== undefined).length - mine;
  // chunks a failed worker had taken are read here
  for (let c = 0; c < chunks; c++) {
    if (results[c]) continue;
    results[c] = readChunk(files, c, cache !== null);
    mine++;
  }
  const read = results.flatMap((r) => r!.readings);
  const store: Store = { documents: [] };
  const problems = [...listed];
  let k = 0;
  for (const reading of found) {
    const r = reading ?? read[k++]!;
    if (r.key && r.json) cache?.keep(r.key, r.json);
    if (r.doc) store.documents.push(r.doc);
    problems.push(...r.problems);
  }
  return { store, problems, chunks: { here: mine, worker: byWorker }, cached: all.length - files.length };
}

/** A chunk as the worker posts it: each document as JSON text (JSON.parse here costs a fraction of the structured clone of so many small objects). */
export interface PostedChunk {
  chunk: number;
  readings: { json: string | null; taken: boolean; problems: LoadProblem[]; key?: string }[];
}

/** A chunk read on the worker, to post (each document's JSON made once: it also serves the cache). */
export function toPosted(r: ChunkResult): PostedChunk {
  return { chunk: r.chunk, readings: r.readings.map(({ doc, problems, key, json }) => ({ json: json ?? (doc ? JSON.stringify(doc) : null), taken: doc !== null, problems, key })) };
}

function fromPosted(m: PostedChunk): ChunkResult {
  return { chunk: m.chunk, readings: m.readings.map(({ json, taken, problems, key }) => ({ doc: taken && json ? (JSON.parse(json) as Document) : null, problems, key, json: json ?? undefined })) };
}

// The workers' results are stored as they arrive; `finish(n)` resolves once n of them are in, or every worker
// failed or exited, and stops the workers.
function startWorkers(count: number, files: string[], next: Int32Array, results: (ChunkResult | undefined)[], keyed: boolean): { finish(expected: number): Promise<void> } {
  let received = 0;
  let running = 0;
  let wake = (): void => {};
  const workers: Worker[] = [];
  for (let i = 0; i < count; i++) {
    try {
      const worker = new Worker(new URL('./load-worker.mjs', import.meta.url), { workerData: { files, next, keyed } });
      worker.on('message', (m: PostedChunk) => {
        results[m.chunk] = fromPosted(m);
        received++;
        wake();
      });
      let over = false;
      const end = (): void => {
        if (!over) running--;
        over = true;
        wake();
      };
      worker.on('error', end);
      worker.on('exit', end);
      workers.push(worker);
      running++;
    } catch {
      // a worker that cannot start reads nothing: the others, and this thread, read its share
    }
  }
  return {
    async finish(expected) {
      while (running > 0 && received < expected) await new Promise<void>((done) => (wake = done));
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
