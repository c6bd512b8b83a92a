// Words that name several metrics at once ("net debt", "borrowings", "income") are answered when a line prints
// exactly those words, and only then: "income" alone stays a question back even beside "Net income".
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const TEXT = `SYDNEY, 20 February 2024 -- Coolabah Freight Limited (ASX: CFL) today announced its half-year results.

Group results

A$m                                    1H24        1H23      Change
Revenue                             1,284.6     1,209.6        6.2%
Net income                             71.4        64.0       11.6%
Net debt                              812.3       845.0       (3.9%)


Consolidated balance sheet

                                             31 Dec 2023      30 Jun 2023
                                                     A$m              A$m
Cash and cash equivalents                           88.4            102.7
Borrowings                                         900.7            947.7
Long-term debt                                     400.0            410.0
`;

const store = { documents: [readReport(TEXT, 'coolabah.txt')] };
const ctx = { today: '2024-03-01' };

describe('a line printing exactly the words asked', () => {
  it('answers "net debt" with the line "Net debt"', () => {
    const r = ask('Coolabah net debt 1H24', store, ctx);
    expect(r.status).toBe('answered');
    expect(r.answers[0]?.value).toBe('812300000');
  });
  it('answers "borrowings" with the line "Borrowings"', () => {
    const r = ask('Coolabah borrowings at 31 December 2023', store, ctx);
    expect(r.status).toBe('answered');
    expect(r.answers[0]?.value).toBe('900700000');
  });
  it('still asks back for words that a line only partly prints ("income", "debt")', () => {
    expect(ask('Coolabah income 1H24', store, ctx).status).not.toBe('answered');
    expect(ask('Coolabah debt at 31 December 2023', store, ctx).status).not.toBe('answered');
  });
});
