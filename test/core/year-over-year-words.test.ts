// Words that name a year-over-year comparison without a second period: "year over year" alone, and "the prior
// year" / "last year" beside a part of a year (the same part a year before, never the whole prior year).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const read = (f: string) => readReport(readFileSync(new URL(`../fixtures/releases/${f}`, import.meta.url), 'utf8'), f);
const store = { documents: [read('ashgrove-fy2023-q4.txt'), read('ridgeline-2022-q2.txt'), read('tessaly-2019-q3.txt')] };
const ctx = { today: '2024-01-15' };
const change = (q: string) => ask(q, store, ctx).answers[0]?.change;

describe('year over year without a second period', () => {
  it('compares the latest balance with the one a year before', () => {
    const c = change('Ridgeline total assets year over year');
    expect(c?.to.period.end).toBe('2022-06-30');
    expect(c?.from.period.end).toBe('2021-06-30');
  });
  it('reads "versus the prior year" beside a quarter as the same quarter a year before', () => {
    const c = change('Ashgrove fourth quarter net sales versus the prior year');
    expect(c?.from.period).toMatchObject({ type: 'quarter', end: '2022-06-30' });
    expect(c?.absolute).toBe('63200000');
  });
  it('reads "vs last year" beside year to date as the same months a year before', () => {
    const c = change('Tessaly revenue year to date vs last year');
    expect(c?.from.period).toMatchObject({ type: 'nine_months', end: '2018-09-30' });
  });
  it('asks back which year "last year" alone means after a release that closes a year', () => {
    const a = ask('Ashgrove net sales last year', store, ctx);
    expect(a.status).toBe('clarify');
    expect(a.answers).toEqual([]);
    expect(a.suggestions).toEqual(['FY2023', 'FY2022']);
    expect(ask('Ashgrove net sales fiscal 2022', store, ctx).answers[0]?.period?.label).toBe('FY2022');
  });
});
