// The folder watcher: a release dropped into a watched folder while the bot runs is loaded once,
// when it is complete; a half-written file is never loaded.
import { mkdtempSync, rmSync, writeFileSync, appendFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/store.js';
import { watchReports } from '../../src/reader/watch.js';
import type { LoadProblem } from '../../src/reader/load.js';
import { quarterHeader, releaseText } from '../helpers/releases.js';

const RELEASE = releaseText('Acme Widgets, Inc.', 'ACMW', 'Acme Widgets Reports 2007 Second Quarter Results', [
  {
    title: 'Condensed Consolidated Statements of Operations',
    headers: [quarterHeader('June 30', 2007), quarterHeader('June 30', 2006)],
    rows: [['Revenue', '$ 52,171', '$ 48,853'], ['Cost of revenue', '23,561', '16,199'], ['Gross profit', '28,610', '32,654'], ['Net income', '$ 6,976', '$ 8,914']],
  },
]) + '\n';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function until(cond: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await sleep(25);
}

let dir = '';
let closer: { close(): void } | null = null;
afterEach(() => {
  closer?.close();
  closer = null;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function start(opts = {}) {
  dir = mkdtempSync(join(tmpdir(), 'lineitem-watch-'));
  const calls: { store: Store; problems: LoadProblem[] }[] = [];
  closer = watchReports([dir], (store, problems) => calls.push({ store, problems }), { debounceMs: 100, ...opts });
  return calls;
}

const rows = (s: Store) => s.documents.flatMap((d) => d.statements.flatMap((st) => st.rows.map((r) => r.label)));

describe('watchReports', () => {
  it('loads a file written in two chunks once, complete', async () => {
    const calls = start();
    await sleep(200);
    expect(calls).toHaveLength(0);
    const file = join(dir, 'acme-2007-q2.txt');
    // the first chunk stops mid-line inside the table
    const cut = RELEASE.indexOf('Gross profit') + 5;
    writeFileSync(file, RELEASE.slice(0, cut));
    await sleep(450);
    appendFileSync(file, RELEASE.slice(cut));
    await until(() => calls.length > 0, 6000);
    await sleep(300);
    expect(calls).toHaveLength(1);
    const { store, problems } = calls[0];
    expect(store.documents.map((d) => d.document)).toEqual(['acme-2007-q2.txt']);
    expect(store.documents[0].company).toBe('Acme Widgets, Inc.');
    expect(rows(store)).toEqual(['Revenue', 'Cost of revenue', 'Gross profit', 'Net income']);
    expect(store.documents[0].statements[0].rows[3].values).toEqual(['6976000', '8914000']);
    expect(problems).toEqual([]);
  }, 10_000);

  it('a file growing by whole lines, slower than the debounce, is read only when it stops', async () => {
    const calls = start({ settleMs: 700 });
    const file = join(dir, 'acme.txt');
    const lines = RELEASE.split('\n').slice(0, -1);
    writeFileSync(file, '');
    // five pieces 200 ms apart: each ends with a line break, so only the size check can tell
    const size = Math.ceil(lines.length / 5);
    for (let i = 0; i < lines.length; i += size) {
      appendFileSync(file, lines.slice(i, i + size).join('\n') + '\n');
      await sleep(200);
    }
    await until(() => calls.length > 0, 6000);
    await sleep(300);
    expect(calls).toHaveLength(1);
    expect(rows(calls[0].store)).toEqual(['Revenue', 'Cost of revenue', 'Gross profit', 'Net income']);
  }, 10_000);

  it('an empty file is waited for, then loaded once it is written', async () => {
    const calls = start({ graceMs: 5000 });
    const file = join(dir, 'acme.txt');
    writeFileSync(file, '');
    await sleep(700);
    expect(calls).toHaveLength(0);
    writeFileSync(file, RELEASE);
    await until(() => calls.length > 0, 4000);
    await sleep(300);
    expect(calls).toHaveLength(1);
    expect(rows(calls[0].store)).toEqual(['Revenue', 'Cost of revenue', 'Gross profit', 'Net income']);
  }, 10_000);

  it('a file left empty longer than the grace time is reported once', async () => {
    const calls = start({ graceMs: 400 });
    writeFileSync(join(dir, 'empty.txt'), '');
    await until(() => calls.length > 0, 4000);
    await sleep(600);
    expect(calls).toHaveLength(1);
    expect(calls[0].store.documents).toEqual([]);
    expect(calls[0].problems.map((p) => p.file)).toEqual([join(dir, 'empty.txt')]);
  }, 10_000);

  it('keeps the documents it has and drops a removed file', async () => {
    const calls = start();
    writeFileSync(join(dir, 'a.txt'), RELEASE);
    await until(() => calls.length === 1, 4000);
    writeFileSync(join(dir, 'b.txt'), RELEASE.replace('52,171', '52,999'));
    await until(() => calls.length === 2, 4000);
    const second = calls[1].store;
    expect(second.documents.map((d) => d.document)).toEqual(['a.txt', 'b.txt']);
    // a.txt was not read again: the same document object
    expect(second.documents[0]).toBe(calls[0].store.documents[0]);
    unlinkSync(join(dir, 'a.txt'));
    await until(() => calls.length === 3, 4000);
    expect(calls[2].store.documents.map((d) => d.document)).toEqual(['b.txt']);
  }, 10_000);

  it('takes the start-up store as it is and says nothing until something changes', async () => {
    dir = mkdtempSync(join(tmpdir(), 'lineitem-watch-'));
    writeFileSync(join(dir, 'a.txt'), RELEASE);
    const { loadReports } = await import('../../src/reader/load.js');
    const initial = loadReports([dir]).store;
    const calls: Store[] = [];
    closer = watchReports([dir], (s) => calls.push(s), { debounceMs: 100, initial });
    await sleep(600);
    expect(calls).toHaveLength(0);
    writeFileSync(join(dir, 'b.txt'), RELEASE);
    await until(() => calls.length === 1, 4000);
    expect(calls[0].documents[0]).toBe(initial.documents[0]);
    expect(calls[0].documents.map((d) => d.document)).toEqual(['a.txt', 'b.txt']);
  }, 10_000);

  it('a file that is not a report is reported as a problem, and close() stops watching', async () => {
    const calls = start();
    writeFileSync(join(dir, 'notes.txt'), '\n\n\n');
    await until(() => calls.length === 1, 4000);
    expect(calls[0].store.documents).toEqual([]);
    expect(calls[0].problems.map((p) => p.file)).toEqual([join(dir, 'notes.txt')]);
    closer!.close();
    writeFileSync(join(dir, 'a.txt'), RELEASE);
    await sleep(800);
    expect(calls).toHaveLength(1);
  }, 10_000);
});
