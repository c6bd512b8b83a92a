import { describe, expect, it } from 'vitest';
import { onePeriod } from './helpers.js';

describe('month-year: "December 2004"', () => {
  it.each([
    ['sales in December 2004', 2004, 12],
    ['Dec. 2004 kWh', 2004, 12],
    ['june 2007', 2007, 6],
  ])('%s', (question, year, month) => {
    const spec = onePeriod(question);
    expect(spec).toMatchObject({ endMonth: { year, month }, rule: 'month-year' });
    expect(spec.end).toBeUndefined();
  });
});
