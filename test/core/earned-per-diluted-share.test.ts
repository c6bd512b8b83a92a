// "What did Acme earn per diluted share?" asks diluted EPS, as "earn per share" asks EPS.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const TEXT = `HALBERD CASUALTY GROUP, INC.
CONSOLIDATED STATEMENTS OF INCOME
(in millions, except per share amounts)
                                               Three Months Ended
                                                  September 30,
                                               2025         2024
Net income                                $   245.8    $   185.2
Net income per share
  Basic                                   $    4.06    $    2.99
  Diluted                                 $    4.02    $    2.95
`;
const store = { documents: [readReport(TEXT, 'halberd.txt')] };

describe('earned per diluted share', () => {
  it('is diluted EPS', () => {
    const ctx = { today: '2025-11-15' };
    expect(ask('What did Halberd earn per diluted share in the third quarter of 2025?', store, ctx).answers[0]?.value).toBe('4.02');
    expect(ask('How much did Halberd earn per diluted share in Q3 2024?', store, ctx).answers[0]?.value).toBe('2.95');
  });
});
