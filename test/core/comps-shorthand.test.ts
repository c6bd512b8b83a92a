// "comps": an analyst's shorthand for comparable sales; a retailer that states them only in its text is quoted, the
// company named by its name or its ticker (the ticker is no word of the topic to find in the text).
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const RETAILER = `BOISE, Idaho, Nov. 20, 2025 (BUSINESS WIRE) -- Juniper Lane Stores, Inc. (NASDAQ: JLST) today reported results for
the thirteen weeks ended November 1, 2025.

- Net sales increased 4.8% to $612.4 million.
- Comparable sales increased 2.6%.
- The company ended the quarter with 301 stores.

                     CONDENSED CONSOLIDATED STATEMENTS OF INCOME
                                  (in thousands)
                                          Thirteen Weeks Ended
                                    November 1, 2025    November 2, 2024
Net sales                               $ 612,400           $ 584,350
Net income                              $  30,100           $  27,900
`;

const ctx = { today: '2025-12-01' };
const store = { documents: [readReport(RETAILER, 'juniper.txt')] };

describe('comps', () => {
  it('quotes the comparable sales the text states', () => {
    const r = ask('Juniper Lane comps', store, ctx);
    expect(r.status).toBe('answered');
    expect(r.text).toContain('2.6%');
  });
  it('with the company named by its ticker', () => {
    expect(ask('JLST comps', store, ctx).text).toContain('2.6%');
  });
});
