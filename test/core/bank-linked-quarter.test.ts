// A bank's five quarters: "the linked quarter" is the quarter before the latest, and a payout ratio takes the diluted
// EPS when the statement prints "Basic earnings per share" and "Diluted earnings per share" as its only EPS lines.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { storeIn } from '../helpers/stores.js';

const store = storeIn('releases');
const ctx = { today: '2026-11-25' };

describe('the linked quarter', () => {
  it('is the quarter before the latest', () => {
    const a = ask('Ridgeline efficiency ratio in the linked quarter', store, ctx).answers[0];
    expect(a?.value).toBe('55.3');
    expect(a?.period?.label).toBe('Q1 2022');
  });
  it('is the base of a comparison', () => {
    const a = ask('Ridgeline net interest income vs the linked quarter', store, ctx).answers[0];
    expect(a?.change?.absolute).toBe('3486000');
    expect(a?.change?.from.period.label).toBe('Q1 2022');
  });
});

describe('payout ratio over basic and diluted EPS lines', () => {
  it('divides the dividend declared by the diluted EPS', () => {
    // 0.24 / 0.72
    expect(Number(ask('Ridgeline payout ratio Q2 2022', store, ctx).answers[0]?.value)).toBeCloseTo(33.33, 1);
  });
});
