import { describe, expect, it } from 'vitest';
import { onePeriod, periods } from './helpers.js';

describe('bare-year: a 4-digit year alone', () => {
  it.each([
    ['Southern Company total operating expenses 2004', 2004],
    ['net income in 2006?', 2006],
    ['revenue (2005)', 2005],
    ['1997 sales', 1997],
  ])('%s', (question, year) => {
    const spec = onePeriod(question);
    expect(spec).toMatchObject({ year, rule: 'bare-year' });
    expect(spec.type).toBeUndefined();
  });

  it('years listed together', () => {
    expect(periods('revenue in 2004 and 2003').map((p) => p.year)).toEqual([2004, 2003]);
  });

  it('only 1950-2100 are years', () => {
    expect(periods('1949 units')).toEqual([]);
    expect(periods('in 2101')).toEqual([]);
    expect(periods('in 1950')).toHaveLength(1);
  });
});

describe('apostrophe-year: "in \'06"', () => {
  it.each([
    ["revenue in '06", 2006],
    ['net income ’97', 1997],
  ])('%s', (question, year) => {
    const found = periods(question);
    expect(found[found.length - 1]).toMatchObject({ year });
  });
  it("\"Q2 '07 vs '06\" is Q2 2006 too", () => {
    expect(periods("Q2 '07 vs '06").map((p) => [p.type, p.index, p.year])).toEqual([['quarter', 2, 2007], ['quarter', 2, 2006]]);
  });
  it("quotes and contractions are not years: \"it's\", \"'99 problems'\" inside a word", () => {
    expect(periods("it's 12 o'clock")).toEqual([]);
  });
});
