// Short ways to write a span: "3 mos ended 6/30/07", "six months to June 30, 2007", "6M 2006",
// "first six months 2007", "CY2004".
import { describe, expect, it } from 'vitest';
import { onePeriod } from './helpers.js';

describe('spans written short', () => {
  it.each([
    ['revenues 3 mos ended 6/30/07', { type: 'quarter', end: '2007-06-30', rule: 'span-ended' }],
    ['revenue 6 mths ended june 30, 2007', { type: 'six_months', end: '2007-06-30', rule: 'span-ended' }],
    ['product revenue in the six months to june 30, 2007', { type: 'six_months', end: '2007-06-30', rule: 'span-ended' }],
    ['service revenues 6M 2006', { type: 'six_months', index: 1, year: 2006, rule: 'six-months-short' }],
    ['service revenues 6M07', { type: 'six_months', index: 1, year: 2007, rule: 'six-months-short' }],
    ['net margin first six months 2007', { type: 'six_months', index: 1, year: 2007, rule: 'first-months' }],
    ['total opex CY2004', { type: 'year', year: 2004, calendar: true, rule: 'fiscal-year' }],
  ])('%s', (question, want) => {
    expect(onePeriod(question)).toMatchObject(want);
  });

  it('"6M" without a year is no period (six million)', () => {
    expect(onePeriod('revenue above 6M in 2007')).toMatchObject({ text: '2007', rule: 'bare-year' });
  });

  it('"to" after a quarter is no span end: "from the first quarter to June 30, 2007"', () => {
    expect(() => onePeriod('cash from the first quarter to june 30, 2007')).toThrow();
  });
});
