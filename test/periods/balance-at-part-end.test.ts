// A balance asked with a quarter, half or nine months of a named year is the balance at its end.
import { describe, expect, it } from 'vitest';
import type { Period } from '../../src/core/store.js';
import { extractPeriods } from '../../src/periods/extract.js';
import { fiscalCalendarOf, periodMatches } from '../../src/periods/match.js';

const spec = (question: string) => {
  const found = extractPeriods(question);
  expect(found.length, question).toBe(1);
  return found[0]!;
};
const instant = (end: string): Period => ({ type: 'instant', start: null, end });
const december = fiscalCalendarOf(null);
const june = fiscalCalendarOf({ month: 6, day: 30 });

describe('balance at the end of a named part of the year', () => {
  it('a calendar quarter names its last day', () => {
    expect(periodMatches(spec('inventory q3 2021'), instant('2021-09-30'), december)).toBe(true);
    expect(periodMatches(spec('inventory q3 2021'), instant('2021-06-30'), december)).toBe(false);
    expect(periodMatches(spec('inventory q3 2021'), instant('2020-09-30'), december)).toBe(false);
  });
  it('a fiscal quarter of a June year, 52/53-week dates included', () => {
    expect(periodMatches(spec('total assets fiscal q2 2022'), instant('2021-12-25'), june)).toBe(true);
    expect(periodMatches(spec('total assets fiscal q2 2022'), instant('2022-12-31'), june)).toBe(false);
  });
  it('the first half ends at mid-year', () => {
    expect(periodMatches(spec('cash h1 2019'), instant('2019-06-30'), december)).toBe(true);
  });
  it('a quarter without a year names no date', () => {
    expect(periodMatches(spec('receivables in q3'), instant('2021-09-30'), december)).toBe(false);
  });
});
