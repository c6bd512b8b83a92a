// A prior year recast for an accounting change, its column headed "2024 (As adjusted)", beside a reconciliation's
// "Adjusted diluted EPS": "diluted EPS Q2 2024 as adjusted" asks for the recast reported figure, not the non-GAAP one.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const RELEASE = `Wexcombe Capital Reports Second Quarter 2025 Results

NEW YORK, July 24, 2025 -- Wexcombe Capital, Inc. today reported results for the quarter ended June 30, 2025.

                          WEXCOMBE CAPITAL, INC.
                CONDENSED CONSOLIDATED STATEMENTS OF INCOME
              (in thousands, except per share data) (unaudited)

                                     Three Months Ended June 30,
                                                     2024
                                        2025    (As adjusted)
Total revenue                          178,100       155,500
Net income                              41,500        31,800
Diluted earnings per share             $  1.21       $  0.93


                          WEXCOMBE CAPITAL, INC.
                   RECONCILIATION TO ADJUSTED MEASURES
                (in millions, except per share data)

                                     Three Months Ended June 30,
                                        2025          2024
Net income                               41.5          31.8
Amortization of acquired intangibles      4.2           3.9
Adjusted net income                      45.7          35.7
Adjusted diluted EPS                   $ 1.33        $ 1.01
`;

describe('"as adjusted" asked', () => {
  const store = { documents: [readReport(RELEASE, 'wexcombe.txt')] };
  const ctx = { today: '2025-08-15' };
  it('is the recast reported figure', () => {
    expect(ask('Wexcombe diluted EPS Q2 2024 as adjusted', store, ctx).answers[0]?.value).toBe('0.93');
  });
  it('leaves "adjusted diluted EPS" the non-GAAP figure', () => {
    expect(ask('Wexcombe adjusted diluted EPS Q2 2024', store, ctx).answers[0]?.value).toBe('1.01');
  });
});
