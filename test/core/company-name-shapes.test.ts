// How questions shorten company names of common shapes: a leading "The", two names joined by "&" (and their
// initials, "P&G"), "&" inside one word ("AT&T"), a hyphenated first word written as one ("Wal-Mart" ->
// "Walmart"), a name ending "and Company", a name that is a finance word but no figure's name ("Outlook"),
// and a ticker that spells a figure word standing before another figure's name ("EPS revenue").
import { describe, expect, it } from 'vitest';
import { findCompanies, indexCompanies } from '../../src/core/companies.js';
import type { Document } from '../../src/core/store.js';

const doc = (company: string, ticker: string | null): Document => ({
  document: `${company}.txt`, company, ticker, title: '', statements: [], checks: [], prose: [], fiscalYearEnd: null, problems: [],
});
const index = indexCompanies({ documents: [
  doc('The Quorra-Vane Company', 'QVC'),
  doc('The Pellam & Garrow Company', 'PLG'),
  doc('QT&R Inc.', 'QTR'),
  doc('Wil-Mart Stores, Inc.', 'WLM'),
  doc('Eli Lindqvist and Company', 'ELQ'),
  doc('Outlook Corporation', 'OTLK'),
  doc('Eastern Pacific Shipping Ltd.', 'EPS'),
] });
const named = (q: string) => findCompanies(q, index).map((m) => index.byKey.get(m.key)!.name);

describe('company names of common shapes', () => {
  it('a leading "The" is left out', () => {
    expect(named('Quorra-Vane revenue 2024')).toEqual(['The Quorra-Vane Company']);
    expect(named('Pellam & Garrow net sales')).toEqual(['The Pellam & Garrow Company']);
  });
  it('two names joined by "&" go by their initials', () => {
    expect(named('P&G net sales')).toEqual(['The Pellam & Garrow Company']);
  });
  it('"&" inside one word', () => {
    expect(named('QT&R revenue')).toEqual(['QT&R Inc.']);
    expect(named("QT&R's revenue")).toEqual(['QT&R Inc.']);
  });
  it('a three-letter ticker in a question typed in capitals', () => {
    expect(named('WHAT WAS ELQ REVENUE IN 2024')).toEqual(['Eli Lindqvist and Company']);
  });
  it('a hyphenated first word written as one', () => {
    expect(named('Wilmart revenue')).toEqual(['Wil-Mart Stores, Inc.']);
  });
  it('"and Company" at the end', () => {
    expect(named('Eli Lindqvist revenue')).toEqual(['Eli Lindqvist and Company']);
  });
  it('a name that is a finance word but no figure\'s name', () => {
    expect(named('Outlook revenue last quarter')).toEqual(['Outlook Corporation']);
  });
  it('a ticker spelling a figure word names the company only before another figure\'s name', () => {
    expect(named('EPS revenue Q4 2005')).toEqual(['Eastern Pacific Shipping Ltd.']);
    expect(named('EPS diluted Q4 2005')).toEqual([]);
    expect(named('diluted EPS Q4 2005')).toEqual([]);
    expect(named('EPS in Q4 2005')).toEqual([]);
  });
});
