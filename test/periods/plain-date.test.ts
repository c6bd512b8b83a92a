import { describe, expect, it } from 'vitest';
import { onePeriod, periods } from './helpers.js';

describe('plain-date (chrono-node): a date alone leaves the kind open', () => {
  it.each([
    ['June 30, 2007 revenue', 'June 30, 2007', '2007-06-30'],
    ['Dec 31 2006 cash', 'Dec 31 2006', '2006-12-31'],
    ['March 28, 1997 net sales', 'March 28, 1997', '1997-03-28'],
    ['inventories 2007-06-30', '2007-06-30', '2007-06-30'],
    ['payables 6/30/2007', '6/30/2007', '2007-06-30'],
    ['June 30th, 2007 cash', 'June 30th, 2007', '2007-06-30'],
    ['30-Jun-2007', '30-Jun-2007', '2007-06-30'],
  ])('%s', (question, text, end) => {
    const spec = onePeriod(question);
    expect(spec).toMatchObject({ text, end, rule: 'plain-date' });
    expect(spec.type).toBeUndefined();
  });


  it('two dates in order', () => {
    expect(periods('June 30, 2007 and December 31, 2006').map((p) => p.end)).toEqual(['2007-06-30', '2006-12-31']);
  });

  it('a date without a year is not a plain date', () => {
    expect(periods('revenue June 30')).toEqual([]);
  });
});
