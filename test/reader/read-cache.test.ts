// The read cache: a restart takes the stored readings and gives exactly the store a fresh reading gives; a
// release whose text or name changed, a different reader, a damaged or unwritable cache all mean reading afresh.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateReleases } from '../../bench/generate.js';
import { documentOf, loadReports } from '../../src/reader/load.js';
import { CHUNK_FILES, loadReportsParallel } from '../../src/reader/load-parallel.js';
import { openReadCache, readerVersion } from '../../src/reader/read-cache.js';

const FIXTURES = join(import.meta.dirname, '../fixtures');
let dir = '';
let reports = '';
let cacheDir = '';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lineitem-cache-'));
  reports = join(dir, 'reports');
  cacheDir = join(dir, 'cache');
  mkdirSync(reports);
  copyFileSync(join(FIXTURES, 'sonus-2007-q2.txt'), join(reports, 'sonus-2007-q2.txt'));
  copyFileSync(join(FIXTURES, 'southern-2004-q4.txt'), join(reports, 'southern-2004-q4.txt'));
  for (const r of generateReleases(CHUNK_FILES + 3, 5)) writeFileSync(join(reports, r.fileName), r.text);
  writeFileSync(join(reports, 'empty.txt'), '');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// One load through the cache (a new cache object, as a new process would open), its writes waited for.
async function loadCached(version?: string, opts: { worker?: boolean } = {}) {
  const cache = openReadCache(cacheDir, [reports], version);
  const loaded = await loadReportsParallel([reports], { cache, worker: opts.worker ?? false });
  await cache?.save();
  return loaded;
}

const files = CHUNK_FILES + 3 + 3;

describe('read cache', () => {
  it('a second load takes every reading from the cache and gives the fresh store, problems included', async () => {
    const fresh = loadReports([reports]);
    const first = await loadCached();
    expect(first.cached).toBe(0);
    const second = await loadCached();
    expect(second.cached).toBe(files);
    expect(second.chunks).toEqual({ here: 0, worker: 0 });
    expect(second.store).toEqual(fresh.store);
    expect(second.problems).toEqual(fresh.problems);
    // the empty file is still reported as unreadable, from its stored reading
    expect(second.problems.some((p) => p.file.endsWith('empty.txt'))).toBe(true);
  });

  it('readings made on the worker thread are stored too', async () => {
    await loadCached(undefined, { worker: true });
    const again = await loadCached();
    expect(again.cached).toBe(files);
    expect(again.store).toEqual(loadReports([reports]).store);
  });

  it('a release whose figure changed is read afresh: the new figure, never the stored one', async () => {
    await loadCached();
    const sonus = join(reports, 'sonus-2007-q2.txt');
    const text = readFileSync(sonus, 'utf8');
    // service revenue, Q2 2007, as printed: 23,322 (thousands)
    expect(text).toContain('23,322');
    writeFileSync(sonus, text.replace('23,322', '23,323'));
    const again = await loadCached();
    expect(again.cached).toBe(files - 1);
    expect(again.store).toEqual(loadReports([reports]).store);
    const values = again.store.documents.find((d) => d.document === 'sonus-2007-q2.txt')!.statements.flatMap((s) => s.rows.flatMap((r) => r.values));
    expect(values).toContain('23323000');
    expect(values).not.toContain('23322000');
  });

  it('a release renamed is read afresh (a document is named by its file)', async () => {
    await loadCached();
    copyFileSync(join(reports, 'sonus-2007-q2.txt'), join(reports, 'sonus-copy.txt'));
    rmSync(join(reports, 'sonus-2007-q2.txt'));
    const again = await loadCached();
    expect(again.cached).toBe(files - 1);
    expect(again.store.documents.map((d) => d.document)).toContain('sonus-copy.txt');
    expect(again.store).toEqual(loadReports([reports]).store);
  });

  it('another reader version finds nothing, and its opening removes the older reader’s folder', async () => {
    await loadCached('0123456789abcdef');
    expect(existsSync(join(cacheDir, '0123456789abcdef'))).toBe(true);
    const other = await loadCached('fedcba9876543210');
    expect(other.cached).toBe(0);
    expect(existsSync(join(cacheDir, '0123456789abcdef'))).toBe(false);
  });

  it('a damaged pack (cut short, stray lines, a reading of another file under a key) is read around, never trusted', async () => {
    await loadCached();
    const pack = openReadCache(cacheDir, [reports])!.file;
    const lines = readFileSync(pack, 'utf8').split('\n').filter(Boolean);
    const [k0] = lines[0]!.split('\t');
    const other = lines[1]!.slice(65);
    // the first entry now holds another release's reading; the last is cut mid-way; garbage appended
    const damaged = [`${k0}\t${other}`, ...lines.slice(1, -1), lines[lines.length - 1]!.slice(0, 200), 'not a line', '\u0000\u0001'].join('\n');
    writeFileSync(pack, damaged);
    const again = await loadCached();
    expect(again.cached).toBe(files - 2);
    expect(again.store).toEqual(loadReports([reports]).store);
    // that load rewrote the pack whole: the next takes everything
    expect((await loadCached()).cached).toBe(files);
  });

  it('an unwritable cache folder costs nothing but the cache', async () => {
    writeFileSync(cacheDir, 'a file where the folder should be');
    const first = await loadCached();
    const second = await loadCached();
    expect([first.cached, second.cached]).toEqual([0, 0]);
    expect(second.store).toEqual(loadReports([reports]).store);
  });

  it('a release read later (the watcher) is appended, and found by the next start', async () => {
    const cache = openReadCache(cacheDir, [reports])!;
    await loadReportsParallel([reports], { cache, worker: false });
    await cache.save();
    const [late] = generateReleases(CHUNK_FILES + 4, 5).slice(-1);
    writeFileSync(join(reports, late!.fileName), late!.text);
    expect(documentOf(late!.text, join(reports, late!.fileName), [], cache)).not.toBeNull();
    await cache.save();
    const again = await loadCached();
    expect(again.cached).toBe(files + 1);
  });

  it('the reader version is a hash of the code, word lists and locked packages: the same twice, 16 hex digits', () => {
    const v = readerVersion();
    expect(v).toMatch(/^[0-9a-f]{16}$/);
    expect(readerVersion()).toBe(v);
    expect(readerVersion(join(dir, 'nowhere'))).toBeNull();
  });
});
