import { describe, expect, it } from 'vitest';
import { onePeriod } from './helpers.js';

describe('half-short: "H1 2007", "1H07"', () => {
  it.each([
    ['H1 2007 revenue', 'H1 2007', 1, 2007],
    ['1H07', '1H07', 1, 2007],
    ['1H 2007', '1H 2007', 1, 2007],
    ["H2'06 net loss", "H2'06", 2, 2006],
    ['H1 FY97', 'H1 FY97', 1, 1997],
    ['2H 2004', '2H 2004', 2, 2004],
  ])('%s', (question, text, index, year) => {
    expect(onePeriod(question)).toMatchObject({ text, type: 'six_months', index, year, rule: 'half-short' });
  });

  it('bare "H1" has no year', () => {
    expect(onePeriod('cash used in H1').year).toBeUndefined();
  });
});
