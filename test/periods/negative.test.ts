import { describe, expect, it } from 'vitest';
import { extractPeriods } from '../../src/periods/extract.js';
import { periods } from './helpers.js';

describe('strings that are not periods', () => {
  it.each([
    '3/4 of revenue',
    'what is 1/2 of net income',
    'revenue was $2007 million',
    '$2,007 thousand',
    'Q9 99999',
    '2 Q',
    'Form 10-Q',
    'the 8-K',
    'exhibit 99.01',
    'call 555-2006',
    'call (404) 555 2006',
    'see line 2006',
    'page 1997',
    '2,006 employees',
    '2006 million',
    '2006 shares outstanding',
    'top 5 customers',
    'top 2000 customers',
    'revenue grew 2006%',
    'EPS of 20.07',
    'ratio 2007.5',
    'about 2005 people',
    'more than 1999 stores',
    'H3 2007',
    'Q5 2007',
    'fifth quarter 2007',
    'the half of 2007',
    'three months of 2007',
    '12345',
    'what is the quick ratio?',
    'Who is the president and COO?',
    '',
    '   ',
    '🙂📈',
    '<@123> @everyone',
  ])('%j', (question) => {
    expect(periods(question)).toEqual([]);
  });

  it('a year inside a larger number is not a year', () => {
    expect(periods('order number 120065')).toEqual([]);
    expect(periods('revenue of 32007')).toEqual([]);
  });

  it('"Q1 99999" is a bare Q1 at most, never the year 9999', () => {
    const found = periods('Q1 99999');
    expect(found.every((p) => p.year === undefined)).toBe(true);
  });

  it('a 100 KB question does not throw and does not hang', () => {
    const long = 'revenue Q2 2007 '.repeat(7000);
    const started = performance.now();
    expect(() => extractPeriods(long)).not.toThrow();
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
