// Many companies loaded at once: a name or ticker that is also a finance word, two companies whose names
// start alike, a name shared by two companies. Synthetic releases written here.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { findCompanies, indexCompanies } from '../../src/core/companies.js';
import type { Document, Store } from '../../src/core/store.js';
import { quarterHeader, readRelease, releaseText, type TableSpec } from '../helpers/releases.js';

const ctx = { today: '2026-11-25' };

const doc = (company: string, ticker: string | null): Document => ({
  document: `${company}.txt`, company, ticker, title: '', statements: [], checks: [], prose: [], fiscalYearEnd: null, problems: [],
});
const index = indexCompanies({ documents: [
  doc('Revenue Partners Inc.', 'CASH'),
  doc('Eastern Pacific Shipping Ltd.', 'EPS'),
  doc('Southern Power Holdings, Inc.', 'ON'),
  doc('Kelvane Labs Company', 'KLVX'),
  doc('Apple Computer, Inc.', null),
  doc('Apple Hospitality Trust, Inc.', 'IT'),
] });
const named = (q: string) => findCompanies(q, index).map((m) => (m.shared ? m.shared : [m.key]).map((k) => index.byKey.get(k)!.name).join(' | '));

describe('company names beside finance words', () => {
  it('the first word of a name that is a metric word names no company', () => {
    expect(named('Kelvane total revenue Q3 2012')).toEqual(['Kelvane Labs Company']);
    expect(named('Revenue Partners revenue Q3 2012')).toEqual(['Revenue Partners Inc.']);
  });
  it('a ticker spelling a finance word is the word, unless marked as a ticker', () => {
    expect(named('Kelvane diluted EPS Q1 2006')).toEqual(['Kelvane Labs Company']);
    expect(named('how much cash did Kelvane have')).toEqual(['Kelvane Labs Company']);
    expect(named("What was EPS's net income in 2005?")).toEqual(['Eastern Pacific Shipping Ltd.']);
    expect(named('$CASH net income 2012')).toEqual(['Revenue Partners Inc.']);
  });
  it('a ticker spelling a plain word names the company in capitals, not in a question typed in capitals', () => {
    expect(named("What was ON's revenue in Q4 2004?")).toEqual(['Southern Power Holdings, Inc.']);
    expect(named('ON diluted EPS Q4 2004')).toEqual(['Southern Power Holdings, Inc.']);
    expect(named('IT total revenue Q1 1998')).toEqual(['Apple Hospitality Trust, Inc.']);
    expect(named('revenue on march 31')).toEqual([]);
    expect(named('WHAT WAS KELVANE REVENUE ON MARCH 31')).toEqual(['Kelvane Labs Company']);
    expect(named('WHAT WAS KLVX REVENUE')).toEqual(['Kelvane Labs Company']);
    expect(named('WHAT WAS IT REVENUE')).toEqual([]);
  });
  it('the first words of a name name it ("Apple Hospitality", "Kelvane Labs")', () => {
    expect(named('Apple Hospitality total revenue Q1 1998')).toEqual(['Apple Hospitality Trust, Inc.']);
    expect(named('Kelvane Labs revenue')).toEqual(['Kelvane Labs Company']);
    expect(named('Southern Power revenue')).toEqual(['Southern Power Holdings, Inc.']);
  });
  it('a first word two companies share names both', () => {
    expect(named("Apple's net income")).toEqual(['Apple Computer, Inc. | Apple Hospitality Trust, Inc.']);
    expect(named('Apple Computer net income')).toEqual(['Apple Computer, Inc.']);
  });
});

// Two companies called "Apple": a Dec year-end trust with Q1 1998 and a Sep year-end maker with fiscal Q2 1998
// (quarter ended March 27, 1998) and fiscal Q2 2000.
const income = (headers: string[][], rows: [string, ...string[]][]): TableSpec => ({ title: 'Condensed Consolidated Statements of Operations', headers, rows });
const trust = readRelease('trust-1998-q1.txt', releaseText('Appleton Hospitality Trust, Inc.', 'AHT', 'Appleton Hospitality Trust Reports First Quarter 1998 Results', [
  income([quarterHeader('March 31', 1998), quarterHeader('March 31', 1997)], [['Total revenue', '24,600', '19,800'], ['Interest expense', '1,325', '1,100'], ['Net income', '6,100', '4,800']]),
]));
const maker98 = readRelease('maker-1998-q2.txt', releaseText('Appleton Computer, Inc.', 'APCX', 'Appleton Computer Reports Second Quarter Results', [
  income([quarterHeader('March 27', 1998), quarterHeader('March 28', 1997)], [['Net sales', '1,405,000', '1,601,000'], ['Net income (loss)', '55,000', '(708,000)']]),
]));
const maker00 = readRelease('maker-2000-q2.txt', releaseText('Appleton Computer, Inc.', 'APCX', 'Appleton Computer Reports Second Quarter Results', [
  income([quarterHeader('April 1', 2000), quarterHeader('March 27', 1999)], [['Net sales', '1,945,000', '1,530,000'], ['Net income (loss)', '233,000', '135,000']]),
]));
for (const d of [maker98, maker00]) d.fiscalYearEnd = { month: 9, day: 26 };
const store: Store = { documents: [trust, maker98, maker00] };

describe('a name two loaded companies share', () => {
  it('is the one company whose reports answer when the other reports nothing for the period', () => {
    const r = ask('Appleton net sales for the quarter ended April 1, 2000', store, ctx);
    expect(r.status).toBe('answered');
    expect(r.answers[0]).toMatchObject({ company: 'Appleton Computer, Inc.', value: '1945000000' });
  });
  it('is the company whose column ends on the very day named', () => {
    const r = ask('Appleton net income for the quarter ended March 27, 1998', store, ctx);
    expect(r.answers[0]).toMatchObject({ company: 'Appleton Computer, Inc.', value: '55000000' });
  });
  it('asks which when both answer', () => {
    const r = ask("Appleton's net income for the quarter ended March 1998", store, ctx);
    expect(r.status).toBe('clarify');
    expect(r.suggestions).toEqual(expect.arrayContaining(['Appleton Computer, Inc.', 'Appleton Hospitality Trust, Inc.']));
  });
  it('asks which when the only company that answers is not the only one reporting the period', () => {
    // the maker reports its quarter ended March 1998 too, without an interest expense line
    const r = ask('Appleton interest expense for the quarter ended March 1998', store, ctx);
    expect(r.status).not.toBe('answered');
  });
});
