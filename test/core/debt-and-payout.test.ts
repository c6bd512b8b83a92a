// Debt to equity counts every borrowing line the balance sheet prints (short-term borrowings, the current
// portion of long-term debt, long-term debt); the dividend payout ratio from cash dividends is their size over
// net income, never negative because the cash flow statement prints them as an outflow, and not given out of a loss.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const RELEASE = `
Tamsin Foods, Inc. today reported results for the second quarter ended June 30, 2025.

                              TAMSIN FOODS, INC.
                CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                                (in millions)

                                                 Six Months Ended June 30,
                                                  2025           2024
Net sales                                        430.0          415.0
Operating income                                  30.0           32.0
Net income                                        18.0           20.0

                              TAMSIN FOODS, INC.
                     CONDENSED CONSOLIDATED BALANCE SHEETS
                                (in millions)

                                              June 30,      December 31,
                                                2025           2024
Total current assets                           300.2          282.8
Total assets                                 $ 658.3        $ 646.5
Short-term borrowings                           25.0              -
Current maturities of long-term debt            12.5           12.5
Total current liabilities                      167.3          130.8
Long-term debt                                 218.8          228.2
Total liabilities                              416.2          392.6
Total stockholders' equity                     242.1          253.9
Total liabilities and stockholders' equity   $ 658.3        $ 646.5


                              TAMSIN FOODS, INC.
                CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS
                                (in millions)

                                                 Six Months Ended June 30,
                                                  2025           2024
Net cash provided by operating activities         30.0           33.0
Dividends paid                                    (4.5)          (4.5)
`;

// the same balance sheet with both current borrowings on one line
const COMBINED = `
Tamsin Foods, Inc. today reported results for the second quarter ended June 30, 2025.

                              TAMSIN FOODS, INC.
                     CONDENSED CONSOLIDATED BALANCE SHEETS
                                (in millions)

                                                                June 30,      December 31,
                                                                  2025           2024
Total current assets                                             300.2          282.8
Total assets                                                   $ 658.3        $ 646.5
Short-term borrowings and current portion of long-term debt       37.5           12.5
Total current liabilities                                        167.3          130.8
Long-term debt                                                   218.8          228.2
Total liabilities                                                416.2          392.6
Total stockholders' equity                                       242.1          253.9
Total liabilities and stockholders' equity                     $ 658.3        $ 646.5
`;

const store = { documents: [readReport(RELEASE, 'tamsin.txt')] };
const ctx = { today: '2025-08-15' };

describe('debt to equity and payout', () => {
  it('adds the current maturities of long-term debt to the borrowings ((25.0 + 12.5 + 218.8) / 242.1)', () => {
    const a = ask('debt to equity June 30 2025', store, ctx).answers[0];
    expect(a).toMatchObject({ metric: 'Debt to equity', value: '1.06' });
    expect(a?.citations.map((c) => c.row)).toContain('Current maturities of long-term debt');
  });
  it('counts one line of short-term borrowings and the current portion of long-term debt once ((37.5 + 218.8) / 242.1)', () => {
    const one = { documents: [readReport(COMBINED, 'tamsin.txt')] };
    const a = ask('debt to equity June 30 2025', one, ctx).answers[0];
    expect(a).toMatchObject({ metric: 'Debt to equity', value: '1.06' });
    expect(a?.citations.map((c) => c.row)).toContain('Short-term borrowings and current portion of long-term debt');
  });
  it('gives the payout from cash dividends as a positive share (4.5 / 18.0)', () => {
    expect(ask('dividend payout ratio H1 2025', store, ctx).answers[0]).toMatchObject({ value: '25' });
  });
  it('declines the payout out of a net loss as not meaningful (not -58%)', () => {
    const loss = { documents: [readReport(RELEASE.replace('Net income                                        18.0', 'Net income                                        (7.7)'), 'tamsin.txt')] };
    const r = ask('dividend payout ratio H1 2025', loss, ctx);
    expect(r.status).not.toBe('answered');
    expect(r.text).toMatch(/not meaningful/);
  });
});
