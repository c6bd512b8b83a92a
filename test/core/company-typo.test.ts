// A company name mistyped by one letter ("Halbrok" for Halbrook) names the company when no name is written right.
import { describe, expect, it } from 'vitest';
import { findCompanies, indexCompanies } from '../../src/core/companies.js';
import type { Document } from '../../src/core/store.js';

const doc = (company: string): Document => ({
  document: `${company}.txt`, company, ticker: null, title: '', statements: [], checks: [], prose: [], fiscalYearEnd: null, problems: [],
});
const index = indexCompanies({ documents: [doc('Halbrook Medical Systems, Inc.'), doc('Tamarack Freight Lines, Inc.'), doc('Penwarden Chemical Corporation'), doc('Penwarren Mills, Inc.')] });
const named = (q: string) => findCompanies(q, index).map((m) => index.byKey.get(m.key)!.name);

describe('a mistyped company name', () => {
  it('reads a letter dropped, added or swapped', () => {
    expect(named('Halbrok net sales Q3 1998')).toEqual(['Halbrook Medical Systems, Inc.']);
    expect(named('tamarak revenue q3 2003')).toEqual(['Tamarack Freight Lines, Inc.']);
    expect(named('Tmaarack revenue q3 2003')).toEqual(['Tamarack Freight Lines, Inc.']);
  });
  it('names no company when the slip is one letter from two of them', () => {
    // "Penwardne" is one slip from "Penwarden" only; "Penwarxen" is one from "Penwarden" and "Penwarren"
    expect(named('Penwardne net sales')).toEqual(['Penwarden Chemical Corporation']);
    expect(named('Penwarxen net sales')).toEqual([]);
  });
  it('never reads a finance word or a short word as a company', () => {
    expect(named('net sales Q3 1998')).toEqual([]);
    expect(named('Halbro net sales')).toEqual([]);
  });
  it('a name written right wins over a slip', () => {
    expect(named('Tamarack vs Halbrok revenue')).toEqual(['Tamarack Freight Lines, Inc.']);
  });
});
