// "The same period last year" and "a year ago" in a comparison: the period asked a year before,
// read on the Sonus release (six months ended June 30, 2007 and 2006; quarters ended June 30, 2007 and 2006).
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { storeOf } from '../helpers/stores.js';

const store = storeOf('sonus-2007-q2.txt');
const ctx = { today: '2026-11-25' };

describe('year-ago words in a comparison', () => {
  it('"year to date vs the same period last year" compares the six months with the six months a year before', () => {
    const r = ask('Sonus revenue year to date vs the same period last year', store, ctx);
    expect(r.answers[0].change).toMatchObject({ from: { period: { type: 'six_months', end: '2006-06-30' } }, to: { period: { type: 'six_months', end: '2007-06-30' } } });
  });
  it('"compared with a year ago" compares the latest quarter with the quarter a year before', () => {
    const r = ask('Sonus revenue compared with a year ago', store, ctx);
    expect(r.answers[0].change).toMatchObject({ from: { period: { type: 'quarter', end: '2006-06-30' } }, to: { period: { type: 'quarter', end: '2007-06-30' } } });
  });
  it('"a year ago" alone still asks for the year-ago figure', () => {
    const r = ask('Sonus revenue a year ago', store, ctx);
    expect(r.answers[0]).toMatchObject({ kind: 'value', period: { type: 'quarter', end: '2006-06-30' } });
  });
  it('"vs year earlier", without the article, compares the latest quarter with the quarter a year before', () => {
    const r = ask('Sonus revenue up or down vs year earlier', store, ctx);
    expect(r.status).toBe('answered');
    expect(r.answers[0].change).toMatchObject({ from: { period: { type: 'quarter', end: '2006-06-30' } }, to: { period: { type: 'quarter', end: '2007-06-30' } } });
  });
  it('"vs the year-earlier period" after a six-month period compares the six months a year apart', () => {
    const r = ask('Sonus revenue for the six months ended June 30, 2007 vs the year-earlier period', store, ctx);
    expect(r.answers[0].change).toMatchObject({ from: { period: { type: 'six_months', end: '2006-06-30' } }, to: { period: { type: 'six_months', end: '2007-06-30' } } });
  });
});
