// A bank's release prints its performance ratios for five quarters: they are answered as printed
// (return on average equity and assets are never computed), and a footnote mark ends no line's name.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const TEXT = `Harbor Ridge Bancorp, Inc. (NASDAQ: HRBB) today reported results for the quarter ended June 30, 2022.

                             HARBOR RIDGE BANCORP, INC.
                     CONSOLIDATED STATEMENTS OF INCOME (Unaudited)
                      (Dollars in thousands, except per share data)

                                                                   Three Months Ended
                                               June 30,   March 31,    Dec. 31,   Sept. 30,    June 30,
                                                 2022        2022        2021        2021        2021
Net interest income                           $   50,782   $  47,296   $  46,419   $  44,748   $  42,769
Net income                                    $   20,458   $  19,605   $  20,730   $  19,830   $  20,146

Performance ratios (annualized):
  Return on average assets                          2.10%       2.03%       2.15%       2.08%       2.14%
  Return on average equity                         20.35%      19.04%      19.97%      19.30%      19.94%
  Net interest margin                               5.58%       5.24%       5.17%       5.04%       4.87%
  Efficiency ratio (1)                              53.7%       55.3%       55.2%       54.6%       55.0%

(1) Noninterest expense divided by the sum of net interest income and noninterest income.
`;

const doc = readReport(TEXT, 'harbor.txt');
const store = { documents: [doc] };
const ctx = { today: '2022-08-01' };

describe("a bank's performance ratios", () => {
  it('answers ROE and ROA as printed', () => {
    expect(ask('Harbor Ridge return on average equity Q2 2022', store, ctx).answers[0]?.value).toBe('20.35');
    expect(ask('Harbor Ridge ROE Q1 2022', store, ctx).answers[0]?.value).toBe('19.04');
    expect(ask('Harbor Ridge ROA last quarter', store, ctx).answers[0]?.value).toBe('2.1');
  });
  it('reads the efficiency ratio without its footnote mark', () => {
    const r = ask('Harbor Ridge efficiency ratio Q4 2021', store, ctx);
    expect(r.answers[0]?.value).toBe('55.2');
    expect(r.answers[0]?.metric).toBe('Efficiency ratio');
  });
});

const BALANCE = `Harbor Ridge Bancorp, Inc. (NASDAQ: HRBB) today reported results for the quarter ended June 30, 2022.

                             HARBOR RIDGE BANCORP, INC.
                     CONSOLIDATED BALANCE SHEETS (Unaudited)
                             (Dollars in thousands)

                                                      June 30,   December 31,
                                                        2022          2021
Loans held for sale                                 $     4,105   $     8,912
Loans                                                 2,715,645     2,623,142
  Less: allowance for credit losses                     (30,118)      (28,905)
    Loans, net                                        2,685,527     2,594,237
    Total assets                                    $ 3,972,133   $ 3,870,339
`;

describe('loans before and after the allowance, and loans held for sale', () => {
  const bs = { documents: [readReport(BALANCE, 'harbor-bs.txt')] };
  it('answers "total loans" with the loans before the allowance, "net loans" with those after', () => {
    expect(ask('Harbor Ridge total loans at June 30, 2022', bs, ctx).answers[0]?.value).toBe('2715645000');
    expect(ask('Harbor Ridge loans at December 31, 2021', bs, ctx).answers[0]?.value).toBe('2623142000');
    expect(ask('Harbor Ridge net loans at June 30, 2022', bs, ctx).answers[0]?.value).toBe('2685527000');
  });
  it('never answers loans with the loans held for sale', () => {
    expect(ask('Harbor Ridge loans held for sale at June 30, 2022', bs, ctx).answers[0]?.value).toBe('4105000');
  });
});

const PORTFOLIO = `Harbor Ridge Bancorp, Inc. (NASDAQ: HRBB) today reported results for the quarter ended June 30, 2022.

                             HARBOR RIDGE BANCORP, INC.
                      LOAN PORTFOLIO (Dollars in thousands)

                                                      June 30,   December 31,
                                                        2022          2021
Commercial real estate                              $ 1,402,118   $ 1,355,902
Commercial and industrial                               512,305       498,120
Residential mortgage                                    688,412       660,215
    Total loans                                     $ 2,602,835   $ 2,514,237
`;

describe('the lines a total closes', () => {
  const pf = { documents: [readReport(PORTFOLIO, 'harbor-loans.txt')] };
  it('are named with the total\'s words too ("commercial real estate loans")', () => {
    expect(ask('Harbor Ridge commercial real estate loans at June 30, 2022', pf, ctx).answers[0]?.value).toBe('1402118000');
    expect(ask('Harbor Ridge residential mortgage loans December 31, 2021', pf, ctx).answers[0]?.value).toBe('660215000');
  });
  it('only when they add up to it', () => {
    const off = { documents: [readReport(PORTFOLIO.replace('2,602,835', '2,602,836'), 'harbor-off.txt')] };
    expect(ask('Harbor Ridge commercial real estate loans at June 30, 2022', off, ctx).status).not.toBe('answered');
  });
});

const PER_SHARE = `Harbor Ridge Bancorp, Inc. (NASDAQ: HRBB) today reported results for the quarter ended June 30, 2022.

                             HARBOR RIDGE BANCORP, INC.
                     CONSOLIDATED BALANCE SHEETS (Unaudited)
                             (Dollars in thousands)

                                                      June 30,   December 31,
                                                        2022          2021
Loans                                               $ 2,715,645   $ 2,623,142
    Total assets                                    $ 3,972,133   $ 3,870,339
    Total deposits                                    3,293,665     3,226,988
    Total shareholders' equity                          401,153       428,188

                                                      June 30,   December 31,
                                                        2022          2021
Book value per share                                $     14.27   $     15.08
Tangible book value per share (2)                   $     10.90   $     11.71
`;

describe("a bank's per-share data and loans to deposits", () => {
  const ps = { documents: [readReport(PER_SHARE, 'harbor-ps.txt')] };
  it('answers book value per share and tangible book value per share as printed', () => {
    expect(ask('Harbor Ridge book value per share at June 30, 2022', ps, ctx).answers[0]?.value).toBe('14.27');
    expect(ask('Harbor Ridge tangible book value per share December 31, 2021', ps, ctx).answers[0]?.value).toBe('11.71');
    expect(ask('Harbor Ridge book value at June 30, 2022', ps, ctx).answers[0]?.value).toBe('401153000');
  });
  it('computes the loan to deposit ratio', () => {
    expect(ask('Harbor Ridge loan to deposit ratio at June 30, 2022', ps, ctx).answers[0]).toMatchObject({ kind: 'ratio', value: '82.45' });
  });
});
