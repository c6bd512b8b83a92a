// Year words without a year ("annual", "full-year") and parts with a relative year apart from them
// ("Q4 revenue last year").
import { describe, expect, it } from 'vitest';
import { extractPeriods } from '../../src/periods/extract.js';

const specs = (q: string) => extractPeriods(q);

describe('annual / full year / fiscal year without a year', () => {
  it.each(['annual revenue', 'full-year revenue', 'full year net income', 'fiscal year revenue', 'revenue annually'])(
    '%s is the latest full year', (q) => {
      expect(specs(q)).toEqual([expect.objectContaining({ relative: 'latest', type: 'year' })]);
    });
  it.each([
    ['annual revenue for 2006', 2006],
    ['full-year revenue 2004', 2004],
    ['2003 annual net income', 2003],
  ])('%s is the named year, the year word consumed', (q, year) => {
    const [s, ...more] = specs(q);
    expect(more).toEqual([]);
    expect(s).toMatchObject({ year, type: 'year' });
    expect(s!.relative).toBeUndefined();
    expect(s!.extraSpans?.length).toBe(1);
  });
  it('two named years both become years: "annual revenue 2003 vs 2004"', () => {
    expect(specs('annual revenue 2003 vs 2004').map((s) => [s.year, s.type])).toEqual([[2003, 'year'], [2004, 'year']]);
  });
  it('longer phrases still win: "last fiscal year", "fiscal year-end", "full year 2006"', () => {
    expect(specs('revenue last fiscal year')[0]).toMatchObject({ relative: 'prior_year' });
    expect(specs('cash at fiscal year-end')[0]).toMatchObject({ relative: 'year_end', type: 'instant' });
    expect(specs('full year 2006 revenue')[0]).toMatchObject({ year: 2006, type: 'year' });
  });
});

describe('distant-part-year', () => {
  it.each([
    ['Q4 revenue last year', 'quarter', 4, 'prior_year'],
    ['first half sales this year', 'six_months', 1, 'latest'],
    ['last year what was Q3 net income', 'quarter', 3, 'prior_year'],
  ])('%s', (q, type, index, relative) => {
    const all = specs(q);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ type, index, relative });
  });
  it('a comparison word between keeps them apart: "Q4 revenue vs last year"', () => {
    expect(specs('Q4 revenue vs last year')).toHaveLength(2);
  });
  it('a part with its own year is not joined: "Q4 2006 revenue last year"', () => {
    expect(specs('Q4 2006 revenue last year').some((s) => s.relative === 'prior_year' && s.index === 4)).toBe(false);
  });
});
