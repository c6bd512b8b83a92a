import { describe, expect, it } from 'vitest';
import type { Period } from '../../src/core/store.js';
import { extractPeriods } from '../../src/periods/extract.js';
import { fiscalCalendarOf, periodMatches } from '../../src/periods/match.js';

const december = fiscalCalendarOf(null);
const spec = (question: string) => {
  const found = extractPeriods(question);
  if (found.length !== 1) throw new Error(`one period expected in ${question}`);
  return found[0]!;
};
const quarter = (start: string, end: string, weeks?: number): Period => ({ type: 'quarter', start, end, ...(weeks ? { weeks } : {}) });
const six = (start: string, end: string): Period => ({ type: 'six_months', start, end });
const year = (start: string, end: string): Period => ({ type: 'year', start, end });
const instant = (end: string): Period => ({ type: 'instant', start: null, end });

describe('periodMatches: calendar quarters (December fiscal year)', () => {
  const q2 = quarter('2007-04-01', '2007-06-30');
  it.each(['Q2 2007', '2Q07', 'second quarter of 2007', 'the quarter ended June 30, 2007', 'three months ended June 30, 2007', 'June 30, 2007'])('%s matches Q2 2007', (q) => {
    expect(periodMatches(spec(q), q2, december)).toBe(true);
  });
  it.each(['Q2 2006', 'Q1 2007', 'H1 2007', 'six months ended June 30, 2007', 'as of June 30, 2007', 'fiscal 2007', '2007'])('%s does not match Q2 2007', (q) => {
    expect(periodMatches(spec(q), q2, december)).toBe(false);
  });
  it('the first half matches the six-month column, not the quarter', () => {
    const h1 = six('2007-01-01', '2007-06-30');
    expect(periodMatches(spec('first half of 2007'), h1, december)).toBe(true);
    expect(periodMatches(spec('six months ended June 30, 2007'), h1, december)).toBe(true);
    expect(periodMatches(spec('H2 2007'), h1, december)).toBe(false);
  });
  it('Q4 matches the quarter ending December 31', () => {
    expect(periodMatches(spec('Q4 2006'), quarter('2006-10-01', '2006-12-31'), december)).toBe(true);
  });
  it('a bare "Q1" matches any first quarter, not a second', () => {
    expect(periodMatches(spec('Q1'), quarter('2007-01-01', '2007-03-31'), december)).toBe(true);
    expect(periodMatches(spec('Q1'), quarter('2006-01-01', '2006-03-31'), december)).toBe(true);
    expect(periodMatches(spec('Q1'), quarter('2007-04-01', '2007-06-30'), december)).toBe(false);
  });
  it('a relative spec never matches directly (resolve it first)', () => {
    expect(periodMatches(spec('last quarter'), q2, december)).toBe(false);
  });
});

describe('periodMatches: 52/53-week years', () => {
  const nearJan1 = fiscalCalendarOf({ month: 1, day: 1 });
  const q2of2004 = quarter('2004-04-04', '2004-07-03', 13);
  const q2of2003 = quarter('2003-03-30', '2003-06-28', 13);
  it('13 weeks ended July 3, 2004 is Q2 2004; June 28, 2003 is Q2 2003', () => {
    expect(periodMatches(spec('Q2 2004'), q2of2004, nearJan1)).toBe(true);
    expect(periodMatches(spec('Q2 2003'), q2of2003, nearJan1)).toBe(true);
    expect(periodMatches(spec('Q2 2004'), q2of2003, nearJan1)).toBe(false);
    expect(periodMatches(spec('Q3 2004'), q2of2004, nearJan1)).toBe(false);
  });
  it('the written end date matches within a week', () => {
    expect(periodMatches(spec('13 weeks ended July 3, 2004'), q2of2004, nearJan1)).toBe(true);
    expect(periodMatches(spec('three months ended June 30, 2004'), q2of2004, december)).toBe(true);
    expect(periodMatches(spec('13 weeks ended July 3, 2004'), q2of2003, nearJan1)).toBe(false);
  });
  it('a year ending January 1, 2005 is fiscal 2004 and "December 2004"', () => {
    const fy = year('2004-01-04', '2005-01-01');
    expect(periodMatches(spec('fiscal 2004'), fy, nearJan1)).toBe(true);
    expect(periodMatches(spec('12 months ended December 2004'), fy, nearJan1)).toBe(true);
    expect(periodMatches(spec('fiscal 2005'), fy, nearJan1)).toBe(false);
  });
});

describe('periodMatches: a September fiscal year (quarter ended March 28, 1997)', () => {
  const apple = fiscalCalendarOf({ month: 9, day: 27 });
  const q = quarter('1996-12-28', '1997-03-28');
  const h1 = six('1996-09-28', '1997-03-28');
  it('the quarter is Q2 FY1997, not Q1 or Q2 1996', () => {
    expect(periodMatches(spec('Q2 FY1997'), q, apple)).toBe(true);
    expect(periodMatches(spec('second quarter of fiscal 1997'), q, apple)).toBe(true);
    expect(periodMatches(spec('Q1 FY1997'), q, apple)).toBe(false);
    expect(periodMatches(spec('Q2 1996'), q, apple)).toBe(false);
  });
  it('"calendar 1996" is January to December, never the September fiscal year', () => {
    expect(periodMatches(spec('calendar 1996'), year('1995-09-30', '1996-09-27'), apple)).toBe(false);
    expect(periodMatches(spec('fiscal 1996'), year('1995-09-30', '1996-09-27'), apple)).toBe(true);
    expect(periodMatches(spec('calendar 1996'), year('1996-01-01', '1996-12-31'), apple)).toBe(true);
  });
  it('the six months are H1 FY1997', () => {
    expect(periodMatches(spec('H1 FY1997'), h1, apple)).toBe(true);
    expect(periodMatches(spec('first half of fiscal 1997'), h1, apple)).toBe(true);
    expect(periodMatches(spec('six months ended March 28, 1997'), h1, apple)).toBe(true);
    expect(periodMatches(spec('H1 FY1996'), h1, apple)).toBe(false);
  });
  it('Q1 FY1997 ended in December 1996; the year-end balance is September 1996', () => {
    expect(periodMatches(spec('Q1 FY1997'), quarter('1996-09-28', '1996-12-27'), apple)).toBe(true);
    expect(periodMatches(spec('end of fiscal 1996'), instant('1996-09-27'), apple)).toBe(true);
    expect(periodMatches(spec('end of fiscal 1997'), instant('1996-09-27'), apple)).toBe(false);
  });
});

describe('periodMatches: a full year (12 Months Ended December 2004)', () => {
  const fy2004 = year('2004-01-01', '2004-12-31');
  it.each(['2004', 'FY2004', 'fiscal 2004', '12 months ended December 2004', 'full year 2004', 'year ended December 31, 2004', 'calendar 2004'])('%s matches', (q) => {
    expect(periodMatches(spec(q), fy2004, december)).toBe(true);
  });
  it.each(['2003', 'FY2005', 'Q4 2004', 'three months ended December 2004', 'at December 31, 2004'])('%s does not match', (q) => {
    expect(periodMatches(spec(q), fy2004, december)).toBe(false);
  });
  it('a bare year does not match the fourth quarter', () => {
    expect(periodMatches(spec('2004'), quarter('2004-10-01', '2004-12-31'), december)).toBe(false);
  });
});

describe('periodMatches: balance dates', () => {
  const dec06 = instant('2006-12-31');
  it.each(['at December 31, 2006', 'December 31, 2006', 'year-end 2006', 'end of 2006', 'December 31, 2006 balance', 'as of December 2006'])('%s matches the December 31, 2006 balance', (q) => {
    expect(periodMatches(spec(q), dec06, december)).toBe(true);
  });
  it('a bare year asked of a balance is the fiscal year-end balance', () => {
    expect(periodMatches(spec('cash 2006'), dec06, december)).toBe(true);
    expect(periodMatches(spec('cash 2006'), instant('2006-06-30'), december)).toBe(false);
    expect(periodMatches(spec('cash 2005'), dec06, december)).toBe(false);
  });
  it('not another date or a flow word', () => {
    expect(periodMatches(spec('at June 30, 2007'), dec06, december)).toBe(false);
    expect(periodMatches(spec('year-end 2005'), dec06, december)).toBe(false);
    expect(periodMatches(spec('fiscal 2006'), dec06, december)).toBe(false);
  });
  it('a month end matches across the boundary for 52/53-week dates (January 1, 2005 ~ December 2004)', () => {
    expect(periodMatches(spec('as of December 2004'), instant('2005-01-01'), december)).toBe(true);
    expect(periodMatches(spec('as of December 2004'), instant('2005-01-15'), december)).toBe(false);
  });
});
