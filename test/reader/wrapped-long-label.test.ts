// A label long enough to read like a sentence, wrapped onto an indented figures line, stays in its table.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';

const REPORT = `
                          Adventure Works Cycles, Inc.
                Condensed Consolidated Statements of Cash Flows
                                 (in millions)
                                                    Six Months Ended June 30,
                                                      2022              2021
Cash flows from financing activities:
  Repayments of borrowings under the credit facility    (12.0)            (9.0)
  Payments of withholding taxes related to the vesting of restricted
    stock units                                          (3.1)            (2.2)
Net cash used in financing activities                   (15.1)           (11.2)
Cash and cash equivalents, end of period              $  88.4          $  71.9
`;

describe('a sentence-long label wrapped onto its figures', () => {
  const doc = readReport(REPORT, 'adventure.txt');
  it('keeps the rows below it in the same table, scaled and dated', () => {
    expect(doc.statements.length).toBe(1);
    const s = doc.statements[0]!;
    expect(s.rows.map((r) => r.label)).toEqual([
      'Repayments of borrowings under the credit facility',
      'Payments of withholding taxes related to the vesting of restricted stock units',
      'Net cash used in financing activities',
      'Cash and cash equivalents, end of period',
    ]);
    expect(s.rows[3]!.values).toEqual(['88400000', '71900000']);
    expect(s.columns[0]!.period?.end).toBe('2022-06-30');
  });
  it('a sentence that ends with a full stop still ends the table', () => {
    const prose = readReport(REPORT.replace('Payments of withholding taxes related to the vesting of restricted', 'The company paid the withholding taxes on vesting of its restricted.'), 'a.txt');
    expect(prose.statements.length).toBeGreaterThan(1);
  });
});

// The first line of a balance-sheet label long enough to read as a sentence, wrapped onto the line of figures.
const LOANS = `
CONSOLIDATED BALANCE SHEETS
(Dollars in thousands)
                                                          Dec. 31,      Dec. 31,
                                                            2023          2022
Loans, net of allowance for credit losses of $52,300
  and $48,700, respectively                              4,258,300     3,962,700
Total assets                                             5,550,000     5,260,000
`;

describe('a long label of nine words or more above its figures', () => {
  it('is the label of the line, under the table header (not prose that cuts the table off)', () => {
    const s = readReport(LOANS, 'loans.txt').statements[0]!;
    expect(s.title).toBe('CONSOLIDATED BALANCE SHEETS');
    expect(s.columns.map((c) => c.period?.end)).toEqual(['2023-12-31', '2022-12-31']);
    expect(s.rows[0]).toMatchObject({ label: 'Loans, net of allowance for credit losses of $52,300 and $48,700, respectively', values: ['4258300000', '3962700000'] });
  });
});
