// Fuzzed reports: broken releases (cut, shifted, garbled, duplicated, binary noise, CRLF, tabs, huge) are
// read without throwing, in bounded time, and every figure read is an exact decimal or null.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/core/store.js';
import { readReport } from '../../src/reader/index.js';
import { corpus } from './corpus.js';
import { mutate, mutation, tabifyEquivalent } from './mutate.js';
import { DECIMAL } from './reply-check.js';
import { LONG, params } from './settings.js';

const samples = corpus();
const lineCount = (t: string): number => Math.max(t.split('\n').length, t.split(/\r\n|\r|\n|\u2028|\u2029/).length);

/** Every way a read document breaks the store's shape; none when valid. */
function documentProblems(d: Document, text: string): string[] {
  const p: string[] = [];
  const max = lineCount(text);
  if (!Array.isArray(d.statements) || !Array.isArray(d.problems) || !Array.isArray(d.checks) || !Array.isArray(d.prose)) return ['lists missing'];
  if (d.problems.some((m) => typeof m !== 'string')) p.push('a problem is not a string');
  for (const s of d.statements) {
    for (const r of s.rows) {
      const where = `${s.title} › ${r.label} (line ${r.line})`;
      if (r.values.length !== s.columns.length) p.push(`${where}: ${r.values.length} values for ${s.columns.length} columns`);
      for (const v of r.values) if (v !== null && !(typeof v === 'string' && DECIMAL.test(v))) p.push(`${where}: value ${JSON.stringify(v)}`);
      if (!Number.isInteger(r.line) || r.line < 1 || r.line > max) p.push(`${where}: line ${r.line} outside 1..${max}`);
    }
  }
  for (const c of d.checks) if (typeof c.ok !== 'boolean') p.push(`check ${c.rule} has no ok`);
  return p;
}

/** Reads with a time bound; throws with the reason on any problem. */
function readAndCheck(text: string, name: string, boundMs: number): Document {
  const t = performance.now();
  const d = readReport(text, name);
  const ms = performance.now() - t;
  if (ms > boundMs) throw new Error(`${name}: reading ${text.length} chars took ${ms.toFixed(0)} ms`);
  const problems = documentProblems(d, text);
  if (problems.length) throw new Error(`${name}: ${problems.slice(0, 5).join('; ')}`);
  return d;
}

/** The figures of a document, as "title | path | values" lines, for comparing two readings. */
const figures = (d: Document): string[] =>
  d.statements.flatMap((s) => s.rows.map((r) => `${s.title} | ${r.path.join(' › ')} | ${r.values.join(' ')}`));

describe('fuzzed reports', () => {
  it('the corpus holds releases with tables', () => {
    expect(samples.length).toBeGreaterThanOrEqual(2);
    for (const s of samples) expect(readAndCheck(s.text, s.name, 5000).statements.length, s.name).toBeGreaterThan(0);
  });

  it('a release broken in one to four ways is read without throwing, in bounded time, with exact figures', () => {
    fc.assert(fc.property(fc.nat(samples.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }), (k, ms) => {
      const text = ms.reduce(mutate, samples[k]!.text);
      readAndCheck(text, `mutated-${samples[k]!.name}`, 3000);
    }), params(40, 0.2));
  });

  it('CRLF line ends and tabs on 8-column stops change no figure', () => {
    fc.assert(fc.property(fc.nat(samples.length - 1), fc.integer({ min: 1, max: 5 }), (k, every) => {
      const s = samples[k]!;
      const base = figures(readAndCheck(s.text, s.name, 5000));
      expect(figures(readAndCheck(s.text.replace(/\r?\n/g, '\r\n'), s.name, 5000)), `${s.name} with CRLF`).toEqual(base);
      expect(figures(readAndCheck(tabifyEquivalent(s.text, every), s.name, 5000)), `${s.name} with tabs`).toEqual(base);
    }), params(10, 0.02));
  });

  it('a release cut after a table keeps that table', () => {
    fc.assert(fc.property(fc.nat(samples.length - 1), fc.nat(10), (k, extra) => {
      const s = samples[k]!;
      const full = readAndCheck(s.text, s.name, 5000);
      const st = full.statements[extra % full.statements.length]!;
      const last = Math.max(...st.rows.map((r) => r.line));
      // Cut a few lines after the statement's last row: everything up to it is still there.
      const cut = s.text.split('\n').slice(0, last + 3).join('\n');
      const again = readAndCheck(cut, s.name, 5000).statements.find((x) => x.line === st.line);
      expect(again?.rows.map((r) => `${r.path.join(' › ')} ${r.values.join(' ')}`), `${s.name}: ${st.title} at line ${st.line}, cut at ${last + 3}`)
        .toEqual(st.rows.map((r) => `${r.path.join(' › ')} ${r.values.join(' ')}`));
    }), params(10, 0.02));
  });

  it('binary files, empty files and prose without tables are read without throwing', () => {
    const bytes = fc.uint8Array({ maxLength: 10_000 }).map((b) => Buffer.from(b).toString('latin1'));
    fc.assert(fc.property(fc.oneof(bytes, fc.string({ unit: 'binary', maxLength: 5000 }), fc.constant('')), (text) => {
      readAndCheck(text, 'junk.txt', 3000);
    }), params(25, 0.1));
  });

  /**
   * CPU milliseconds (this process's, so other work on the machine does not count) to read `mb` megabytes of
   * the real releases joined and repeated (best of `tries`).
   */
  const readTime = (mb: number, tries: number): number => {
    const unit = samples.filter((x) => !x.name.startsWith('synthetic')).map((x) => x.text).join('\n');
    const text = unit.repeat(Math.ceil((mb * 1e6) / unit.length)).slice(0, mb * 1e6);
    let best = Infinity;
    for (let i = 0; i < tries; i++) {
      const t = process.cpuUsage();
      const d = readReport(text, 'big.txt');
      const used = process.cpuUsage(t);
      best = Math.min(best, (used.user + used.system) / 1000);
      expect(documentProblems(d, text).slice(0, 5)).toEqual([]);
    }
    return best;
  };

  // linear is 4x; quadratic would be 16x: 10x leaves room for garbage collection of the larger store
  it('reading time grows linearly with the size of the text (4x the text in under 10x the time)', () => {
    readTime(0.1, 1);
    const small = readTime(0.5, 3);
    const big = readTime(2, 3);
    expect(big / small, `0.5 MB in ${small.toFixed(0)} ms, 2 MB in ${big.toFixed(0)} ms`).toBeLessThan(10);
  });

  it.runIf(LONG)('a 50 MB release (generated in memory) is read in time linear in its size', () => {
    const five = readTime(5, 1);
    const fifty = readTime(50, 1);
    // Linear would be 10x; 20x leaves room for memory pressure. Minutes here means something is quadratic.
    expect(fifty / five, `5 MB in ${five.toFixed(0)} ms, 50 MB in ${fifty.toFixed(0)} ms`).toBeLessThan(20);
  });
});
