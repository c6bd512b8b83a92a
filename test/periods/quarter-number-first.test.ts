import { describe, expect, it } from 'vitest';
import { onePeriod, periods } from './helpers.js';

describe('quarter-number-first: "2Q07"', () => {
  it.each([
    ['2Q07 revenue', '2Q07', 2, 2007],
    ['2Q 2007', '2Q 2007', 2, 2007],
    ["4Q'06 EPS", "4Q'06", 4, 2006],
    ['1QFY97 sales', '1QFY97', 1, 1997],
    ['3q04 net income', '3q04', 3, 2004],
  ])('%s', (question, text, index, year) => {
    expect(onePeriod(question)).toMatchObject({ text, type: 'quarter', index, year, rule: 'quarter-number-first' });
  });

  it('two-digit years: 00-49 are 2000s, 50-99 are 1900s', () => {
    expect(onePeriod('2Q49').year).toBe(2049);
    expect(onePeriod('2Q50').year).toBe(1950);
  });

  it('"2 Q" (digit apart from the Q) and "5Q07" are not quarters', () => {
    expect(periods('2 Q')).toEqual([]);
    expect(periods('5Q07')).toEqual([]);
  });
});
