import { describe, expect, it } from 'vitest';
import { onePeriod, periods } from './helpers.js';

describe('month-day-short-year: "Dec 31st \'06"', () => {
  it.each([
    ["deferred revenue as of dec 31st '06", '2006-12-31'],
    ["cash June 30 '07", '2007-06-30'],
    ["inventories sept 27, '96", '1996-09-27'],
  ])('%s', (question, end) => {
    expect(onePeriod(question)).toMatchObject({ end, rule: 'month-day-short-year' });
  });
  it('is no date without the apostrophe or with a day the month lacks', () => {
    expect(periods("cash feb 30 '07").map((p) => p.rule)).not.toContain('month-day-short-year');
    expect(periods('cash dec 31 06').map((p) => p.rule)).not.toContain('month-day-short-year');
  });
});
