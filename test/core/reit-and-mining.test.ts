// Industry measures releases print in their own tables: a REIT's FFO and AFFO (whose "adjusted" is its name),
// occupancy, areas; a miner's ounces produced and sold, and costs per ounce in the release's currency.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const REIT = `Larchmont Peak Realty Trust, Inc. (NYSE: LPRT) today reported results for the first quarter ended March 31, 2023.

                         LARCHMONT PEAK REALTY TRUST, INC.
              RECONCILIATION OF NET INCOME TO FFO AND AFFO
               (dollars in thousands, except per share data)

                                                        For the Three Months Ended
                                                                March 31,
                                                           2023            2022
Net income attributable to common stockholders      $      21,687   $      11,470
Depreciation and amortization of real estate               32,410          30,105
Gain on sale of real estate                                (6,105)              —
Funds from operations (FFO)                         $      47,992   $      41,575
Straight-line rent adjustments                             (2,105)         (1,980)
Adjusted funds from operations (AFFO)               $      45,887   $      39,595

FFO per diluted share                               $        0.48   $        0.43


                         LARCHMONT PEAK REALTY TRUST, INC.
                            PORTFOLIO STATISTICS

                                                       Q1 2023    Q4 2022    Q3 2022
Number of properties                                       118        117        115
Gross leasable area (square feet, in thousands)         14,205     14,010     13,805
Percent leased                                           95.8%      95.6%      95.2%
`;

const MINER = `TORONTO, July 27, 2023 (CNW) - Pinecrest Tamarack Gold Corp. (TSX: PTG) today reported results for the
three months ended June 30, 2023. All amounts are in Canadian dollars unless otherwise stated.

                        PINECREST TAMARACK GOLD CORP.
              CONDENSED INTERIM CONSOLIDATED STATEMENTS OF EARNINGS
      (in thousands of Canadian dollars, except per share amounts) (unaudited)

                                                   Three months ended June 30,
                                                      2023        2022
Revenue                                          $ 156,887   $ 135,173
Net earnings                                     $  35,642   $  20,998


                        PINECREST TAMARACK GOLD CORP.
                        OPERATING AND COST STATISTICS

                                                   Three months ended June 30,
                                                      2023        2022
Gold produced (ounces)                              61,205      55,810
Gold sold (ounces)                                  60,110      56,205
All-in sustaining costs ($/oz sold)                $ 1,405     $ 1,380
`;

const ctx = { today: '2023-08-01' };
const reit = { documents: [readReport(REIT, 'larchmont.txt')] };
const miner = { documents: [readReport(MINER, 'pinecrest.txt')] };

describe("a REIT's measures", () => {
  it('answers FFO, AFFO and FFO per share as printed', () => {
    expect(ask('Larchmont Peak FFO Q1 2023', reit, ctx).answers[0]?.value).toBe('47992000');
    expect(ask('Larchmont Peak AFFO Q1 2022', reit, ctx).answers[0]?.value).toBe('39595000');
    expect(ask('Larchmont Peak FFO per share Q1 2023', reit, ctx).answers[0]?.value).toBe('0.48');
  });
  it('answers occupancy and an area scaled by its own words', () => {
    expect(ask('Larchmont Peak occupancy Q4 2022', reit, ctx).answers[0]?.value).toBe('95.6');
    expect(ask('Larchmont Peak gross leasable area Q1 2023', reit, ctx).answers[0]).toMatchObject({ value: '14205000', unit: 'sq ft' });
  });
});

describe("a miner's measures", () => {
  it('answers ounces produced and sold as ounces, costs per ounce in the release currency', () => {
    expect(ask('Pinecrest Tamarack gold production Q2 2023', miner, ctx).answers[0]).toMatchObject({ value: '61205', unit: 'oz' });
    expect(ask('Pinecrest Tamarack AISC Q2 2022', miner, ctx).answers[0]).toMatchObject({ value: '1380', unit: 'CAD/oz' });
  });
  it('reads the company by its shorter name when its last word belongs to the question ("gold sold")', () => {
    expect(ask('Pinecrest Tamarack gold sold Q2 2023', miner, ctx).answers[0]?.value).toBe('60110');
    expect(ask('Pinecrest Tamarack Gold revenue Q2 2023', miner, ctx).answers[0]?.value).toBe('156887000');
  });
});

describe("a miner's cash costs", () => {
  it('are the cost per ounce, not the cash balance', () => {
    const text = MINER.replace('All-in sustaining costs ($/oz sold)                $ 1,405     $ 1,380', 'All-in sustaining costs ($/oz sold)                $ 1,405     $ 1,380\nCash costs ($/oz sold)                             $   985     $   962');
    const st = { documents: [readReport(text, 'pinecrest.txt')] };
    expect(ask('Pinecrest Tamarack cash costs per ounce Q2 2023', st, ctx).answers[0]).toMatchObject({ value: '985', unit: 'CAD/oz' });
  });
});
