// Key facts of the Sonus Q2 2007 release, checked against the text by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Document, Row, Statement } from '../../src/core/store.js';
import { readReport } from '../../src/reader/index.js';

const text = readFileSync(new URL('../fixtures/sonus-2007-q2.txt', import.meta.url), 'utf8');
const doc: Document = readReport(text, 'sonus-2007-q2.txt');

function rowAt(line: number): { s: Statement; r: Row } {
  for (const s of doc.statements) for (const r of s.rows) if (r.line === line) return { s, r };
  throw new Error(`no row at line ${line}`);
}

describe('Sonus Q2 2007', () => {
  it('names the company, ticker and headline', () => {
    expect(doc.company).toBe('Sonus Networks, Inc.');
    expect(doc.ticker).toBe('SONS');
    expect(doc.title).toBe('Sonus Networks Reports 2007 Second Quarter Financial Results');
    expect(doc.fiscalYearEnd).toEqual({ month: 12, day: 31 });
  });

  it('reads Revenue › Service at line 197 for the quarter ended June 30, 2007', () => {
    const { s, r } = rowAt(197);
    expect(s.title).toBe('Condensed Consolidated Statements of Operations');
    expect(s.kind).toBe('income');
    expect(s.units).toBe('in thousands, except per share data');
    expect(r.path).toEqual(['Revenue', 'Service']);
    expect(r.values).toEqual(['23322000', '19519000', '15627000']);
    expect(s.columns[0]).toEqual({
      label: 'Three months ended June 30, 2007',
      kind: 'period',
      period: { type: 'quarter', start: '2007-04-01', end: '2007-06-30' },
    });
  });

  it('keeps per-share amounts in dollars and scales share counts', () => {
    expect(rowAt(228).r).toMatchObject({ path: ['Net income (loss) per share', 'Basic'], unit: 'USD/share', values: ['-0.03', '-0.02', '0.04'] });
    expect(rowAt(233).r).toMatchObject({ unit: 'shares', values: ['259786000', '259768000', '252664000'] });
    expect(rowAt(208).r).toMatchObject({ path: ['Gross profit %', 'Product'], unit: 'percent', values: ['54.8', '66.9', '66.8'] });
  });

  it('reads "--" as zero and parentheses as negative', () => {
    expect(rowAt(221).r.values).toEqual(['-256000', '-680000', '0']);
  });

  it('labels the balance sheet unlabeled totals', () => {
    const assets = rowAt(314);
    expect(assets.s.kind).toBe('balance');
    expect(assets.r).toMatchObject({ label: 'Total assets', values: ['597945000', '589604000'] });
    expect(assets.s.columns.map((c) => c.period)).toEqual([
      { type: 'instant', start: null, end: '2007-06-30' },
      { type: 'instant', start: null, end: '2006-12-31' },
    ]);
    expect(rowAt(342).r.label).toBe("Total liabilities and stockholders' equity");
  });

  it('joins a label wrapped around its figures (line 410, label lines 408-411)', () => {
    const { s, r } = rowAt(410);
    expect(s.kind).toBe('cash_flow');
    expect(r.label).toBe('Payment of tax withholding obligations related to net share settlement of restricted stock award');
    expect(r.lines).toEqual([408, 411]);
    expect(r.values).toEqual(['-300000', '0']);
    expect(r.path[0]).toBe('Cash flows from financing activities');
  });

  it('joins labels wrapped over two and three lines with figures on the last', () => {
    expect(rowAt(391).r).toMatchObject({ lines: [389, 391], label: 'Maturities of held-to-maturity marketable debt securities and long-term investments', values: ['170000000', '58006000'] });
    expect(rowAt(423).r).toMatchObject({ lines: [422, 423], label: 'Cash and cash equivalents, beginning of period' });
  });

  it('finds every statement with the right columns', () => {
    expect(doc.statements.map((s) => [s.line, s.kind, s.columns.length, s.rows.length])).toEqual([
      [184, 'income', 3, 25],
      [240, 'income', 2, 25],
      [292, 'balance', 2, 31],
      [347, 'cash_flow', 2, 33],
    ]);
  });

  it('checks the arithmetic, all holding', () => {
    expect(doc.checks.find((c) => c.line === 198)).toEqual({ ok: true, line: 198, rule: 'Product + Service = Total revenue', detail: '' });
    expect(doc.checks.some((c) => /Total assets = Total liabilities/.test(c.rule) && c.ok)).toBe(true);
    expect(doc.checks.some((c) => /beginning of period .* = Cash and cash equivalents, end of period/.test(c.rule) && c.ok)).toBe(true);
    expect(doc.checks.some((c) => c.rule.includes('$75.5 million') && c.ok)).toBe(true);
    expect(doc.checks.filter((c) => !c.ok)).toEqual([]);
  });

  it('keeps the prose as paragraphs with line offsets, tables excluded', () => {
    const p = doc.prose.find((x) => x.lines[0] === 8)!;
    expect(p.lines).toEqual([8, 13]);
    expect(p.text.startsWith('Revenues for the second quarter of fiscal 2007 were $75.5 million')).toBe(true);
    expect(p.text.slice(p.offsets[1]).startsWith('with $71.1 million')).toBe(true);
    expect(doc.prose.some((x) => x.text.includes('52,171'))).toBe(false);
  });
});

describe('the debug trace', () => {
  it('names the rules that fired, only when asked', () => {
    const trace: string[] = [];
    readReport(text, 'sonus-2007-q2.txt', trace);
    expect(trace).toContain('reader.unlabeled-balance-position: line 314 -> "Total assets"');
    expect(trace).toContain('reader.label-tail: line 411 joins row at line 410');
    expect(trace.some((t) => t.startsWith('reader.table: line 184 "Condensed Consolidated Statements of Operations" income, 3 columns, 25 rows'))).toBe(true);
  });
});
