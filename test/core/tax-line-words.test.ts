// British and Australian income statements name the tax lines their own way: "Profit before income tax",
// "Taxation" (printed as a negative). The effective tax rate is computed from them, as an expense.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const TEXT = `LONDON, 27 July 2023 – Dunmere plc (LSE: DNM) announces its interim results.

Condensed consolidated income statement

                                                         Six months to   Six months to
                                                          30 June 2023    30 June 2022
                                                               £m              £m
Revenue                                                      642.5           598.1
Profit before income tax                                      58.9            51.0
Taxation                                                     –14.7           –12.8
Profit for the period                                         44.2            38.2
`;

const store = { documents: [readReport(TEXT, 'dunmere.txt')] };
const ctx = { today: '2023-08-01' };

describe('tax lines named the British way', () => {
  it('computes the effective tax rate from "Taxation" over "Profit before income tax"', () => {
    const r = ask('Dunmere effective tax rate H1 2023', store, ctx);
    expect(r.status).toBe('answered');
    expect(Number(r.answers[0]?.value)).toBeCloseTo(24.96, 2);
  });
  it('answers "pretax income" with "Profit before income tax"', () => {
    expect(ask('Dunmere pretax income H1 2022', store, ctx).answers[0]?.value).toBe('51000000');
  });
});
