import { describe, expect, it } from 'vitest';
import type { Period } from '../../src/core/store.js';
import { extractPeriods } from '../../src/periods/extract.js';
import { periodLabel, periodLongLabel, specLabel } from '../../src/periods/label.js';
import { fiscalCalendarOf } from '../../src/periods/match.js';

const december = fiscalCalendarOf(null);
const apple = fiscalCalendarOf({ month: 9, day: 27 });
const p = (type: Period['type'], start: string | null, end: string, weeks?: number): Period => ({ type, start, end, ...(weeks ? { weeks } : {}) });

describe('periodLabel', () => {
  it.each([
    [p('quarter', '2007-04-01', '2007-06-30'), december, 'Q2 2007'],
    [p('quarter', '2006-10-01', '2006-12-31'), december, 'Q4 2006'],
    [p('quarter', '1996-12-28', '1997-03-28'), apple, 'Q2 FY1997'],
    [p('six_months', '1996-09-28', '1997-03-28'), apple, 'H1 FY1997'],
    [p('six_months', '2007-01-01', '2007-06-30'), december, 'H1 2007'],
    [p('nine_months', '2007-01-01', '2007-09-30'), december, '9M 2007'],
    [p('year', '2004-01-01', '2004-12-31'), december, 'FY2004'],
    [p('quarter', '2004-04-04', '2004-07-03', 13), fiscalCalendarOf({ month: 1, day: 1 }), 'Q2 2004'],
    [p('instant', null, '2007-06-30'), december, 'June 30, 2007'],
  ])('%j -> %s', (period, cal, label) => {
    expect(periodLabel(period, cal)).toBe(label);
  });
});

describe('periodLongLabel', () => {
  it.each([
    [p('quarter', '2007-04-01', '2007-06-30'), 'three months ended June 30, 2007'],
    [p('six_months', '2007-01-01', '2007-06-30'), 'six months ended June 30, 2007'],
    [p('year', '2004-01-01', '2004-12-31'), 'year ended December 31, 2004'],
    [p('quarter', '2004-04-04', '2004-07-03', 13), '13 weeks ended July 3, 2004'],
    [p('instant', null, '2007-06-30'), 'June 30, 2007'],
  ])('%j -> %s', (period, label) => {
    expect(periodLongLabel(period)).toBe(label);
  });
});

describe('specLabel names what was asked', () => {
  it.each([
    ['Q4 2006', 'Q4 2006'],
    ['fourth quarter of 2006', 'Q4 2006'],
    ['fiscal 2006', 'fiscal 2006'],
    ['2006', '2006'],
    ['H1 2007', 'H1 2007'],
    ['first nine months of 2007', 'the first nine months of 2007'],
    ['three months ended June 30, 2007', 'three months ended June 30, 2007'],
    ['12 months ended December 2003', 'twelve months ended December 2003'],
    ['at June 30, 2007', 'June 30, 2007'],
    ['year-end 2006', 'the end of fiscal 2006'],
    ['last quarter', 'the latest quarter'],
    ['prior quarter', 'the previous quarter'],
    ['year-ago quarter', 'the year-ago quarter'],
    ['prior year', 'the prior fiscal year'],
    ['YTD', 'year to date'],
    ['TTM', 'the trailing twelve months'],
  ])('%s -> %s', (question, label) => {
    expect(specLabel(extractPeriods(question)[0]!)).toBe(label);
  });
});
