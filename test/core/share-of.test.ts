// "X as a percent of Y" and "what share of Y was X": one line over another, same period.
import { describe, expect, it } from 'vitest';
import { splitShareOf } from '../../src/core/parse/share-of.js';
import { ask } from '../../src/core/index.js';
import { storeOf } from '../helpers/stores.js';

describe('splitShareOf', () => {
  it.each([
    ['R&D as a percentage of revenue', { part: 'R&D', whole: 'revenue' }],
    ['marketing as a share of total operating expenses', { part: 'marketing', whole: 'operating expenses' }],
    ['what percent of revenue was service in', { part: 'service in', whole: 'revenue' }],
    ['what share of sales came from international', { part: 'international', whole: 'sales' }],
    ['service revenue share of total', { part: 'service revenue', whole: 'revenue' }],
    ['service as a portion of revenue', { part: 'service', whole: 'revenue' }],
  ])('%s', (phrase, want) => {
    expect(splitShareOf(phrase)).toEqual(want);
  });
  it('is not fooled by a plain metric', () => {
    expect(splitShareOf('gross profit')).toBeNull();
    expect(splitShareOf('current portion of long-term liabilities')).toBeNull();
  });
});

describe('a share asked with "%" before the whole', () => {
  it('reads "what % of revenue was retail" as the retail line over total revenue, not retail over itself', () => {
    expect(splitShareOf('what % of revenue was retail in')).toEqual({ part: 'retail in', whole: 'revenue' });
    const r = ask('what % of southern revenue was retail in Q4 2004', storeOf('southern-2004-q4.txt'), { today: '2026-11-25' });
    expect(r.status).toBe('answered');
    // Retail Revenue 2,194 over Total Revenues 2,721
    expect(r.answers[0]!.value).toBe('80.63');
  });
  it('never answers a line as a share of itself', () => {
    const r = ask('retail as a share of retail revenue Q4 2004', storeOf('southern-2004-q4.txt'), { today: '2026-11-25' });
    expect(r.answers[0]?.value).not.toBe('100');
    expect(r.status).not.toBe('answered');
  });
});

describe('a tax line as a share of pre-tax income', () => {
  const ctx = { today: '2026-11-25' };
  it('reads the tax line, not the pre-tax line it is asked against ("tax as % of pretax income")', () => {
    const r = ask('sonus tax as % of pretax income H1 2006', storeOf('sonus-2007-q2.txt'), ctx);
    expect(r.status).toBe('answered');
    // "Income tax benefit (provision)" (1,195) on pre-tax income of 15,925: a charge of 7.5%, not -7.5% nor 100%
    expect(r.answers[0]!.value).toBe('7.5');
    expect(r.answers[0]!.citations.map((c) => c.line)).toEqual([277, 276]);
  });
  it('takes a plainly worded provision as printed', () => {
    const r = ask('bms tax as % of pretax earnings Q1 1997', storeOf('bristol-myers-10q-1997-03.txt'), ctx);
    // 323 over 1,133
    expect(r.answers[0]!.value).toBe('28.51');
  });
  it('declines a tax line whose words do not say which side is positive', () => {
    const r = ask('apple tax as % of pretax loss for the three months ended March 29, 1996', storeOf('apple-10q-1997-03.txt'), ctx);
    expect(r.status).not.toBe('answered');
  });
});

describe('"how much of X went to Y"', () => {
  it('reads Y as a share of X', () => {
    expect(splitShareOf('how much of net income went to dividends at')).toEqual({ part: 'dividends at', whole: 'net income', paidOut: true });
    expect(splitShareOf('of its revenue was spent on marketing')).toEqual({ part: 'marketing', whole: 'revenue', paidOut: true });
  });
  it('answers R&D over total revenue', () => {
    const r = ask('how much of sonus revenue went to R&D in Q2 2007', storeOf('sonus-2007-q2.txt'), { today: '2026-11-25' });
    // 22,350 over 75,493
    expect(r.answers[0]).toMatchObject({ value: '29.61', unit: 'percent' });
  });
  it('declines a line printed above X in its statement (taxes before net income), saying what to ask instead', () => {
    const r = ask('sonus how much of net income went to taxes H1 2006', storeOf('sonus-2007-q2.txt'), { today: '2026-11-25' });
    expect(r.status).toBe('not_found');
    expect(r.answers).toEqual([]);
    expect(r.text).toContain('deducted before net income');
    expect(r.text).toContain('as a % of revenue');
  });
});
