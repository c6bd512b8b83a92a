import { describe, expect, it } from 'vitest';
import { onePeriod, periods } from './helpers.js';

describe('year-then-part: "2007Q2", "2007-Q2"', () => {
  it.each([
    ['2007Q2 revenue', 'quarter', 2, 2007],
    ['2007-Q2', 'quarter', 2, 2007],
    ['2006/Q4', 'quarter', 4, 2006],
    ['2007-1H', 'six_months', 1, 2007],
    ['2007H2', 'six_months', 2, 2007],
  ])('%s', (question, type, index, year) => {
    expect(onePeriod(question)).toMatchObject({ type, index, year, rule: 'year-then-part' });
  });

  it('"2007 Q2" with a space is joined too, and "Q1 2007 Q2 2007" stays two quarters', () => {
    expect(onePeriod('2007 Q2')).toMatchObject({ type: 'quarter', index: 2, year: 2007 });
    expect(periods('Q1 2007 Q2 2007').map((p) => [p.index, p.year])).toEqual([[1, 2007], [2, 2007]]);
  });
});
