// "revenue Q2 vs Q2", "net sales 9M vs 9M": one span written twice with no year is the latest against the same span a
// year before (it cannot be the quarter before); a figure is never compared with itself. Read on the Sonus release.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { storeOf } from '../helpers/stores.js';

const store = storeOf('sonus-2007-q2.txt');
const ctx = { today: '2026-11-25' };

describe('a comparison of one period with itself', () => {
  it('is read as the latest against a year before, never as unchanged', () => {
    const r = ask('sonus revenue Q2 vs Q2', store, ctx);
    expect(r.answers[0]!.change).toMatchObject({ absolute: '11013000', from: { period: { label: 'Q2 2006' } }, to: { period: { label: 'Q2 2007' } } });
    expect(ask('sonus revenue H1 vs H1', store, ctx).answers[0]!.change?.from.period.label).toBe('H1 2006');
  });
  it('one dated period written twice is asked back', () => {
    expect(ask('sonus revenue Q2 2007 vs Q2 2007', store, ctx).status).not.toBe('answered');
  });
  it('two different quarters are still compared', () => {
    const r = ask('sonus revenue Q2 2007 vs Q1 2007', store, ctx);
    expect(r.answers[0]!.change).toMatchObject({ absolute: '4347000' });
  });
});
