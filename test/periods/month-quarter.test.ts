import { describe, expect, it } from 'vitest';
import { onePeriod } from './helpers.js';

describe('month-quarter: "the June 2007 quarter"', () => {
  it.each([
    ['revenue in the June 2007 quarter', 'quarter', 2007, 6],
    ['December 2004 quarter', 'quarter', 2004, 12],
    ['the March 1997 qtr', 'quarter', 1997, 3],
    ['the September 1996 fiscal year', 'year', 1996, 9],
    ['net sales in the mar 97 qtr', 'quarter', 1997, 3],
  ])('%s', (question, type, year, month) => {
    expect(onePeriod(question)).toMatchObject({ type, endMonth: { year, month }, rule: 'month-quarter' });
  });
});
