// A question about the text whose every word one long sentence holds ("What did Acme acquire?") is answered
// with it; a word found only inside a hyphenated one ("broad-based") or a count asked is not enough.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';
import { quarterHeader, tableText } from '../helpers/releases.js';

const ctx = { today: '2026-01-01' };
const release = readReport('Larkspur Tools Reports Second Quarter 2025 Results\n\n' +
  'DAYTON, Ohio -- Larkspur Tools, Inc. (NASDAQ: LKSP) today reported results for the quarter ended June 30, 2025.\n\n' +
  'Revenue for the second quarter was $42.6 million, up 18% from $36.1 million a year ago.\n\n' +
  '"We closed the acquisition of Brightline Vision GmbH, a machine-vision software company based in Munich, for $28 million in cash, ' +
  'and we expect it to add to our growth next year," said Marisol Okafor, President and Chief Executive Officer.\n\n' +
  '"Loan and order growth was broad-based across our regional markets this quarter," said Trevor Lindqvist, Chief Financial Officer.\n\n' +
  'Net income was $3.3 million, or $0.21 per diluted share.\n\n' +
  'In May the company signed a multi-year agreement with Halden Grocers to automate its three largest distribution centers.\n\n\n' +
  tableText('Larkspur Tools, Inc.', {
    title: 'Condensed Consolidated Statements of Operations',
    headers: [quarterHeader('June 30', 2025), quarterHeader('June 30', 2024)],
    rows: [['Revenue', '42,611', '36,104'], ['Net income', '3,288', '1,202']],
  }), 'larkspur.txt');
const store = { documents: [release] };

describe('a long sentence that holds every word asked', () => {
  it('answers "What did Larkspur acquire?" with the sentence on the acquisition', () => {
    const r = ask('What did Larkspur acquire?', store, ctx);
    expect(r.status).toBe('answered');
    expect(r.text).toContain('Brightline Vision');
  });
  it('does not take "broad-based" for where the company is based', () => {
    expect(ask('Where is Larkspur based?', store, ctx).text).not.toContain('broad-based');
  });
  it('does not take "per diluted share" for a count of shares', () => {
    expect(ask('How many shares did Larkspur have?', store, ctx).status).not.toBe('answered');
  });
});

describe('a customer won, in the words of a release', () => {
  it('"customer" finds the agreement signed', () => {
    for (const q of ['Which customer did Larkspur sign?', "What was Larkspur's biggest customer win?"]) {
      const r = ask(q, store, ctx);
      expect(r.status, q).toBe('answered');
      expect(r.text, q).toContain('Halden Grocers');
    }
  });
});

describe('"how many X" from the text', () => {
  // a made-up release: a customer's 9,000 trucks in one sentence, the company's 385 employees in another
  const doc = readReport(readFileSync(new URL('../fixtures/prose/vessly-2025-q3.txt', import.meta.url), 'utf8'), 'vessly-2025-q3.txt');
  it('quotes a sentence that counts the thing asked', () => {
    expect(ask('How many employees does Vessly have?', { documents: [doc] }, ctx).text).toContain('385 employees');
  });
  it('quotes no sentence that counts something else', () => {
    expect(ask('How many employees does Ridgeway Freight have?', { documents: [doc] }, ctx).status).not.toBe('answered');
  });
});

describe('"where is X headquartered"', () => {
  it('is answered by a sentence that says where, not by one that only names X', () => {
    expect(ask('Where is Halden Grocers headquartered?', store, ctx).text).not.toContain('Halden Grocers');
    expect(ask('Where is Brightline Vision based?', store, ctx).text).toContain('based in Munich');
  });
});

describe('"when does the new CFO start"', () => {
  it('finds the appointment "effective" on a date', () => {
    const doc = readReport(readFileSync(new URL('../fixtures/prose/vessly-2025-q3.txt', import.meta.url), 'utf8'), 'vessly-2025-q3.txt');
    expect(ask('When does the new Vessly CFO start?', { documents: [doc] }, ctx).text).toContain('effective October 1, 2025');
  });
});
