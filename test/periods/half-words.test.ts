import { describe, expect, it } from 'vitest';
import { onePeriod } from './helpers.js';

describe('half-words: "first half of 2007"', () => {
  it.each([
    ['How much did Sonus spend on capital expenditures in the first half of 2006?', 'first half of 2006', 1, 2006],
    ['first half 2007', 'first half 2007', 1, 2007],
    ['first-half 2007', 'first-half 2007', 1, 2007],
    ['second half of fiscal 1996', 'second half of fiscal 1996', 2, 1996],
    ['fiscal first half 1997', 'fiscal first half 1997', 1, 1997],
  ])('%s', (question, text, index, year) => {
    expect(onePeriod(question)).toMatchObject({ text, type: 'six_months', index, year, rule: 'half-words' });
  });

  it('"first half" alone has no year', () => {
    const spec = onePeriod('revenue in the first half');
    expect(spec).toMatchObject({ type: 'six_months', index: 1 });
    expect(spec.year).toBeUndefined();
  });
});
