// "now" in a comparison: the latest side ("total current liabilities now vs end of fiscal 1996"). Read on the
// Apple 10-Q (balance sheets at March 28, 1997 and September 27, 1996).
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { storeOf } from '../helpers/stores.js';

const store = storeOf('apple-10q-1997-03.txt');
const ctx = { today: '2026-11-25' };

describe('"now"', () => {
  it('is the latest balance, compared with the earlier date named', () => {
    const r = ask('apple total current liabilities now vs end of fiscal 1996', store, ctx);
    expect(r.status).toBe('answered');
    expect(r.answers[0]!.change).toMatchObject({ absolute: '8000000', from: { period: { end: '1996-09-27' } }, to: { period: { end: '1997-03-28' } } });
  });
  it('alone is the latest figure', () => {
    expect(ask('apple net sales now', store, ctx).answers[0]).toMatchObject({ value: '1601000000', period: { type: 'quarter', end: '1997-03-28' } });
  });
});
