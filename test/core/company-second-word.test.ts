// "Deutsche Kranbau AG" is "Kranbau" to a finance team: the word after a country's adjective names the company, unless
// a line of the loaded reports uses that word ("Royal Copper Ltd" is not named by "copper revenue").
import { describe, expect, it } from 'vitest';
import { findCompanies, indexCompanies } from '../../src/core/companies.js';
import type { Document, Row } from '../../src/core/store.js';

const row = (label: string): Row => ({ label, path: [label], line: 1, lines: [1, 1], unit: 'USD', values: ['1'] });
const doc = (file: string, company: string, labels: string[]): Document => ({
  document: file, company, ticker: null, title: '', prose: [], checks: [], fiscalYearEnd: null, problems: [],
  statements: [{ title: 'Income statement', kind: 'income', line: 1, units: '', columns: [{ label: '2025', kind: 'period', period: { type: 'year', start: '2025-01-01', end: '2025-12-31' } }], rows: labels.map(row) }],
});

describe('the word after a weak first word of a two-word name', () => {
  const index = indexCompanies({ documents: [doc('k.txt', 'Deutsche Kranbau AG', ['Net revenue']), doc('r.txt', 'Royal Copper Ltd', ['Copper revenue', 'Gold revenue'])] });
  it('names the company', () => {
    expect(findCompanies('Kranbau net revenue 2025', index).map((m) => m.key)).toEqual(['deutsche kranbau']);
  });
  it('does not when a line of the reports uses it', () => {
    expect(findCompanies('copper revenue 2025', index)).toEqual([]);
  });
});
