import { describe, expect, it } from 'vitest';
import { onePeriod } from './helpers.js';

describe('quarter-q-first: "Q2 2007" and its spellings', () => {
  it.each([
    ['How much product revenue did Sonus report for Q2 2007?', 'Q2 2007', 2, 2007],
    ["Q2'07 revenue", "Q2'07", 2, 2007],
    ['revenue in q2 2007', 'q2 2007', 2, 2007],
    ['Q2 FY07 gross margin', 'Q2 FY07', 2, 2007],
    ['Q2FY07 net loss', 'Q2FY07', 2, 2007],
    ['Q2 of 2007', 'Q2 of 2007', 2, 2007],
    ['Q4 of fiscal 2006 sales', 'Q4 of fiscal 2006', 4, 2006],
    ['fiscal Q1 1997 revenue', 'fiscal Q1 1997', 1, 1997],
    ['Q3-2004 operating income', 'Q3-2004', 3, 2004],
    ["Q1 '97", "Q1 '97", 1, 1997],
    ['Q2-07 revenue', 'Q2-07', 2, 2007],
    ['Q2/07', 'Q2/07', 2, 2007],
    ['FQ2 2007', 'FQ2 2007', 2, 2007],
  ])('%s', (question, text, index, year) => {
    expect(onePeriod(question)).toMatchObject({ text, type: 'quarter', index, year, rule: 'quarter-q-first' });
  });

  it('bare "Q1" is a first quarter with no year', () => {
    const spec = onePeriod('operating margin Q1?');
    expect(spec).toMatchObject({ text: 'Q1', type: 'quarter', index: 1 });
    expect(spec.year).toBeUndefined();
  });

  it('gives the span of the words', () => {
    const [spec] = [onePeriod('revenue for Q2 2007?')];
    expect(spec.text).toBe('Q2 2007');
  });
});
