// "Net sales excluding foodservice" asks for a figure without the Foodservice line: that line is never the answer
// (the bot does not subtract it, so it asks back), while a line that itself says "excluding ..." still answers.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const TEXT = `CHICAGO, Feb. 8, 2024 /PRNewswire/ -- Alderbeck Foods Corporation (NYSE: ALBK) today announced results
for the fourth quarter ended December 31, 2023.

NET SALES BY SEGMENT
(Unaudited; in millions)

                                          Three Months Ended December 31,
                                                2023       2022
Frozen                                  $      248.5      231.0
Refrigerated                                   131.9      124.6
Foodservice                                     32.4       32.4
Total net sales                         $      412.8      388.0
Net income                                      28.8       23.8
Net income - excluding one-time items           31.0       25.1
`;

const store = { documents: [readReport(TEXT, 'alderbeck.txt')] };
const ctx = { today: '2024-03-01' };

describe('excluding words', () => {
  it('never answer with the line left out', () => {
    for (const q of ['Alderbeck net sales Q4 2023 excluding foodservice', 'Alderbeck net sales other than foodservice in Q4 2023']) {
      const r = ask(q, store, ctx);
      expect(r.answers[0]?.value ?? null).not.toBe('32400000');
    }
  });
  it('still find a line that says "excluding" itself', () => {
    expect(ask('Alderbeck net income excluding one-time items Q4 2023', store, ctx).answers[0]?.value).toBe('31000000');
  });
});
