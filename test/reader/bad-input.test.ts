// Bad input: every file gets a one-line problem naming it; nothing throws; the other files still load.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';
import { loadReports } from '../../src/reader/load.js';

const TABLE = [
  '                      WIDGETCO INC.',
  '              Condensed Statements of Operations',
  '                     (in thousands)',
  '',
  '                                   Three months ended',
  '                                 March 31,     March 31,',
  '                                   2009          2008',
  'Revenue                          $ 10,000      $  9,000',
  'Cost of revenue                     6,000         5,500',
  'Net income                          1,000           900',
  '',
].join('\n');

describe('bad input', () => {
  it('an empty file', () => {
    const d = readReport('', 'empty.txt');
    expect(d.statements).toEqual([]);
    expect(d.problems).toEqual(['empty.txt: empty file']);
  });

  it('a binary file', () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 97 + 13) % 256)).toString('latin1');
    const d = readReport(bytes + '\u0000', 'image.txt');
    expect(d.problems).toEqual(['image.txt: binary file (not text)']);
    expect(d.statements).toEqual([]);
  });

  it('control characters: more than one in twenty make a binary file, a stray few do not', () => {
    const noisy = 'Revenue 1,234\n'.repeat(50).replace(/e/g, '\u0007');
    expect(readReport(noisy, 'noisy.txt').problems).toEqual(['noisy.txt: binary file (not text)']);
    const stray = `Revenue\u000b${' '.repeat(30)}1,234\n${'Net income    Some words here\n'.repeat(20)}`;
    expect(readReport(stray, 'stray.txt').problems.some((p) => p.includes('binary'))).toBe(false);
  });

  it('an HTML file is refused, not misread', () => {
    const d = readReport('<html><body><table><tr><td>Revenue</td><td>1,234</td></tr></table></body></html>', 'release.htm');
    expect(d.statements).toEqual([]);
    expect(d.problems).toEqual(['release.htm: HTML file (only plain-text reports are read)']);
  });

  it('a byte-order mark and no-break spaces', () => {
    const d = readReport('\uFEFF' + TABLE.replace('Revenue    ', 'Revenue\u00a0\u00a0\u00a0\u00a0'), 'bom.txt');
    expect(d.company).toBe('Widgetco Inc.');
    expect(d.statements[0].rows[0]).toMatchObject({ label: 'Revenue', values: ['10000000', '9000000'] });
  });

  it('prose only', () => {
    const d = readReport('Widgetco said on Monday that it would\nopen a new plant in 2010.\n\nThe plant will employ 300 people.\n', 'prose.txt');
    expect(d.statements).toEqual([]);
    expect(d.prose.map((p) => p.lines)).toEqual([[1, 2], [4, 4]]);
    expect(d.problems).toEqual(['prose.txt: no tables found (prose only)']);
  });

  it('a table cut off mid-way keeps what was printed', () => {
    const cut = TABLE.split('\n').slice(0, 9).join('\n') + '\nNet inc';
    const d = readReport(cut, 'cut.txt');
    expect(d.statements[0].rows.map((r) => [r.label, r.values])).toEqual([
      ['Revenue', ['10000000', '9000000']],
      ['Cost of revenue', ['6000000', '5500000']],
    ]);
  });

  it('a table cut off after its first row says so', () => {
    const d = readReport(TABLE.split('\n').slice(0, 8).join('\n'), 'cut2.txt');
    expect(d.statements[0].rows.map((r) => r.label)).toEqual(['Revenue']);
    expect(d.problems).toEqual(['cut2.txt: line 2: table "Condensed Statements of Operations" has only 1 row (cut off?)']);
  });

  it('a ~5 MB file reads in linear time without throwing', () => {
    const small = TABLE.repeat(200);
    const big = TABLE.repeat(10000);
    expect(big.length).toBeGreaterThan(4_000_000);
    let t = performance.now();
    readReport(small, 'small.txt');
    const smallMs = performance.now() - t;
    t = performance.now();
    const d = readReport(big, 'big.txt');
    const bigMs = performance.now() - t;
    expect(d.statements).toHaveLength(10000);
    expect(d.statements[9999].rows[2].values).toEqual(['1000000', '900000']);
    // 50 times the text: well under 50 x 4 the time (slack for warm-up and GC)
    expect(bigMs).toBeLessThan(Math.max(200, smallMs) * 200);
  });

  it('one long line of spaces and digits does not hang', () => {
    const line = ' 1'.repeat(500_000) + ' x';
    const d = readReport(`Title\n${line}\n`, 'long.txt');
    expect(d.document).toBe('long.txt');
  });

  it('a folder with bad files still loads the good ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reader-'));
    writeFileSync(join(dir, 'a-empty.txt'), '');
    writeFileSync(join(dir, 'b-good.txt'), TABLE);
    writeFileSync(join(dir, 'c-binary.txt'), Buffer.from([0, 1, 2, 3, 255, 0, 7]));
    writeFileSync(join(dir, 'notes.md'), 'not a report');
    const { store, problems } = loadReports([dir, join(dir, 'missing.txt')]);
    expect(store.documents.map((d) => d.document)).toEqual(['b-good.txt']);
    expect(store.documents[0].company).toBe('Widgetco Inc.');
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/missing\.txt: cannot be read/),
      'a-empty.txt: empty file',
      'c-binary.txt: binary file (not text)',
    ]);
  });
  it('a folder of folders: the reports inside are read too, hidden folders are not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reader-'));
    mkdirSync(join(dir, 'widgetco', '2007'), { recursive: true });
    mkdirSync(join(dir, '.cache'));
    writeFileSync(join(dir, 'widgetco', '2007', 'q2.txt'), TABLE);
    writeFileSync(join(dir, '.cache', 'old.txt'), TABLE);
    const { store } = loadReports([dir]);
    expect(store.documents.map((d) => d.document)).toEqual(['q2.txt']);
  });
});
