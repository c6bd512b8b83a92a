// A retailer's release prints its thirteen-week statement and, below it, its thirty-nine-week one, each with "Earnings
// per share: Basic / Diluted": "EPS" asked for a quarter or the year to date is the diluted line of the table that
// holds the period (EPS's headline form), not a question back between basic and diluted.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const RETAILER = `DAYTON, Ohio, Nov. 19, 2025 (PR Newswire) -- Kettering Goods, Inc. (NYSE: KTGD) today reported results for the
thirteen weeks ended November 1, 2025.

                     CONDENSED CONSOLIDATED STATEMENTS OF INCOME
                   (Unaudited; in thousands, except per share amounts)
                                          Thirteen Weeks Ended
                                    November 1, 2025    November 2, 2024
Net sales                               $ 412,000           $ 398,500
Net income                              $  21,300           $  18,450
Earnings per share:
  Basic                                 $    0.86           $    0.74
  Diluted                               $    0.85           $    0.73

                                        Thirty-Nine Weeks Ended
                                    November 1, 2025    November 2, 2024
Net sales                             $ 1,190,000         $ 1,152,000
Net income                            $    58,700         $    51,200
Earnings per share:
  Basic                                 $    2.37           $    2.06
  Diluted                               $    2.35           $    2.04
`;

const ctx = { today: '2025-12-01' };
const store = { documents: [readReport(RETAILER, 'kettering.txt')] };

describe('EPS of a quarter and of the year to date printed in two tables', () => {
  it('is the diluted line of the quarter', () => {
    const r = ask('Kettering EPS for the thirteen weeks ended November 2, 2024', store, ctx);
    expect(r.answers[0]).toMatchObject({ value: '0.73', unit: 'USD/share' });
  });
  it('is the diluted line of the year to date', () => {
    const r = ask('Kettering EPS for the thirty-nine weeks ended November 1, 2025', store, ctx);
    expect(r.answers[0]).toMatchObject({ value: '2.35', unit: 'USD/share' });
  });
  it('gives basic when basic is asked', () => {
    expect(ask('Kettering basic EPS for the thirteen weeks ended November 1, 2025', store, ctx).answers[0]?.value).toBe('0.86');
  });
});
