// A company whose name joins two names with "&" is found however the question writes the join.
import { describe, expect, it } from 'vitest';
import { findCompanies, indexCompanies } from '../../src/core/companies.js';
import type { Document } from '../../src/core/store.js';

const doc = (company: string): Document => ({
  document: `${company}.txt`, company, ticker: null, title: '', statements: [], checks: [], prose: [], fiscalYearEnd: null, problems: [],
});
const index = indexCompanies({ documents: [doc('Fenwick & Lowe Outfitters, Inc.'), doc('Contoso Pharmaceuticals, Inc.')] });
const spans = (q: string) => findCompanies(q, index).map((m) => q.slice(m.span[0], m.span[1]));

describe('company names with an ampersand', () => {
  it('takes "&", "and" or nothing between the names as the whole name', () => {
    expect(spans('Fenwick & Lowe net sales Q3 2021')).toEqual(['Fenwick & Lowe']);
    expect(spans("What were Fenwick and Lowe's net sales?")).toEqual(["Fenwick and Lowe's"]);
    expect(spans('fenwick lowe outfitters gross margin')).toEqual(['fenwick lowe outfitters']);
  });
  it('still reads the first name alone', () => {
    expect(spans('fenwick inventories')).toEqual(['fenwick']);
  });
});

describe('a name of three words or more', () => {
  const banks = indexCompanies({ documents: [doc('Harbor Ridge Bancorp, Inc.')] });
  it('is found without its last word ("Harbor Ridge" for Harbor Ridge Bancorp)', () => {
    const q = 'Harbor Ridge net interest income';
    expect(findCompanies(q, banks).map((m) => q.slice(m.span[0], m.span[1]))).toEqual(['Harbor Ridge']);
  });
});
