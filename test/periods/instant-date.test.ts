import { describe, expect, it } from 'vitest';
import { onePeriod } from './helpers.js';

describe('instant-date: "as of June 30, 2007"', () => {
  it.each([
    ['accounts payable as of June 30, 2007', '2007-06-30'],
    ['quick ratio at December 31, 2006', '2006-12-31'],
    ['cash on June 30, 2007', '2007-06-30'],
    ['inventory as at 30 June 2007', '2007-06-30'],
    ['December 31, 2006 balance', '2006-12-31'],
    ['the Dec 31 2006 balance sheet', '2006-12-31'],
    ['at the end of March 28, 1997', '1997-03-28'],
  ])('%s', (question, end) => {
    expect(onePeriod(question)).toMatchObject({ type: 'instant', end, rule: 'instant-date' });
  });

  it('a month only: "as of December 2004"', () => {
    expect(onePeriod('as of December 2004')).toMatchObject({ type: 'instant', endMonth: { year: 2004, month: 12 } });
  });
});
