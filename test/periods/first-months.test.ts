import { describe, expect, it } from 'vitest';
import { onePeriod } from './helpers.js';

describe('first-months: "first six months of 2007"', () => {
  it.each([
    ['first six months of 2007', 'six_months', 1, 2007],
    ['the first 6 months of fiscal 1997', 'six_months', 1, 1997],
    ['first nine months of 2007', 'nine_months', undefined, 2007],
    ['first three quarters of 2004', 'nine_months', undefined, 2004],
    ['first three months of 2007', 'quarter', 1, 2007],
    ['first two quarters of 2006', 'six_months', 1, 2006],
  ])('%s', (question, type, index, year) => {
    const spec = onePeriod(question);
    expect(spec).toMatchObject({ type, year, rule: 'first-months' });
    expect(spec.index).toBe(index);
  });
});

describe('nine-months-short: "9M 2007"', () => {
  it.each([
    ['9M 2007', 2007],
    ['9M07 revenue', 2007],
    ['9M FY1997', 1997],
  ])('%s', (question, year) => {
    expect(onePeriod(question)).toMatchObject({ type: 'nine_months', year, rule: 'nine-months-short' });
  });
  it('"19M" and "9MM" are not nine months', () => {
    expect(() => onePeriod('19M')).toThrow();
    expect(() => onePeriod('9MM')).toThrow();
  });
});

describe('first-months: weeks of a 52/53-week year', () => {
  it.each([
    ['the first 39 weeks of fiscal 2021', 'nine_months', undefined, 2021],
    ['first twenty-six weeks of 2020', 'six_months', 1, 2020],
    ['first 13 weeks of fiscal 2022', 'quarter', 1, 2022],
  ] as const)('%s', (question, type, index, year) => {
    const spec = onePeriod(question);
    expect(spec).toMatchObject({ type, year, rule: 'first-months' });
    expect(spec.index).toBe(index);
  });
});
