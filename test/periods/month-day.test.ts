// "at June 30" with no year: a balance date, matched against any year's June 30 (the resolver takes the latest).
import { describe, expect, it } from 'vitest';
import { extractPeriods } from '../../src/periods/extract.js';
import { periodMatches, fiscalCalendarOf } from '../../src/periods/match.js';

const cal = fiscalCalendarOf(null);

describe('month-day', () => {
  it('reads "at June 30" as an instant with month and day', () => {
    const [p] = extractPeriods('current ratio at June 30?');
    expect(p).toMatchObject({ type: 'instant', monthDay: { month: 6, day: 30 } });
  });
  it('leaves dates with a year to the date parsers', () => {
    const [p] = extractPeriods('cash at June 30, 2007');
    expect(p.monthDay).toBeUndefined();
    expect(p.end).toBe('2007-06-30');
  });
  it('matches that day of any year, within a week', () => {
    const [p] = extractPeriods('cash as of Dec 31');
    expect(periodMatches(p, { type: 'instant', start: null, end: '2006-12-31' }, cal)).toBe(true);
    expect(periodMatches(p, { type: 'instant', start: null, end: '2005-01-01' }, cal)).toBe(true);
    expect(periodMatches(p, { type: 'instant', start: null, end: '2007-06-30' }, cal)).toBe(false);
  });
});

describe('months of a year', () => {
  it.each([
    ['nine months 2024', { type: 'nine_months', year: 2024 }],
    ['6 months of 2006', { type: 'six_months', index: 1, year: 2006 }],
    ['revenue q2 06', { type: 'quarter', index: 2, year: 2006 }],
  ])('%s', (q, want) => {
    expect(extractPeriods(q)[0]).toMatchObject(want);
  });
  it('two digits that are an amount are no year', () => {
    expect(extractPeriods('Q2 10 million')[0].year).toBeUndefined();
  });
});
