// "Pro forma" names a basis of its own (an acquired business counted as if held all along; in older releases the
// company's own "pro forma" earnings): only a line that prints the words answers it, never another non-GAAP line.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const release = (adjustedLabel: string): string => `Marlow Optics Reports Third Quarter 2025 Results

SAN DIEGO, October 28, 2025 -- Marlow Optics, Inc. today reported results for the quarter ended September 30, 2025.

                          MARLOW OPTICS, INC.
            RECONCILIATION OF GAAP TO NON-GAAP NET INCOME
                            (in millions)

                                        Three Months Ended September 30,
                                            2025          2024
GAAP net income                             18.2          16.9
Amortization of intangible assets            6.1           2.0
${adjustedLabel.padEnd(40)}    24.3          18.9
`;

describe('"pro forma" asked', () => {
  const ctx = { today: '2025-11-15' };
  it('is not answered by a non-GAAP line', () => {
    const store = { documents: [readReport(release('Non-GAAP net income'), 'marlow.txt')] };
    expect(ask('Marlow pro forma net income Q3 2025', store, ctx).status).not.toBe('answered');
    expect(ask('Marlow non-GAAP net income Q3 2025', store, ctx).answers[0]?.value).toBe('24300000');
  });
  it('is answered by a line printed "pro forma"', () => {
    const store = { documents: [readReport(release('Pro forma net income'), 'marlow.txt')] };
    expect(ask('Marlow pro forma net income Q3 2025', store, ctx).answers[0]?.value).toBe('24300000');
  });
});
