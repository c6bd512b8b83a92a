// "Q4 2025 revenue compared with fiscal 2025": a quarter against the whole year is no change of the figure (a
// +280% "growth" would mislead); Lineitem asks which comparison was meant. Periods of one length still compare.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const RELEASE = `
Pollard Instruments, Inc. today reported results for the fourth quarter and the year ended December 31, 2025.

                           POLLARD INSTRUMENTS, INC.
                     CONSOLIDATED STATEMENTS OF OPERATIONS
                                (in thousands)

                                   Three Months Ended        Twelve Months Ended
                                      December 31,               December 31,
                                   2025         2024          2025          2024
Total revenues                  $ 61,400     $ 54,710      $ 233,520     $ 208,030
Net income                         3,120          995          7,775          (735)
`;

const store = { documents: [readReport(RELEASE, 'pollard.txt')] };
const ctx = { today: '2026-02-15' };

describe('a comparison of periods of different length', () => {
  it.each(['Q4 2025 revenue compared with fiscal 2025', 'net income FY2025 vs Q4 2025'])('%s asks which comparison was meant', (q) => {
    const r = ask(q, store, ctx);
    expect(r.status).toBe('clarify');
    expect(r.answers).toEqual([]);
  });
  it('periods of the same length still compare (Q4 2025 vs Q4 2024)', () => {
    const a = ask('revenue Q4 2025 vs Q4 2024', store, ctx).answers[0];
    expect(a?.change).toMatchObject({ from: { value: '54710000' }, to: { value: '61400000' }, absolute: '6690000' });
  });
});
