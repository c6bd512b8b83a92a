// "revenue excluding professional services": the line named after "excluding" is the part left out, never the
// answer; only a row printed with that same exclusion answers, else the question is declined. Adjusted figures
// named with "excluding" ("net income excluding one-time items") are still found by their names.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const RELEASE = `
Orrin Logistics, Inc. today reported results for the fourth quarter ended December 31, 2025.

                              ORRIN LOGISTICS, INC.
                      CONSOLIDATED STATEMENTS OF OPERATIONS
                                 (in thousands)

                                          Three Months Ended December 31,
                                             2025            2024
Revenues:
  Subscription                            $ 48,210        $ 41,905
  Professional services                     13,190          12,805
    Total revenues                          61,400          54,710
Fuel surcharge revenue                       4,100           3,900
Revenue excluding fuel surcharge            57,300          50,810
Net income                                 $ 3,120        $    995
Net income excluding one-time items          3,480           1,410
`;

const store = { documents: [readReport(RELEASE, 'orrin.txt')] };
const ctx = { today: '2026-02-15' };

describe('a line left out by "excluding"', () => {
  it('is never given as the answer, nor is the total it is part of', () => {
    for (const q of ['revenue excluding professional services Q4 2025', 'revenue other than professional services Q4 2025', 'total revenues without subscription Q4 2025']) {
      const r = ask(q, store, ctx);
      expect(r.status, `${q}: ${r.text}`).not.toBe('answered');
    }
  });
  it('is answered by a row printed with the same exclusion', () => {
    const r = ask('revenue excluding fuel surcharge Q4 2025', store, ctx);
    expect(r.answers[0]).toMatchObject({ value: '57300000' });
  });
  it('leaves adjusted figures named by "excluding" alone', () => {
    expect(ask('net income excluding one-time items Q4 2024', store, ctx).answers[0]).toMatchObject({ value: '1410000' });
    expect(ask('professional services revenue Q4 2025', store, ctx).answers[0]).toMatchObject({ value: '13190000' });
  });
});
