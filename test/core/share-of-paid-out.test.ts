// "How much of X went to Y": a share of X paid out to Y. A line deducted before X is reached (taxes before net
// income) takes no part of X: declined with what to ask instead, never a share computed as if it did.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { storeOf } from '../helpers/stores.js';

const ctx = { today: '2026-11-25' };

describe('how much of X went to Y', () => {
  it('a line printed above the whole in its statement is declined, with a question to ask instead', () => {
    const r = ask('sonus how much of net income went to taxes H1 2006', storeOf(), ctx);
    expect(r.status).toBe('not_found');
    expect(r.answers).toEqual([]);
    expect(r.text).toContain('deducted before net income');
    expect(r.text).toContain('as a % of revenue');
  });

  it('a line below the whole (spent out of it) is its share', () => {
    const r = ask('how much of revenue went to R&D at sonus in Q2 2007', storeOf(), ctx);
    expect(r.status).toBe('answered');
    // research and development 22,350 of total revenue 75,493 (thousands), lines 213 and 198: 29.605...%
    expect(r.answers[0]?.value).toBe('29.61');
    expect(r.answers[0]?.citations.map((c) => c.line)).toEqual([213, 198]);
  });

  it('asked as a plain share, the same two lines are computed as asked', () => {
    const r = ask('sonus interest expense as a share of net income H1 2006', storeOf(), ctx);
    expect(r.status).toBe('answered');
  });
});
