import { describe, expect, it } from 'vitest';
import { onePeriod } from './helpers.js';

describe('fiscal-year: "FY2006", "fiscal 2006"', () => {
  it.each([
    ['FY2006', 2006],
    ['FY06 revenue', 2006],
    ["FY '97", 1997],
    ['Sonus net income for fiscal 2006', 2006],
    ['fiscal year 2006', 2006],
    ['full year 2006', 2006],
    ['full-year 2004 EPS', 2004],
    ['year 2006', 2006],
    ['calendar 2006', 2006],
    ['calendar year 2005', 2005],
    ['the 2004 fiscal year', 2004],
    ['fiscal 97', 1997],
  ])('%s', (question, year) => {
    expect(onePeriod(question)).toMatchObject({ type: 'year', year, rule: 'fiscal-year' });
  });
});
