// Loading on worker threads gives the store the one-thread loader gives: the same documents in the
// same order, the same problems, whichever thread read which file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateReleases } from '../../bench/generate.js';
import { loadReports } from '../../src/reader/load.js';
import { CHUNK_FILES, loadReportsParallel } from '../../src/reader/load-parallel.js';

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lineitem-parallel-'));
  // several chunks of releases, with an empty file and a binary one among them
  for (const r of generateReleases(3 * CHUNK_FILES + 5, 3)) writeFileSync(join(dir, r.fileName), r.text);
  writeFileSync(join(dir, 'aaa-empty.txt'), '');
  writeFileSync(join(dir, 'zzz-binary.txt'), Buffer.from([0, 1, 2, 3, 255, 0, 7]));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadReportsParallel', () => {
  it('a worker reading every file gives the one-thread store', async () => {
    const one = loadReports([dir, join(dir, 'missing.txt')]);
    const two = await loadReportsParallel([dir, join(dir, 'missing.txt')], { worker: true, readHere: false });
    expect(two.chunks).toEqual({ here: 0, worker: 4 });
    expect(two.store.documents.length).toBe(3 * CHUNK_FILES + 5);
    expect(two.store).toEqual(one.store);
    expect(two.problems).toEqual(one.problems);
  });

  it('both threads reading give the one-thread store', async () => {
    const two = await loadReportsParallel([dir], { worker: true });
    expect(two.chunks.here + two.chunks.worker).toBe(4);
    expect({ store: two.store, problems: two.problems }).toEqual(loadReports([dir]));
  });

  it('three workers reading every file give the one-thread store', async () => {
    const four = await loadReportsParallel([dir], { worker: true, workers: 3, readHere: false });
    expect(four.chunks).toEqual({ here: 0, worker: 4 });
    expect({ store: four.store, problems: four.problems }).toEqual(loadReports([dir]));
  });

  it('reads on this thread alone when told not to start a worker', async () => {
    const one = await loadReportsParallel([dir], { worker: false });
    expect(one.chunks).toEqual({ here: 4, worker: 0 });
    expect({ store: one.store, problems: one.problems }).toEqual(loadReports([dir]));
  });
});
