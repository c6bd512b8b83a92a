// Worker side of load-parallel.ts: takes chunks of files from the shared counter until none is left,
// posting each chunk's documents as it is read, as JSON text (a store is plain data: JSON.parse on the other side
// costs a fraction of the structured clone of so many small objects).
import { parentPort, workerData } from 'node:worker_threads';
import { CHUNK_FILES, readChunk } from './load-parallel.js';

const { files, next } = workerData as { files: string[]; next: Int32Array };
const chunks = Math.ceil(files.length / CHUNK_FILES);
for (let c = Atomics.add(next, 0, 1); c < chunks; c = Atomics.add(next, 0, 1)) parentPort!.postMessage(JSON.stringify(readChunk(files, c)));
