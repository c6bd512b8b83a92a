// "Weighted-average shares used in computing net loss per share, basic and diluted": the words of the
// metric's own name in a longer label narrow nothing, so "weighted average shares" finds it.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const TEXT = `Fenwick Cloud, Inc. (NYSE: FWC) today announced results for its third quarter ended September 30, 2019.

                                FENWICK CLOUD, INC.
                 CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                     (in thousands, except per share data)

                                                   Three Months Ended
                                                      September 30,
                                                  2019          2018
Revenue                                       $    53,418   $    40,191
Net loss                                      $   (10,166)  $   (11,149)
Net loss per share, basic and diluted         $     (0.14)  $     (0.16)
Weighted-average shares used in computing net
  loss per share, basic and diluted                71,204        67,880


                                FENWICK CLOUD, INC.
           RECONCILIATION OF GAAP TO NON-GAAP FINANCIAL MEASURES
                     (in thousands, except per share data)

                                                   Three Months Ended
                                                      September 30,
                                                  2019          2018
GAAP net loss                                 $   (10,166)  $   (11,149)
  Stock-based compensation expense                  8,115         5,658
Non-GAAP net income (loss)                    $    (2,051)  $    (5,491)
Weighted-average shares used in computing
  non-GAAP net income (loss) per share              72,104        68,880
`;

const store = { documents: [readReport(TEXT, 'fenwick.txt')] };
const ctx = { today: '2019-12-01' };

describe('a share count whose label says more than the metric\'s name', () => {
  it('answers "weighted average shares" with the GAAP line, not the non-GAAP one', () => {
    expect(ask('Fenwick weighted average shares Q3 2019', store, ctx).answers[0]?.value).toBe('71204000');
  });
  it('still answers the non-GAAP count when asked', () => {
    expect(ask('Fenwick non-GAAP weighted average shares Q3 2019', store, ctx).answers[0]?.value).toBe('72104000');
  });
});

describe('a non-GAAP per-share line', () => {
  it('is the one line a non-GAAP question means, though its label adds "basic"', () => {
    const text = TEXT.replace('Weighted-average shares used in computing\n  non-GAAP net income (loss) per share              72,104        68,880',
      'Non-GAAP net income (loss) per share, basic   $     (0.03)  $     (0.08)');
    const st = { documents: [readReport(text, 'fenwick.txt')] };
    expect(ask('Fenwick non-GAAP net loss per share Q3 2019', st, ctx).answers[0]?.value).toBe('-0.03');
  });
});

describe('a share count named by the per-share figure it divides', () => {
  it('"shares used in loss per share" is the share count, not the loss per share', () => {
    const r = ask('Fenwick shares used in loss per share Q3 2019', store, ctx);
    expect(r.answers[0]).toMatchObject({ value: '71204000', unit: 'shares' });
  });
});
