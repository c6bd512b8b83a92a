// A bank's balance-sheet words that sit one letter or one word away from other metrics: "noninterest-bearing"
// is no "gearing", "securities available for sale" no sales, "gains on sales of securities" no revenue.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const TEXT = `Harbor Ridge Bancorp, Inc. (NASDAQ: HRBB) today reported results for the quarter ended June 30, 2022.

                             HARBOR RIDGE BANCORP, INC.
                     CONSOLIDATED STATEMENTS OF INCOME (Unaudited)
                             (Dollars in thousands)

                                                    Three Months Ended June 30,
                                                        2022          2021
Total interest income                               $    56,444   $    48,745
Net interest income                                      50,782        42,769
Net (losses) gains on sales of securities                  (112)          210
Total noninterest income                                  8,621        10,897
Net income                                          $    20,458   $    20,146


                             HARBOR RIDGE BANCORP, INC.
                     CONSOLIDATED BALANCE SHEETS (Unaudited)
                             (Dollars in thousands)

                                                      June 30,   December 31,
                                                        2022          2021
Securities available for sale, at fair value        $   701,205   $   655,118
Securities held to maturity                             182,310       168,905
Loans                                                 2,715,645     2,623,142
    Total assets                                    $ 3,972,133   $ 3,870,339
Deposits:
  Noninterest-bearing                               $ 1,102,455   $ 1,115,890
  Interest-bearing                                    2,191,210     2,111,098
    Total deposits                                    3,293,665     3,226,988
`;

const store = { documents: [readReport(TEXT, 'harbor.txt')] };
const ctx = { today: '2022-08-01' };
const value = (q: string) => ask(q, store, ctx).answers[0]?.value;

describe("a bank's balance-sheet words", () => {
  it('reads "noninterest-bearing deposits" as the deposits line, not a ratio of gearing', () => {
    expect(value('Harbor Ridge noninterest-bearing deposits June 30, 2022')).toBe('1102455000');
  });
  it('reads securities available for sale and held to maturity as the portfolios', () => {
    expect(value('Harbor Ridge securities available for sale December 31, 2021')).toBe('655118000');
    expect(value('Harbor Ridge securities held to maturity June 30, 2022')).toBe('182310000');
  });
  it('reads gains on sales of securities as a gain', () => {
    expect(value('Harbor Ridge net gains on sales of securities Q2 2021')).toBe('210000');
    expect(value('Harbor Ridge net interest income Q2 2022')).toBe('50782000');
  });
});
