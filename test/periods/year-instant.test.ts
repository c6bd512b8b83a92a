import { describe, expect, it } from 'vitest';
import { onePeriod } from './helpers.js';

describe('year-instant: "year-end 2006", "end of 2006"', () => {
  it.each([
    ['cash at year-end 2006', 'at year-end 2006', 2006],
    ['debt at the end of 2006', 'at the end of 2006', 2006],
    ['at the end of fiscal 2006', 'at the end of fiscal 2006', 2006],
    ['fiscal year-end 1996', 'fiscal year-end 1996', 1996],
    ['2006 year end cash', '2006 year end', 2006],
    ['year end of 2004', 'year end of 2004', 2004],
    ['change since year-end 2006', 'since year-end 2006', 2006],
    ['quick ratio fy96 year end', 'fy96 year end', 1996],
    ['cash fiscal 1996 year-end', 'fiscal 1996 year-end', 1996],
    ['cash at the beginning of fiscal 1997', 'at the beginning of fiscal 1997', 1996],
    ['cash at the start of 2007', 'at the start of 2007', 2006],
  ])('%s', (question, text, year) => {
    expect(onePeriod(question)).toMatchObject({ text, type: 'instant', year, rule: 'year-instant' });
  });
});
