import { describe, expect, it } from 'vitest';
import { onePeriod } from './helpers.js';

describe('span-ended: "three months ended June 30, 2007"', () => {
  it.each([
    ['the quarter ended June 30, 2007', 'quarter', '2007-06-30'],
    ['three months ended June 30, 2007', 'quarter', '2007-06-30'],
    ['interest income for the six months ended June 30, 2006', 'six_months', '2006-06-30'],
    ['26 weeks ended July 3, 2004', 'six_months', '2004-07-03'],
    ['13 weeks ended July 3, 2004', 'quarter', '2004-07-03'],
    ['nine months ended September 30, 2007', 'nine_months', '2007-09-30'],
    ['12 months ended December 31, 2006', 'year', '2006-12-31'],
    ['year ended December 31, 2006', 'year', '2006-12-31'],
    ['fiscal year ended September 27, 1996', 'year', '1996-09-27'],
    ['Three Months Ending March 28 1997', 'quarter', '1997-03-28'],
    ['3 months ended 6/30/2007', 'quarter', '2007-06-30'],
    ['three-month period ended June 30, 2007', 'quarter', '2007-06-30'],
    ['13-week periods ended July 3, 2004', 'quarter', '2004-07-03'],
    ['the second quarter ended June 30, 2007', 'quarter', '2007-06-30'],
    ['the quarters ended June 30, 2007', 'quarter', '2007-06-30'],
  ])('%s', (question, type, end) => {
    expect(onePeriod(question)).toMatchObject({ type, end, rule: 'span-ended' });
  });

  it.each([
    ['3 months ended December 2004', 'quarter', 2004, 12],
    ['Southern Company retail revenue for the 12 months ended December 2003', 'year', 2003, 12],
    ['twelve months ended December 2006', 'year', 2006, 12],
    ['net sales for the quarter ending march 97', 'quarter', 1997, 3],
    ["year ended Dec '04", 'year', 2004, 12],
  ])('month only: %s', (question, type, year, month) => {
    const spec = onePeriod(question);
    expect(spec).toMatchObject({ type, endMonth: { year, month } });
    expect(spec.end).toBeUndefined();
  });

  it('"period ended" leaves the length open', () => {
    const spec = onePeriod('the period ended June 30, 2007');
    expect(spec.end).toBe('2007-06-30');
    expect(spec.type).toBeUndefined();
  });

  it('an impossible date is not a period: "three months ended February 30, 2007"', () => {
    expect(() => onePeriod('three months ended February 30, 2007')).toThrow();
  });
});
