// "last quarter vs the quarter before": the quarter before the latest, named after it. Read on the Sonus
// release (quarters ended June 30, 2007, March 31, 2007 and June 30, 2006).
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { storeOf } from '../helpers/stores.js';

const store = storeOf('sonus-2007-q2.txt');
const ctx = { today: '2026-11-25' };

describe('"the quarter before"', () => {
  it('compares the latest quarter with the one before it', () => {
    const r = ask('sonus revenue last quarter vs the quarter before', store, ctx);
    expect(r.status).toBe('answered');
    expect(r.answers[0]!.change).toMatchObject({ from: { period: { type: 'quarter', end: '2007-03-31' } }, to: { period: { type: 'quarter', end: '2007-06-30' } } });
    // 75,493 - 71,146
    expect(r.answers[0]!.change!.absolute).toBe('4347000');
  });
  it('alone asks for the quarter before the latest', () => {
    const r = ask('sonus gross profit the quarter before', store, ctx);
    expect(r.answers[0]).toMatchObject({ kind: 'value', value: '45485000', period: { type: 'quarter', end: '2007-03-31' } });
  });
});
