// A figure a release states only in its text (a dividend declared, annual recurring revenue): "What dividend did Acme declare?" quotes the sentence that
// states it; no sentence of another figure "per share" stands in for it, and no figure is given for a period.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';
import { quarterHeader, tableText } from '../helpers/releases.js';

const ctx = { today: '2026-01-01' };
const table = tableText('Larkspur Tools, Inc.', {
  title: 'Condensed Consolidated Statements of Operations',
  headers: [quarterHeader('June 30', 2025), quarterHeader('June 30', 2024)],
  rows: [['Revenue', '42,611', '36,104'], ['Net income', '3,288', '1,202'], ['Diluted earnings per share', '0.21', '0.08']],
});
const head = 'Larkspur Tools Reports Second Quarter 2025 Results\n\nDAYTON, Ohio -- Larkspur Tools, Inc. (NASDAQ: LKSP) today reported results.\n\n' +
  'Net income was $3.3 million, or $0.21 per diluted share.\n\n';
const declared = readReport(head + 'The Board of Directors declared a quarterly cash dividend of $0.06 per share, payable on September 12, 2025.\n\n' +
  'Larkspur employs approximately 640 people.\n\n\n' + table, 'larkspur.txt');
const silent = readReport(head + '\n' + table, 'larkspur.txt');

describe('a dividend declared in the text', () => {
  it('quotes the sentence that declares it', () => {
    for (const q of ['Larkspur dividend', 'What dividend did Larkspur declare?', 'how much is the larkspur dividend per share']) {
      const r = ask(q, { documents: [declared] }, ctx);
      expect(r.status, q).toBe('answered');
      expect(r.text, q).toContain('$0.06 per share');
    }
  });
  it('"when is it paid" finds the date it is payable', () => {
    expect(ask('When is the Larkspur dividend paid?', { documents: [declared] }, ctx).text).toContain('payable on September 12, 2025');
  });
  it('gives no other "per share" sentence when the text declares none', () => {
    const r = ask('Larkspur dividends per share', { documents: [silent] }, ctx);
    expect(r.status).not.toBe('answered');
  });
  it('gives no figure for a period asked', () => {
    const r = ask('Larkspur dividend per share Q2 2024', { documents: [declared] }, ctx);
    expect(r.status).not.toBe('answered');
  });
});

describe('headcount in the text', () => {
  it('"headcount" finds the sentence on employees', () => {
    const r = ask('Larkspur headcount', { documents: [declared] }, ctx);
    expect(r.status).toBe('answered');
    expect(r.text).toContain('640 people');
  });
});

describe('annual recurring revenue stated only in the text', () => {
  const doc = readReport(readFileSync(new URL('../fixtures/prose/vessly-2025-q3.txt', import.meta.url), 'utf8'), 'vessly-2025-q3.txt');
  it('quotes the sentence that states it', () => {
    for (const q of ['Vessly ARR', 'Vessly annual recurring revenue']) expect(ask(q, { documents: [doc] }, ctx).text, q).toContain('$112 million');
  });
  it('gives nothing for its growth or for another period', () => {
    for (const q of ['Vessly ARR growth', 'Vessly ARR Q3 2024']) expect(ask(q, { documents: [doc] }, ctx).status, q).not.toBe('answered');
  });
});

describe('a share repurchase program announced in the text', () => {
  const doc = readReport(readFileSync(new URL('../fixtures/prose/vessly-2025-q3.txt', import.meta.url), 'utf8'), 'vessly-2025-q3.txt');
  it('quotes the sentence that announces it', () => {
    for (const q of ['Vessly buybacks', 'Vessly share repurchase authorization']) expect(ask(q, { documents: [doc] }, ctx).text, q).toContain('up to $50 million');
  });
  it('gives nothing for a period asked', () => {
    expect(ask('Vessly share repurchases Q3 2025', { documents: [doc] }, ctx).status).not.toBe('answered');
  });
});
