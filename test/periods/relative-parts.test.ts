// Parts of relative years ("Q4 last year") and balances at the end of a part ("end of Q2 2007").
import { describe, expect, it } from 'vitest';
import type { Period } from '../../src/core/store.js';
import { extractPeriods } from '../../src/periods/extract.js';
import { specLabel } from '../../src/periods/label.js';
import { fiscalCalendarOf, periodMatches } from '../../src/periods/match.js';
import { resolveRelative } from '../../src/periods/relative.js';
import { onePeriod } from './helpers.js';

const december = fiscalCalendarOf(null);
const p = (type: Period['type'], start: string | null, end: string): Period => ({ type, start, end });
const first = (q: string) => extractPeriods(q)[0]!;

describe('part-of-relative-year', () => {
  it.each([
    ['Q4 last year', 'quarter', 4, 'prior_year'],
    ['the fourth quarter of the prior year', 'quarter', 4, 'prior_year'],
    ['Q2 a year ago', 'quarter', 2, 'prior_year'],
    ['Q1 this year', 'quarter', 1, 'latest'],
    ['first half of last year', 'six_months', 1, 'prior_year'],
    ["last year's Q4", 'quarter', 4, 'prior_year'],
    ["this year's first quarter", 'quarter', 1, 'latest'],
  ])('%s', (question, type, index, relative) => {
    expect(onePeriod(question)).toMatchObject({ type, index, relative });
  });

  const q4Release: Period[] = [
    p('quarter', '2004-10-01', '2004-12-31'),
    p('quarter', '2003-10-01', '2003-12-31'),
    p('year', '2004-01-01', '2004-12-31'),
    p('year', '2003-01-01', '2003-12-31'),
  ];
  it('"Q4 last year" in a Q4 2004 release is Q4 2003; "Q4 this year" is Q4 2004', () => {
    expect(resolveRelative(first('Q4 last year'), q4Release, december, 'flow')?.end).toBe('2003-12-31');
    expect(resolveRelative(first('Q4 this year'), q4Release, december, 'flow')?.end).toBe('2004-12-31');
  });
  it('a part the report does not hold is null', () => {
    expect(resolveRelative(first('Q2 last year'), q4Release, december, 'flow')).toBeNull();
  });
  it('labels name the part and the year', () => {
    expect(specLabel(first('Q4 last year'))).toBe('Q4 of the prior fiscal year');
    expect(specLabel(first('Q1 this year'))).toBe('Q1 of the current fiscal year');
  });
});

describe('end-of-part: the balance at the end of a period', () => {
  it('"at the end of Q2 2007" is an instant at the end of the quarter', () => {
    expect(onePeriod('cash at the end of Q2 2007')).toMatchObject({ type: 'instant', endOf: 'quarter', index: 2, year: 2007, text: 'at the end of Q2 2007' });
    const spec = first('cash at the end of Q2 2007');
    expect(periodMatches(spec, p('instant', null, '2007-06-30'), december)).toBe(true);
    expect(periodMatches(spec, p('quarter', '2007-04-01', '2007-06-30'), december)).toBe(false);
    expect(periodMatches(spec, p('instant', null, '2006-12-31'), december)).toBe(false);
    expect(specLabel(spec)).toBe('the end of Q2 2007');
  });
  it('a September fiscal year: "end of Q2 FY1997" is March 28, 1997', () => {
    const apple = fiscalCalendarOf({ month: 9, day: 27 });
    expect(periodMatches(first('end of Q2 FY1997'), p('instant', null, '1997-03-28'), apple)).toBe(true);
    expect(periodMatches(first('end of Q1 FY1997'), p('instant', null, '1997-03-28'), apple)).toBe(false);
  });
  it('"end of December 2004" is a balance date', () => {
    expect(onePeriod('end of December 2004')).toMatchObject({ type: 'instant', endMonth: { year: 2004, month: 12 } });
  });
});

describe('ytd-year: year to date of a named year', () => {
  it.each([
    ['Southern kWh sales year-to-date 2004', 2004],
    ['YTD 2007', 2007],
    ['2004 year to date', 2004],
    ['fiscal 2007 YTD', 2007],
    ['revenue so far in 2023', 2023],
    ['share repurchases in 2023 so far', 2023],
  ])('%s', (question, year) => {
    expect(onePeriod(question)).toMatchObject({ relative: 'ytd', year });
  });

  const twoYears: Period[] = [
    p('quarter', '2007-04-01', '2007-06-30'),
    p('six_months', '2007-01-01', '2007-06-30'),
    p('quarter', '2006-04-01', '2006-06-30'),
    p('six_months', '2006-01-01', '2006-06-30'),
  ];
  it('resolves within that fiscal year', () => {
    expect(resolveRelative(first('YTD 2006'), twoYears, december, 'flow')).toEqual(p('six_months', '2006-01-01', '2006-06-30'));
    expect(resolveRelative(first('YTD 2007'), twoYears, december, 'flow')).toEqual(p('six_months', '2007-01-01', '2007-06-30'));
    expect(resolveRelative(first('YTD 2005'), twoYears, december, 'flow')).toBeNull();
    expect(specLabel(first('YTD 2006'))).toBe('fiscal 2006 year to date');
  });
});
