// A made-up property-casualty insurer's quarterly statements: an insurer's lines asked in its own words.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const TEXT = `PRAIRIE MUTUAL HOLDINGS, INC.
CONSOLIDATED STATEMENTS OF INCOME (UNAUDITED)
(Dollars in thousands, except per share data)

                                        Three Months Ended       Nine Months Ended
                                           September 30,            September 30,
                                        2002          2001        2002          2001
                                      --------      --------    ---------     ---------
Revenues:
  Premiums earned                     $ 84,512      $ 76,209    $ 246,880     $ 221,340
  Net investment income                 11,204        12,018       34,117        36,502
  Realized investment gains (losses)      (812)          455       (2,340)        1,218
  Other income                             640           588        1,902         1,744
                                      --------      --------    ---------     ---------
    Total revenues                      95,544        89,270      280,559       260,804
                                      --------      --------    ---------     ---------
Losses and expenses:
  Losses and loss adjustment expenses   58,270        55,114      171,602       160,228
  Policy acquisition costs              19,402        17,530       56,880        50,907
  Other operating expenses               6,118         5,902       18,215        17,466
  Interest expense                         910           944        2,742         2,851
                                      --------      --------    ---------     ---------
    Total losses and expenses           84,700        79,490      249,439       231,452
                                      --------      --------    ---------     ---------
Income before income taxes              10,844         9,780       31,120        29,352
Income taxes                             3,145         2,836        9,025         8,512
                                      --------      --------    ---------     ---------
Net income                            $  7,699      $  6,944    $  22,095     $  20,840
                                      ========      ========    =========     =========
Net income per share - diluted        $   0.52      $   0.47    $    1.49     $    1.41


PRAIRIE MUTUAL HOLDINGS, INC.
CONSOLIDATED BALANCE SHEETS
(Dollars in thousands)
                                                  September 30,     December 31,
                                                      2002              2001
                                                  (Unaudited)
Assets
Investments:
  Fixed maturities, available for sale             $ 812,440         $ 776,219
  Equity securities                                   41,205            48,330
  Short-term investments                              28,770            31,402
                                                   ---------         ---------
    Total investments                                882,415           855,951
Cash                                                   9,812            11,204
Premiums receivable                                   72,118            66,405
Reinsurance recoverables                              58,302            55,117
Deferred policy acquisition costs                     37,610            35,084
Other assets                                          22,441            20,903
                                                   ---------         ---------
    Total assets                                   1,082,698         1,044,664
                                                   =========         =========
Liabilities and Stockholders' Equity
Reserve for losses and loss adjustment expenses      512,330           490,118
Unearned premiums                                    168,204           159,870
Notes payable                                         45,000            45,000
Other liabilities                                     31,226            29,718
                                                   ---------         ---------
    Total liabilities                                756,760           724,706
Stockholders' equity                                 325,938           319,958
                                                   ---------         ---------
    Total liabilities and stockholders' equity    $1,082,698        $1,044,664
                                                   =========         =========
`;

const store = { documents: [readReport(TEXT, 'prairie-2002-q3.txt')] };
const ctx = { today: '2026-11-25' };

describe("an insurer's statements", () => {
  it('reads premiums earned and losses and LAE by their names', () => {
    expect(ask('Prairie premiums earned Q3 2002', store, ctx).answers[0].value).toBe('84512000');
    expect(ask('Prairie losses and LAE nine months 2001', store, ctx).answers[0].value).toBe('160228000');
  });
  it('computes the loss ratio as losses and LAE over premiums earned', () => {
    // 58,270 / 84,512 = 68.95%
    expect(ask('Prairie loss ratio Q3 2002', store, ctx).answers[0]).toMatchObject({ kind: 'ratio', value: '68.95', unit: 'percent' });
  });
});
