import { describe, expect, it } from 'vitest';
import { onePeriod } from './helpers.js';
import { periodMatches, fiscalCalendarOf } from '../../src/periods/match.js';
import { extractPeriods } from '../../src/periods/extract.js';

describe('month-named-quarter: "the September quarter"', () => {
  it.each([
    ['opex in the september quarter of 2021', { type: 'quarter', endMonth: { year: 2021, month: 9 } }],
    ['Dec qtr 2019 gross margin', { type: 'quarter', endMonth: { year: 2019, month: 12 } }],
    ['the march quarter', { type: 'quarter', monthDay: { month: 3, day: 31 } }],
    ['net sales march quarter 97', { type: 'quarter', endMonth: { year: 1997, month: 3 } }],
    ["Dec qtr '04 revenue", { type: 'quarter', endMonth: { year: 2004, month: 12 } }],
    ['june qtr 07 revenue', { type: 'quarter', endMonth: { year: 2007, month: 6 } }],
  ])('%s', (question, fields) => {
    expect(onePeriod(question)).toMatchObject({ ...fields, rule: 'month-named-quarter' });
  });
  it('without a year, any quarter ending in or near that month matches (52/53-week ends too)', () => {
    const spec = extractPeriods('sales in the september quarter')[0]!;
    const cal = fiscalCalendarOf(null);
    expect(periodMatches(spec, { type: 'quarter', start: '2021-07-04', end: '2021-10-02' }, cal)).toBe(true);
    expect(periodMatches(spec, { type: 'quarter', start: '2021-04-01', end: '2021-06-30' }, cal)).toBe(false);
    expect(periodMatches(spec, { type: 'nine_months', start: '2021-01-01', end: '2021-09-30' }, cal)).toBe(false);
  });
  it('two digits followed by an amount are no year', () => {
    expect(onePeriod('the june quarter 10 million')).not.toMatchObject({ endMonth: { year: 2010 } });
  });
  it('"quarter" after a month and day is not this pattern', () => {
    expect(onePeriod('quarter ended march 31, 2022').rule).not.toBe('month-named-quarter');
  });
});
