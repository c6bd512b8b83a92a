import { describe, expect, it } from 'vitest';
import { onePeriod } from './helpers.js';

describe('months-of-year: a span from the fiscal year start, counted in months or weeks', () => {
  it.each([
    ['capex 9 months 2019', 'nine_months', undefined, 2019],
    ['six months of fiscal 2021', 'six_months', 1, 2021],
    ['net sales 26 weeks fiscal 2022', 'six_months', 1, 2022],
    ['thirty-nine weeks of fiscal 2023 cash from operations', 'nine_months', undefined, 2023],
    ['39 weeks 2018 revenue', 'nine_months', undefined, 2018],
    ['fifty-two weeks fiscal 2020', 'year', undefined, 2020],
    ['53 weeks 2017', 'year', undefined, 2017],
    ['IPR&D 6 months fy97', 'six_months', 1, 1997],
    ['shares six months FY 2004', 'six_months', 1, 2004],
    ['revenue six mos 2007', 'six_months', 1, 2007],
    ['Halvorsen 9mo 2024 revenue', 'nine_months', undefined, 2024],
    ['revenue 6mo 2007', 'six_months', 1, 2007],
    ['revenue 9 mos. 2024', 'nine_months', undefined, 2024],
  ])('%s', (question, type, index, year) => {
    const spec = onePeriod(question);
    expect(spec).toMatchObject({ type, year, rule: 'months-of-year' });
    expect(spec.index).toBe(index);
  });
  it('thirteen weeks alone is not read as a span from the year start', () => {
    expect(() => onePeriod('13 weeks 2021')).toThrow();
  });
});
