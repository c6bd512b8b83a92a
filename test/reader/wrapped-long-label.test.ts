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
