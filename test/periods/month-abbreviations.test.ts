// Short ways to write a span: "3 mos ended 6/30/07", "six months to June 30, 2007", "6M 2006",
// "first six months 2007", "CY2004", "Jan-Jun 2007", "last three months of 2004", "final quarter".
import { describe, expect, it } from 'vitest';
import { onePeriod, periods } from './helpers.js';

describe('spans written short', () => {
  it.each([
    ['revenues 3 mos ended 6/30/07', { type: 'quarter', end: '2007-06-30', rule: 'span-ended' }],
    ['revenue 6 mths ended june 30, 2007', { type: 'six_months', end: '2007-06-30', rule: 'span-ended' }],
    ['product revenue in the six months to june 30, 2007', { type: 'six_months', end: '2007-06-30', rule: 'span-ended' }],
    ['service revenues 6M 2006', { type: 'six_months', index: 1, year: 2006, rule: 'six-months-short' }],
    ['service revenues 6M07', { type: 'six_months', index: 1, year: 2007, rule: 'six-months-short' }],
    ['net margin first six months 2007', { type: 'six_months', index: 1, year: 2007, rule: 'first-months' }],
    ['total opex CY2004', { type: 'year', year: 2004, calendar: true, rule: 'fiscal-year' }],
    ['revenue jan-jun 2007', { type: 'six_months', end: '2007-06-30', rule: 'month-range' }],
    ['revenue April-June 2007', { type: 'quarter', end: '2007-06-30', rule: 'month-range' }],
    ['revenue oct-dec 2004', { type: 'quarter', end: '2004-12-31', rule: 'month-range' }],
    ['revenue january through september 2007', { type: 'nine_months', end: '2007-09-30', rule: 'month-range' }],
    ['revenue last three months of 2004', { type: 'quarter', index: 4, year: 2004, rule: 'last-months' }],
    ['revenue final six months of fiscal 2006', { type: 'six_months', index: 2, year: 2006, rule: 'last-months' }],
    ['revenue for the final quarter of 2004', { type: 'quarter', index: 4, year: 2004, rule: 'quarter-words' }],
    ['revenue for the full year ended december 31 2004', { type: 'year', end: '2004-12-31', rule: 'span-ended' }],
    ['revenue six-month period 2007', { type: 'six_months', index: 1, year: 2007, rule: 'months-of-year' }],
  ])('%s', (question, want) => {
    expect(onePeriod(question)).toMatchObject(want);
  });

  it('"6M" without a year after a word that sets up an amount is no period (six million)', () => {
    expect(onePeriod('revenue above 6M in 2007')).toMatchObject({ text: '2007', rule: 'bare-year' });
    expect(onePeriod('was revenue more than 6m in 2007')).toMatchObject({ text: '2007', rule: 'bare-year' });
  });
  it('"6m" alone after a line name is the first six months, as chat writes it', () => {
    expect(onePeriod('interest income 6m')).toMatchObject({ type: 'six_months', index: 1, rule: 'six-months-short' });
  });

  it('two months that span no quarter, half or year are no period: "jan-feb 2007"', () => {
    expect(periods('revenue jan-feb 2007').some((p) => p.rule === 'month-range')).toBe(false);
  });

  it('"to" after a quarter is no span end: "from the first quarter to June 30, 2007"', () => {
    expect(() => onePeriod('cash from the first quarter to june 30, 2007')).toThrow();
  });
});
