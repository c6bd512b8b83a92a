// A cost printed in parentheses in a table that also prints a "% Change" column ("Corporate expense (18.5) (76.3)
// 75.8%"): the percentages are no figures of the cost, so it is still a deducted cost, taken by its size.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { storeIn } from '../helpers/stores.js';

const store = storeIn('phrasings3');
const ctx = { today: '2026-11-25' };

describe('a deducted cost beside a % Change column', () => {
  it('as a share of sales is the size of the cost', () => {
    // 93.0 / 3,160.2
    expect(Number(ask('Ashgrove corporate expense as a % of sales FY23', store, ctx).answers[0]?.value)).toBeCloseTo(2.94, 2);
  });
  it('compared between periods as amounts spent', () => {
    const c = ask('Ashgrove corporate expense Q4 FY23 vs Q4 FY22', store, ctx).answers[0]?.change;
    expect(c?.from.value).toBe('76300000');
    expect(c?.to.value).toBe('18500000');
  });
});
