// "what's Ostler's latest quarter?": the company's periods listed newest first, the latest named; "who grew revenue
// fastest?" ranks the companies as "which company ..." does.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { storeIn, storeOf } from '../helpers/stores.js';

const ctx = { today: '2026-11-25' };

describe('a company\'s latest period asked', () => {
  it.each(["what's Ostler's latest quarter?", 'what is the most recent period for Ostler', 'what is the latest report for Ostler'])('%s', (q) => {
    const r = ask(q, storeIn('season'), ctx);
    expect(r.status).toBe('answered');
    expect(r.text).toContain('Ostler Medical, Inc.** (OSTM): latest Q3 2025; all periods, newest first: Q3 2025, Q2 2025, Q1 2025, Q4 2024');
    expect(r.text).not.toContain('Quarry Lane');
  });

  it('a quarter comes before its year to date and the balance date of the same day', () => {
    const r = ask('which companies do you have?', storeOf('sonus-2007-q2.txt'), ctx);
    expect(r.text).toContain('latest Q2 2007; all periods, newest first: Q2 2007, H1 2007, June 30, 2007, Q1 2007');
  });
});

describe('"who" asks which company', () => {
  it.each(['who grew revenue fastest?', 'which company grew revenue the fastest?'])('%s', (q) => {
    const r = ask(q, storeIn('season'), ctx);
    expect(r.status).toBe('answered');
    // Ostler: 162.45 over 140.05 a year before, +16.0%, the fastest of the four companies' latest quarters
    expect(r.answers[0]).toMatchObject({ company: 'Ostler Medical, Inc.', kind: 'change' });
    expect(r.answers[0]!.change!.percent).toBe('15.99');
  });
});
