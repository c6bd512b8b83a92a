// A release's highlights as a list of bullets, each ending with a period: each bullet is a sentence of its own, and
// "ARR" finds the bullet that gives it ("Annual Recurring Revenue: ARR was ..."), not a longer run of bullets nor
// a shorter sentence that only uses the word ("customers with ARR of $100,000 or more").
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const SAAS = `Larkspur Analytics Announces Second Quarter Fiscal 2026 Results

DENVER, Sept. 4, 2025 (BUSINESS WIRE) -- Larkspur Analytics, Inc. (NYSE: LRKS) today announced results for its
second quarter of fiscal 2026, which ended July 31, 2025.

Second Quarter Highlights:
- Revenue: Total revenue was $88.4 million, an increase of 17% year-over-year.
- Annual Recurring Revenue: ARR was $362.0 million as of July 31, 2025, an increase of 19% year-over-year.
- Customers: 612 customers with ARR of $100,000 or more.
- Dollar-based net retention rate was 112%.

"Our ARR crossed a milestone this quarter," said Chief Executive Officer Dana Ruiz.

                     CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                                  (in thousands)
                                            Three Months Ended July 31,
                                                  2025          2024
Total revenue                                 $ 88,400      $ 75,560
Net loss                                        (4,120)       (7,880)
`;

const ctx = { today: '2025-10-01' };
const store = { documents: [readReport(SAAS, 'larkspur.txt')] };

describe('bullets of highlights', () => {
  it('finds the net retention rate asked as NRR', () => {
    // (quoted from its bullet, or read from it as the quarter's figure: 112% either way)
    expect(ask('LRKS NRR', store, ctx).text).toMatch(/\b112(?:\.0)?%/);
  });
  it('finds the bullet that states ARR', () => {
    const r = ask('Larkspur ARR', store, ctx);
    expect(r.text).toContain('$362.0 million');
    expect(r.text).not.toContain('612 customers');
  });
  it('quotes one bullet, not the run of them', () => {
    const r = ask('How many Larkspur customers have ARR of $100,000 or more?', store, ctx);
    expect(r.text).toContain('612');
    expect(r.text).not.toContain('$88.4 million');
  });
});
