// A header that prints each group's duration and end date on one line ("Three Months Ended June 30,   Six Months
// Ended June 30,") over the years: the columns are dated quarters and half years (the line was taken for prose,
// which left every column undated); a footnote mark on a year ("2024(1)") does not undate its column.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const RELEASE = `
Brackley Tools, Inc. today reported results for the second quarter ended June 30, 2025.

                             BRACKLEY TOOLS, INC.
                 CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                                (in thousands)

                                       Three Months Ended June 30,      Six Months Ended June 30,
                                         2025         2024(1)            2025         2024(1)
Net sales                             $ 120,400     $ 115,300         $ 238,100     $ 226,900
Operating income                         14,200        12,900            27,300        24,100
Net income                            $   9,800     $   8,700         $  18,900     $  16,200

(1) As adjusted for the change in inventory accounting method.
`;

describe('duration and date on one header line', () => {
  const doc = readReport(RELEASE, 'brackley.txt');
  it('dates the four columns', () => {
    expect(doc.statements[0].columns.map((c) => c.period)).toEqual([
      { type: 'quarter', start: '2025-04-01', end: '2025-06-30' },
      { type: 'quarter', start: '2024-04-01', end: '2024-06-30' },
      { type: 'six_months', start: '2025-01-01', end: '2025-06-30' },
      { type: 'six_months', start: '2024-01-01', end: '2024-06-30' },
    ]);
  });
  it('answers the half year of the prior year from its column', () => {
    const r = ask('net income H1 2024', { documents: [doc] }, { today: '2025-08-01' });
    expect(r.answers[0]).toMatchObject({ value: '16200000', period: { label: 'H1 2024' } });
  });
});
