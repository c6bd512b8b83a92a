// Two releases of one company loaded (its first and second quarters) beside another company's: "since december"
// compares a balance with the one dated in December (never the March balance in between), "since the beginning of
// the year" with the year-end balance, a Business Wire dateline ("MILWAUKEE--(BUSINESS WIRE)--July 30,
// 2025--Brackenridge Industrial Corporation (NYSE: BRKN)") names its company in full.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { storeIn } from '../helpers/stores.js';

const store = storeIn('phrasings4');
const ctx = { today: '2025-12-01' };

describe('a balance compared since a month or the start of the year', () => {
  it('"since december" starts from the December balance', () => {
    const r = ask('veltrane AR change since december', store, ctx);
    expect(r.answers[0]!.change).toMatchObject({ absolute: '-22360000', from: { period: { label: 'December 31, 2024' } } });
  });
  it('"since the beginning of the year" starts from the year-end balance', () => {
    const r = ask('how much did veltrane cash change since the beginning of the year?', store, ctx);
    expect(r.answers[0]!.change).toMatchObject({ absolute: '24530000', from: { period: { label: 'December 31, 2024' } } });
  });
  it('a flow "since the beginning of the year" is no change of one quarter against another', () => {
    expect(ask('veltrane revenue since the beginning of the year', store, ctx).answers[0]?.change).toBeUndefined();
  });
  it('a month with no balance dated in it is declined', () => {
    expect(ask('veltrane cash since september', store, ctx).status).not.toBe('answered');
  });
});

describe('a Business Wire dateline', () => {
  it('names the company in full, so its name finds its figures', () => {
    const r = ask('brackenridge net sales q3 fy25', store, ctx);
    expect(r.answers[0]).toMatchObject({ value: '1597400000' });
  });
});

describe('an adjusted margin the release does not print', () => {
  it('is the printed adjusted line over revenue', () => {
    const r = ask('brackenridge adj EBITDA margin q3', store, ctx);
    expect(r.answers[0]).toMatchObject({ value: '19.04', metric: 'Adjusted EBITDA margin' });
    expect(r.answers[0]!.citations.map((c) => c.row)).toContain('Adjusted EBITDA');
  });
  it('is declined when no adjusted line is printed', () => {
    expect(ask('veltrane adjusted ebitda margin q2', store, ctx).status).not.toBe('answered');
  });
});

describe('the words around a question', () => {
  it('"by how much did X beat last year\'s Q2" compares the latest Q2 with it', () => {
    const r = ask("by how much did veltrane beat last year's q2 revenue", store, ctx);
    expect(r.answers[0]!.change).toMatchObject({ absolute: '26030000' });
  });
  it('"how much did X make" is its net income; "on the balance sheet" names no line', () => {
    expect(ask('how much did veltrane make in q2', store, ctx).answers[0]).toMatchObject({ value: '8660000' });
    expect(ask('brackenridge goodwill on the balance sheet', store, ctx).answers[0]).toMatchObject({ value: '2314600000' });
  });
  it('EPS alone is diluted with two releases of one company loaded', () => {
    expect(ask('veltrane eps q2', store, ctx).answers[0]).toMatchObject({ value: '0.13' });
  });
});

describe('a ratio compared since a month, the start of the year, or over one span written twice', () => {
  it('"current ratio since the beginning of the year" and "since december" start from December 31', () => {
    for (const q of ['veltrane current ratio since the beginning of the year', 'veltrane current ratio since december']) {
      expect(ask(q, store, ctx).answers[0]!.change?.from.period.label).toBe('December 31, 2024');
    }
  });
  it('"gross margin 9M vs 9M" is against a year before; "Q2 vs Q1" stays quarter on quarter', () => {
    expect(ask('brackenridge gross margin 9M vs 9M', store, ctx).answers[0]!.change?.from.period.label).toBe('9M FY2024');
    expect(ask('veltrane gross margin q2 vs q1', store, ctx).answers[0]!.change?.from.period.label).toBe('Q1 2025');
  });
});
