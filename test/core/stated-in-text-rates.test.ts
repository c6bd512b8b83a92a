// Rates a release states only in its text: a subscription company's net retention and a REIT's occupancy.
// With no line for them and no period asked, the sentence that states them is quoted; never a figure for a period.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';
import { quarterHeader, tableText } from '../helpers/releases.js';

const ctx = { today: '2025-09-01' };
const table = tableText('Pallisade Cloud, Inc.', {
  title: 'Condensed Consolidated Statements of Operations',
  headers: [quarterHeader('June 30', 2025), quarterHeader('June 30', 2024)],
  rows: [['Revenue', '42,611', '36,104'], ['Net loss', '(3,288)', '(5,202)']],
});
const doc = readReport('Pallisade Cloud Reports Second Quarter 2025 Results\n\nAUSTIN, Texas -- Pallisade Cloud, Inc. (NASDAQ: PLCD) today reported results.\n\n' +
  'Annual recurring revenue reached $171.0 million and the dollar-based net retention rate was 112%.\n\n' +
  'Occupancy of the leased data halls was 94.5% at quarter end.\n\n\n' + table, 'pallisade.txt');
const store = { documents: [doc] };

describe('rates stated only in the text', () => {
  it('quotes the sentence with the net retention rate', () => {
    for (const q of ['Pallisade net retention rate', 'Pallisade dollar-based net retention rate']) expect(ask(q, store, ctx).text, q).toContain('112%');
  });
  it('quotes the sentence with the occupancy', () => {
    expect(ask('Pallisade occupancy', store, ctx).text).toContain('94.5% at quarter end');
  });
  it('gives nothing for a period asked', () => {
    expect(ask('Pallisade net retention rate Q2 2024', store, ctx).status).not.toBe('answered');
  });
});

describe("a retailer's comparable sales stated only in the text", () => {
  const retail = tableText('Tallow & Reed Home Corp.', {
    title: 'Consolidated Statements of Income',
    headers: [quarterHeader('June 30', 2025), quarterHeader('June 30', 2024)],
    rows: [['Net sales', '1,284,560', '1,142,380'], ['Net income', '76,320', '51,975']],
  });
  const tr = readReport('Tallow & Reed Reports Second Quarter 2025 Results\n\nNASHVILLE, Tenn. -- Tallow & Reed Home Corp. (NASDAQ: TRHC) today reported results.\n\n' +
    'Net sales increased 12.4% to $1.28 billion. Comparable sales increased 3.4%.\n\n\n' + retail, 'tallow.txt');
  it('quotes the sentence, never net sales', () => {
    const r = ask('Tallow & Reed comparable sales', { documents: [tr] }, ctx);
    expect(r.status).toBe('answered');
    expect(r.text).toContain('Comparable sales increased 3.4%');
    expect(r.answers[0]?.value ?? null).toBeNull();
  });
  it('gives no net sales figure for comparable sales of a period', () => {
    expect(ask('Tallow & Reed comparable store sales Q2 2025', { documents: [tr] }, ctx).status).not.toBe('answered');
  });
});
