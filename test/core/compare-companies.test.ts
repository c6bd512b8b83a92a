// "compare X of A and B", "A vs B X": the companies side by side, each at its own period; a company that
// cannot answer is named with the reason.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { storeOf } from '../helpers/stores.js';

const ctx = { today: '2026-11-25' };
const store = storeOf();

describe('companies side by side', () => {
  it('"compare gross margin of Sonus and Apple": each company\'s latest gross margin', () => {
    const r = ask('compare gross margin of Sonus and Apple', store, ctx);
    expect(r.status).toBe('answered');
    expect(r.answers.map((a) => [a.company, a.kind, a.value, a.period?.label])).toEqual([
      ['Sonus Networks, Inc.', 'ratio', '56.12', 'Q2 2007'],
      ['Apple Computer, Inc.', 'ratio', '18.93', 'Q2 FY1997'],
    ]);
  });
  it('"Sonus vs Bristol-Myers net income": the two values, not each one\'s change over a year', () => {
    const r = ask('Sonus vs Bristol-Myers net income', store, ctx);
    expect(r.answers.map((a) => [a.kind, a.value])).toEqual([['value', '-6976000'], ['value', '810000000']]);
  });
  it('a company without the period is named, not dropped', () => {
    const r = ask('compare gross margin of Sonus and Apple in Q2 2007', store, ctx);
    expect(r.answers.map((a) => a.company)).toEqual(['Sonus Networks, Inc.']);
    expect(r.text).toMatch(/Apple Computer, Inc\.: .*Q2 2007/);
  });
  it('one company and two periods still compare the periods (75,493 - 71,146)', () => {
    const r = ask('compare Sonus revenue Q1 2007 and Q2 2007', store, ctx);
    expect(r.answers[0]).toMatchObject({ kind: 'change', change: { absolute: '4347000' } });
  });
  it('"compare revenue growth of Sonus and Apple": each company\'s own change (75,493 − 64,480; 1,601 − 2,185)', () => {
    const r = ask('compare revenue growth of Sonus and Apple', store, ctx);
    expect(r.answers.map((a) => [a.company, a.kind, a.change?.absolute])).toEqual([
      ['Sonus Networks, Inc.', 'change', '11013000'],
      ['Apple Computer, Inc.', 'change', '-584000000'],
    ]);
  });
  it('"which company grew revenue the fastest": ranked by the percent change', () => {
    const r = ask('which company grew revenue the fastest last quarter', store, ctx);
    expect(r.answers[0]).toMatchObject({ company: 'Sonus Networks, Inc.', change: { percent: '17.08' } });
    expect(r.answers.at(-1)).toMatchObject({ company: 'Apple Computer, Inc.' });
  });
  it('"which of A and B had the highest ...": a ranking of the companies named', () => {
    const r = ask('which of Sonus and Bristol-Myers had the highest net income last quarter', store, ctx);
    expect(r.answers.map((a) => a.company)).toEqual(['Bristol-Myers Squibb Company', 'Sonus Networks, Inc.']);
  });
});
