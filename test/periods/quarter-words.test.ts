import { describe, expect, it } from 'vitest';
import { onePeriod } from './helpers.js';

describe('quarter-words: "second quarter of 2007"', () => {
  it.each([
    ['What were total operating expenses in the first quarter of 2007?', 'first quarter of 2007', 1, 2007],
    ['second quarter of fiscal 2007', 'second quarter of fiscal 2007', 2, 2007],
    ['fiscal second quarter 2007 revenue', 'fiscal second quarter 2007', 2, 2007],
    ['fourth-quarter 2006 net income', 'fourth-quarter 2006', 4, 2006],
    ['the 2nd fiscal quarter of FY07', '2nd fiscal quarter of FY07', 2, 2007],
    ['Third Quarter 2004', 'Third Quarter 2004', 3, 2004],
    ['4th quarter of the year 2004', '4th quarter of the year 2004', 4, 2004],
    ['2nd qtr 2007', '2nd qtr 2007', 2, 2007],
    ['first qtr. of fiscal 1997', 'first qtr. of fiscal 1997', 1, 1997],
  ])('%s', (question, text, index, year) => {
    expect(onePeriod(question)).toMatchObject({ text, type: 'quarter', index, year, rule: 'quarter-words' });
  });

  it('"first quarter" alone has no year', () => {
    const spec = onePeriod('revenue in the first quarter');
    expect(spec).toMatchObject({ type: 'quarter', index: 1 });
    expect(spec.year).toBeUndefined();
  });

  it('a year written first joins the quarter: "fiscal 2006 fourth quarter"', () => {
    expect(onePeriod('fiscal 2006 fourth quarter sales')).toMatchObject({ type: 'quarter', index: 4, year: 2006, text: 'fiscal 2006 fourth quarter' });
    expect(onePeriod("2007's second quarter")).toMatchObject({ type: 'quarter', index: 2, year: 2007 });
  });
});
