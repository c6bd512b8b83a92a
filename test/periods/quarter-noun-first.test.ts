import { describe, expect, it } from 'vitest';
import { onePeriod, periods } from './helpers.js';

describe('quarter-noun-first: "quarter 2 2007"', () => {
  it.each([
    ['revenue quarter 2 2007', 'quarter 2 2007', 2, 2007],
    ['quarter two of fiscal 2007', 'quarter two of fiscal 2007', 2, 2007],
    ['fiscal quarter 4, 2006', 'fiscal quarter 4, 2006', 4, 2006],
    ["Quarter 1 '97", "Quarter 1 '97", 1, 1997],
  ])('%s', (question, text, index, year) => {
    expect(onePeriod(question)).toMatchObject({ text, type: 'quarter', index, year, rule: 'quarter-noun-first' });
  });

  it('needs a year and a separate number: "a quarter 2 points higher", "quarter 22007"', () => {
    expect(periods('a quarter 2 points higher')).toEqual([]);
    expect(periods('quarter 22007')).toEqual([]);
  });
});
