import { describe, expect, it } from 'vitest';
import { onePeriod, periods } from './helpers.js';

describe('month-year: "December 2004"', () => {
  it.each([
    ['sales in December 2004', 2004, 12],
    ['Dec. 2004 kWh', 2004, 12],
    ['june 2007', 2007, 6],
    ['long term debt march 97', 1997, 3],
    ['receivables dec 96', 1996, 12],
    ["cash at Sept '07", 2007, 9],
  ])('%s', (question, year, month) => {
    const spec = onePeriod(question);
    expect(spec).toMatchObject({ endMonth: { year, month }, rule: 'month-year' });
    expect(spec.end).toBeUndefined();
  });
});

describe('month-year: two digits that may be a day are no year', () => {
  it.each(['cash at march 28', 'cash at jun 07', 'revenue sept 30'])('%s', (question) => {
    expect(periods(question).map((p) => p.rule)).not.toContain('month-year');
  });
});
