// "from <date> to <date>": chrono reads one range; each end is a date of its own (the question compares them).
import { describe, expect, it } from 'vitest';
import { extractPeriods } from '../../src/periods/extract.js';

const ends = (q: string) => extractPeriods(q).map((p) => [p.end, q.slice(p.span[0], p.span[1])]);

describe('a range of two dated ends', () => {
  it.each([
    ['receivables from oct 31 2020 to jan 31 2021', [['2020-10-31', 'oct 31 2020'], ['2021-01-31', 'jan 31 2021']]],
    ['payables from September 30, 2019 through March 31, 2020', [['2019-09-30', 'September 30, 2019'], ['2020-03-31', 'March 31, 2020']]],
    ['debt 2018-12-31 to 2019-06-30', [['2018-12-31', '2018-12-31'], ['2019-06-30', '2019-06-30']]],
    ['cash Mar 31 2022 - Jun 30 2022', [['2022-03-31', 'Mar 31 2022'], ['2022-06-30', 'Jun 30 2022']]],
  ])('%s', (q, want) => {
    expect(ends(q)).toEqual(want);
  });
  it('a range whose first end has no year of its own gives no date', () => {
    expect(extractPeriods('cash from may 1 to june 30, 2021').filter((p) => p.rule === 'plain-date')).toEqual([]);
  });
});

describe('a span from a month\'s first day to a month\'s last day', () => {
  it.each([
    ['revenue January 1 to June 30, 2007', 'six_months', '2007-06-30'],
    ['revenue from Jan 1, 2007 through June 30, 2007', 'six_months', '2007-06-30'],
    ['revenue April 1 - June 30, 2007', 'quarter', '2007-06-30'],
    ['sales October 1, 2003 to September 30, 2004', 'year', '2004-09-30'],
    ['sales from July 1 through March 31, 2009', 'nine_months', '2009-03-31'],
  ])('%s', (q, type, end) => {
    const specs = extractPeriods(q);
    expect(specs).toHaveLength(1);
    expect(specs[0]).toMatchObject({ type, end, rule: 'date-span' });
  });
  it.each(['cash from December 31, 2006 to June 30, 2007', 'inventories from September 27, 1996 to March 28, 1997'])(
    'no span: %s', (q) => {
      expect(extractPeriods(q).some((s) => s.rule === 'date-span')).toBe(false);
    });
  // a span of other days is a stub period of its own, asked by both its days (a company's months before or after a
  // reorganization): it matches only a column of that very span
  it.each([
    ['revenue January 15 to June 30, 2007', '2007-01-15', '2007-06-30'],
    ['revenue January 1 to May 30, 2007', '2007-01-01', '2007-05-30'],
    ['revenue January 1 to August 31, 2007', '2007-01-01', '2007-08-31'],
    ['net loss for the period from November 20 through December 31, 2020', '2020-11-20', '2020-12-31'],
  ])('stub: %s', (q, start, end) => {
    const specs = extractPeriods(q).filter((s) => s.rule === 'date-span');
    expect(specs).toHaveLength(1);
    expect(specs[0]).toMatchObject({ type: 'other', start, end });
  });
});
