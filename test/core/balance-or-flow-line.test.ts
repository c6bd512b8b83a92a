// "capitalized internal-use software Q3" over a balance sheet's "Capitalized internal-use software, net" and a free
// cash flow reconciliation's "Less: capitalized internal-use software costs": the asset at the quarter's end or the
// quarter's spending; the question does not say which, so the bot asks instead of giving the balance. (A January
// fiscal year: the quarter ended April 30, 2026 is the first of fiscal 2027.)
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const SAAS = `OMAHA, Neb., June 2, 2026 (BUSINESS WIRE) -- Quarrystone Software, Inc. (NASDAQ: QRSW) today reported results.

                        CONDENSED CONSOLIDATED BALANCE SHEETS
                                  (in thousands)
                                               April 30,     January 31,
                                                    2026            2026
Cash and cash equivalents                       $ 88,000        $ 81,000
Capitalized internal-use software, net            21,000          19,500
Total assets                                     300,000         290,000

                         RECONCILIATION OF FREE CASH FLOW
                                  (in thousands)
                                            Three Months Ended April 30,
                                                    2026            2025
Net cash provided by operating activities       $ 14,200        $ 11,900
Less: purchases of property and equipment         (1,100)           (950)
Less: capitalized internal-use software costs     (2,400)         (2,050)
Free cash flow                                  $ 10,700        $  8,900
`;

const ctx = { today: '2026-07-01' };
const store = { documents: [readReport(SAAS, 'quarrystone.txt')] };

describe('a balance line and a flow line named by the same words', () => {
  it('asks which one a quarter question means', () => {
    const r = ask('Quarrystone capitalized internal-use software Q1 fiscal 2027', store, ctx);
    expect(r.status).toBe('clarify');
    expect(r.text).toMatch(/Capitalized internal-use software, net/);
    expect(r.text).toMatch(/capitalized internal-use software costs/);
  });
  it('answers the balance at a date, and the flow when its own words are asked', () => {
    expect(ask('Quarrystone capitalized internal-use software, net at April 30, 2026', store, ctx).answers[0]?.value).toBe('21000000');
    expect(ask('Quarrystone capitalized internal-use software costs three months ended April 30, 2026', store, ctx).answers[0]?.value).toMatch(/^-?2400000$/);
  });
  it('still answers a balance the lexicon names for a quarter', () => {
    expect(ask('Quarrystone cash Q1 fiscal 2027', store, ctx).answers[0]?.value).toBe('88000000');
  });
});
