// A length alone ("the nine months", "nine-month", "the three months"), and a length ended on a day
// without a year ("nine months ended September 30"): the latest such period.
import { describe, expect, it } from 'vitest';
import type { Period } from '../../src/core/store.js';
import { fiscalCalendarOf, periodMatches } from '../../src/periods/match.js';
import { onePeriod, periods } from './helpers.js';

const december = fiscalCalendarOf(null);
const p = (type: Period['type'], start: string, end: string): Period => ({ type, start, end });

describe('span-alone', () => {
  it.each([
    ['operating profit for the nine months', 'nine_months'],
    ['nine-month revenue', 'nine_months'],
    ['revenue for the six months', 'six_months'],
    ['6-month cash flow from operations', 'six_months'],
    ['net income 39 weeks', 'nine_months'],
    ['net sales for the 26 weeks', 'six_months'],
  ])('%s', (q, type) => {
    expect(onePeriod(q)).toMatchObject({ type, rule: 'span-alone' });
  });
  it('"the three months" is the latest quarter', () => {
    expect(onePeriod('revenue in the three months')).toMatchObject({ relative: 'latest', type: 'quarter' });
  });
  it('with a year, the year is taken along: "revenue for the nine months 2009"', () => {
    expect(periods('revenue for the nine months 2009')).toEqual([expect.objectContaining({ type: 'nine_months', year: 2009 })]);
  });
  it.each(['three months of 2007', 'three months ended February 30, 2007', 'nine months to date'])('not alone: %s', (q) => {
    expect(periods(q).some((s) => s.rule === 'span-alone')).toBe(false);
  });
  it('a nine-month spec without a year matches every nine-month period, never a quarter', () => {
    const spec = onePeriod('the nine months');
    expect(periodMatches({ ...spec, span: [0, 0] }, p('nine_months', '2010-01-01', '2010-09-30'), december)).toBe(true);
    expect(periodMatches({ ...spec, span: [0, 0] }, p('nine_months', '2009-01-01', '2009-09-30'), december)).toBe(true);
    expect(periodMatches({ ...spec, span: [0, 0] }, p('quarter', '2010-07-01', '2010-09-30'), december)).toBe(false);
  });
});

describe('span-ended without a year', () => {
  it('"nine months ended September 30" is a nine-month period ending on September 30 of some year', () => {
    expect(onePeriod('revenue for the nine months ended September 30')).toMatchObject({ type: 'nine_months', monthDay: { month: 9, day: 30 }, rule: 'span-ended' });
  });
  it('an impossible day is no period: "three months ended February 31"', () => {
    expect(periods('three months ended February 31').some((s) => s.rule === 'span-ended')).toBe(false);
  });
});
