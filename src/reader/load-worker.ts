// Worker side of load-parallel.ts: takes chunks of files from the shared counter until none is left,
// posting each chunk's readings as it is read, each document as JSON text (`keyed`: with its key, for the
// read cache the calling thread keeps).
import { parentPort, workerData } from 'node:worker_threads';
import { CHUNK_FILES, readChunk, toPosted } from './load-parallel.js';

const { files, next, keyed } = workerData as { files: string[]; next: Int32Array; keyed: boolean };
const chunks = Math.ceil(files.length / CHUNK_FILES);
for (let c = Atomics.add(next, 0, 1); c < chunks; c = Atomics.add(next, 0, 1)) parentPort!.postMessage(toPosted(readChunk(files, c, keyed)));
