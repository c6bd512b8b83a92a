// A line added into a total takes the total's words for a question ("Commercial real estate" above "Total loans" is
// "commercial real estate loans"), but never a word that names another line of the same total: "Oil sales" under
// "Total oil, natural gas and NGL revenues" is not "oil and gas revenue" by itself.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const PRODUCER = `ODESSA, Texas, Nov. 5, 2025 (BUSINESS WIRE) -- Caprock Basin Resources, Inc. (NYSE: CPBR) today reported results.

                         CONSOLIDATED STATEMENTS OF OPERATIONS
                              (In thousands; unaudited)
                                              Three Months Ended September 30,
                                                   2025            2024
Revenues:
  Oil sales                                   $ 160,200       $ 171,500
  Natural gas sales                              21,400          14,900
  NGL sales                                      28,800          27,600
    Total oil, natural gas and NGL revenues     210,400         214,000
Lease operating expense                          31,200          29,800
Net income                                    $  74,600       $  88,900
`;

const BANK = `RALEIGH, N.C., Oct. 21, 2025 (GLOBE NEWSWIRE) -- Laurel Ridge Bancorp, Inc. (NASDAQ: LRBC) today reported results.

                                 LOANS
                            (in thousands)
                                             September 30,    December 31,
                                                  2025            2024
Commercial real estate                        $ 812,000       $ 790,000
Residential mortgage                            455,000         441,000
Consumer                                        120,000         118,000
Total loans                                   1,387,000       1,349,000
`;

const ctx = { today: '2025-12-01' };

describe('a line named by the words of its total', () => {
  it("is never one part asked by its siblings' words", () => {
    const store = { documents: [readReport(PRODUCER, 'caprock.txt')] };
    // (oil sales alone is never the answer; each line given, or the total, or a question back)
    const r = ask('Caprock oil and gas revenue Q3 2025', store, ctx);
    const alone = r.status === 'answered' && r.answers.length === 1 ? r.answers[0]!.value : null;
    expect(alone).not.toBe('160200000');
    expect(ask('Caprock oil sales Q3 2025', store, ctx).answers[0]?.value).toBe('160200000');
  });
  it("still takes the total's noun", () => {
    const store = { documents: [readReport(BANK, 'laurel.txt')] };
    expect(ask('Laurel Ridge commercial real estate loans September 30, 2025', store, ctx).answers[0]?.value).toBe('812000000');
  });
});
