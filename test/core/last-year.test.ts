// "last year" after a release that closes a fiscal year could be that year or the one before: ask.
// After a half-year release it can only be the year before.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { storeOf } from '../helpers/stores.js';

const ctx = { today: '2026-11-25' };

describe('"last year"', () => {
  it('asks which year after a fourth-quarter and full-year release', () => {
    const r = ask('Southern net income last year', storeOf('southern-2004-q4.txt'), ctx);
    expect(r.status).toBe('clarify');
    expect(r.answers).toEqual([]);
    expect(r.suggestions).toEqual(['FY2004', 'FY2003']);
  });
  it('asks for a part of it too: "Q4 revenue last year"', () => {
    expect(ask('Southern Q4 revenue last year', storeOf('southern-2004-q4.txt'), ctx).suggestions).toEqual(['Q4 of FY2004', 'Q4 of FY2003']);
  });
  it('"prior year" is the comparison year, without asking', () => {
    const r = ask('Southern net income prior year', storeOf('southern-2004-q4.txt'), ctx);
    expect(r.status).toBe('answered');
    expect(r.answers[0]!.period).toMatchObject({ type: 'year', end: '2003-12-31' });
  });
  it('after a second-quarter release, "last year" is the year before (here not reported: declined)', () => {
    const r = ask('Sonus net income last year', storeOf('sonus-2007-q2.txt'), ctx);
    expect(r.status).toBe('not_found');
  });
});
