// An insurer's and a REIT's lines asked in their trade's words: "realized investment losses" is the one line of
// gains (losses), "cat losses" the catastrophe losses, "loss reserves" the unpaid losses and loss adjustment
// expenses; "adjusted funds from operations" is AFFO by its own name, not an adjusted variant of some line.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const INSURER = `HALBERD CASUALTY GROUP, INC.
CONSOLIDATED STATEMENTS OF INCOME (UNAUDITED)
(in millions)

                                               Three Months Ended
                                                  September 30,
                                               2025         2024
Net premiums earned                       $ 1,842.6    $ 1,701.3
Net investment income                         214.8        189.5
Net realized investment gains (losses)        (12.4)         8.7
Losses and loss adjustment expenses         1,178.4      1,146.2
Policy acquisition costs                      331.7        306.2
  Total losses and expenses                 1,510.1      1,452.4
Net income                                $   245.8    $   185.2

SELECTED UNDERWRITING DATA (UNAUDITED)
(in millions)
                                               Three Months Ended
                                                  September 30,
                                               2025         2024
Catastrophe losses                             86.5        142.9
Combined ratio                                 93.9%       97.6%

CONSOLIDATED BALANCE SHEETS
(in millions)
                                            September 30,  December 31,
                                                 2025          2024
Total investments                           $ 17,845.2    $ 16,932.7
Unpaid losses and loss adjustment expenses  $ 11,204.6    $ 10,887.3
Unearned premiums                              4,512.9       4,198.6
Total liabilities                             18,753.0      18,089.0
`;
const REIT = `Larchmont Logistics Trust Announces Second Quarter 2025 Results

DENVER, July 24, 2025 -- Larchmont Logistics Trust, Inc. (NYSE: LLT) today announced results for the second
quarter ended June 30, 2025.

LARCHMONT LOGISTICS TRUST, INC.
RECONCILIATION OF NET INCOME TO FFO AND AFFO
(in thousands)
                                                 Three Months Ended
                                                      June 30,
                                                    2025         2024
Net income attributable to common stockholders    $  29,280    $  14,250
Real estate depreciation and amortization            57,640       51,830
FFO attributable to common stockholders              86,920       66,080
Straight-line rent adjustments                       (4,615)      (4,120)
AFFO attributable to common stockholders          $  82,305    $  61,960
`;
const ctx = { today: '2025-11-15' };
const insurer = { documents: [readReport(INSURER, 'halberd.txt')] };
const reit = { documents: [readReport(REIT, 'larchmont.txt')] };

describe('an insurer in its own words', () => {
  it('"realized investment losses" is the gains (losses) line', () => {
    expect(ask('Halberd realized investment losses Q3 2025', insurer, ctx).answers[0]?.value).toBe('-12400000');
    expect(ask('Halberd net realized gains Q3 2024', insurer, ctx).answers[0]?.value).toBe('8700000');
  });
  it('"cat losses" is the catastrophe losses', () => {
    expect(ask('Halberd cat losses Q3 2024', insurer, ctx).answers[0]?.value).toBe('142900000');
  });
  it('"total losses and expenses" is that total, and no net loss', () => {
    expect(ask('Halberd total losses and expenses Q3 2025', insurer, ctx).answers[0]?.value).toBe('1510100000');
    expect(ask('Halberd net loss Q3 2025', insurer, ctx).answers[0]?.value).toBe('245800000');
    expect(ask('Halberd losses Q3 2025', insurer, ctx).answers[0]?.value).not.toBe('1510100000');
  });
  it('"loss reserves" is the unpaid losses and loss adjustment expenses', () => {
    expect(ask('Halberd loss reserves at September 30, 2025', insurer, ctx).answers[0]?.value).toBe('11204600000');
  });
});

describe('a REIT in its own words', () => {
  it('"adjusted funds from operations" is the AFFO line', () => {
    expect(ask('Larchmont adjusted funds from operations Q2 2024', reit, ctx).answers[0]?.value).toBe('61960000');
    expect(ask('Larchmont AFFO Q2 2025', reit, ctx).answers[0]?.value).toBe('82305000');
  });
  it('still asks for FFO, not AFFO, when "adjusted" is not said', () => {
    expect(ask('Larchmont funds from operations Q2 2025', reit, ctx).answers[0]?.value).toBe('86920000');
  });
});

describe("a REIT's rents", () => {
  const TEXT = `LARCHMONT LOGISTICS TRUST, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands)
                                                 Three Months Ended
                                                      June 30,
                                                    2025         2024
Revenues:
  Rental revenue                                $ 148,620    $ 131,845
  Other property income                             3,415        2,980
Total revenues                                    152,035      134,825
Property operating expenses                        24,180       21,905
Net income                                         30,185       14,690

NET OPERATING INCOME
(in thousands)
                                                 Three Months Ended
                                                      June 30,
                                                    2025         2024
Rental revenue                                  $ 148,620    $ 131,845
Property operating expenses                       (24,180)     (21,905)
Net operating income (NOI)                      $ 124,440    $ 109,940
`;
  const store = { documents: [readReport(TEXT, 'larchmont.txt')] };
  it('"rental income" is the rental revenue line, not a line under a heading of income', () => {
    expect(ask('Larchmont rental income Q2 2025', store, ctx).answers[0]?.value).toBe('148620000');
  });
  it('revenue is still the total', () => {
    expect(ask('Larchmont revenue Q2 2024', store, ctx).answers[0]?.value).toBe('134825000');
  });
});
