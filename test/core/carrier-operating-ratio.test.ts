// A carrier's operating ratio: operating expenses as a percent of operating revenues.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const CARRIER = `
                          BRIDGEWATER TRANSPORT, INC.
                  CONDENSED CONSOLIDATED STATEMENTS OF INCOME
                 (Dollars in thousands, except per share amounts)

                                           Three Months Ended          Nine Months Ended
                                              September 30,              September 30,
                                          2003          2002          2003          2002
OPERATING REVENUES                   $   86,472    $   79,318    $  248,905    $  229,611
OPERATING EXPENSES:
  Salaries, wages and benefits           31,128        29,017        90,466        84,302
  Fuel and fuel taxes                    14,262        12,108        42,017        34,886
  Other                                  31,101        28,995        90,870        84,757
    Total operating expenses             76,491        70,120       223,353       203,945
OPERATING INCOME                          9,981         9,198        25,552        25,666
`;

const ctx = { today: '2025-11-01' };
const first = (q: string, text: string) => ask(q, { documents: [readReport(text, 'r.txt')] }, ctx).answers[0];

describe('operating ratio', () => {
  it('is operating costs over operating revenues: 100 less the operating margin', () => {
    expect(Number(first('Bridgewater operating ratio Q3 2003', CARRIER)?.value)).toBeCloseTo(88.457, 2);
    expect(Number(first('operating ratio for the nine months ended September 30, 2002', CARRIER)?.value)).toBeCloseTo(88.822, 2);
  });
});
