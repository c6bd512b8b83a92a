import { describe, expect, it } from 'vitest';
import { onePeriod } from './helpers.js';

describe('ytd-quarter: year to date through a quarter is the part of the year it closes', () => {
  it.each([
    ['revenue Q3 YTD 2024', { type: 'nine_months', year: 2024 }],
    ['revenue Q3 2024 YTD', { type: 'nine_months', year: 2024 }],
    ['revenue 2024 Q3 YTD', { type: 'nine_months', year: 2024 }],
    ['revenue YTD Q3', { type: 'nine_months' }],
    ['net loss Q2 2007 year to date', { type: 'six_months', index: 1, year: 2007 }],
    ['revenue year to date through Q3 2024', { type: 'nine_months', year: 2024 }],
    ['revenue Q1 YTD 2007', { type: 'quarter', index: 1, year: 2007 }],
    ['sales Q4 YTD 2023', { type: 'year', year: 2023 }],
  ])('%s', (question, want) => {
    const spec = onePeriod(question);
    expect(spec).toMatchObject({ ...want, rule: 'ytd-quarter' });
    expect(spec.relative).toBeUndefined();
  });
  it('keeps a quarter and a year to date of different years apart', () => {
    expect(() => onePeriod('revenue Q3 2023 YTD 2024')).toThrow();
  });
});
