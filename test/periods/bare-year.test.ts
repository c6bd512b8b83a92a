import { describe, expect, it } from 'vitest';
import { onePeriod, periods } from './helpers.js';

describe('bare-year: a 4-digit year alone', () => {
  it.each([
    ['Southern Company total operating expenses 2004', 2004],
    ['net income in 2006?', 2006],
    ['revenue (2005)', 2005],
    ['1997 sales', 1997],
  ])('%s', (question, year) => {
    const spec = onePeriod(question);
    expect(spec).toMatchObject({ year, rule: 'bare-year' });
    expect(spec.type).toBeUndefined();
  });

  it('years listed together', () => {
    expect(periods('revenue in 2004 and 2003').map((p) => p.year)).toEqual([2004, 2003]);
  });

  it('only 1950-2100 are years', () => {
    expect(periods('1949 units')).toEqual([]);
    expect(periods('in 2101')).toEqual([]);
    expect(periods('in 1950')).toHaveLength(1);
  });
});
