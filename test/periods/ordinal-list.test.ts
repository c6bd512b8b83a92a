import { describe, expect, it } from 'vitest';
import { periods } from './helpers.js';

describe('ordinal-list: "first and second quarters of 2007"', () => {
  it.each([
    ['first and second quarters of 2007', 'quarter', [1, 2], 2007],
    ['the second and first quarters of 2007', 'quarter', [2, 1], 2007],
    ['first, second and third quarters of fiscal 1997', 'quarter', [1, 2, 3], 1997],
    ['first and second halves of 2006', 'six_months', [1, 2], 2006],
  ])('%s', (question, type, indexes, year) => {
    const found = periods(question);
    expect(found.map((p) => p.index)).toEqual(indexes);
    for (const p of found) expect(p).toMatchObject({ type, year, rule: 'ordinal-list' });
  });

  it('without a year the parts have none', () => {
    expect(periods('first and second quarters').map((p) => p.year)).toEqual([undefined, undefined]);
  });

  it('never leaves the year alone as if the whole year were asked', () => {
    expect(periods('first and third halves of 2006')).toEqual([]);
  });
});
