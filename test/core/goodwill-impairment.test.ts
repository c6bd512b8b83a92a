// A goodwill impairment charge is asked as a flow of the period, never answered with the goodwill balance.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const TEXT = `Westbrook Valve Corporation (NYSE: WBV) today reported results for the fiscal year ended June 30, 2023.

                        WESTBROOK VALVE CORPORATION
                     CONSOLIDATED STATEMENTS OF INCOME
                              (Dollars in millions)

                                                     Fiscal Year Ended June 30,
                                                         2023        2022
Net sales                                           $ 3,160.2   $ 2,938.0
Goodwill impairment                                         —        38.5
Operating income                                        367.2       239.8


                        WESTBROOK VALVE CORPORATION
                         CONSOLIDATED BALANCE SHEETS
                              (Dollars in millions)

                                                       June 30,    June 30,
                                                         2023        2022
Goodwill                                            $ 1,241.0   $ 1,160.2
Total assets                                          3,884.1     3,619.5
`;

const store = { documents: [readReport(TEXT, 'westbrook.txt')] };
const ctx = { today: '2023-09-01' };

describe('goodwill impairment', () => {
  it('is the charge of the period', () => {
    expect(ask('Westbrook goodwill impairment fiscal 2022', store, ctx).answers[0]?.value).toBe('38500000');
    expect(ask('Westbrook impairment of goodwill fiscal 2023', store, ctx).answers[0]?.value).toBe('0');
  });
  it('leaves the goodwill balance to "goodwill"', () => {
    expect(ask('Westbrook goodwill at June 30, 2023', store, ctx).answers[0]?.value).toBe('1241000000');
  });
});
