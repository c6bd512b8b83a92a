// A balance sheet compared with the prior quarter and the prior year-end (bank style): the middle
// date is not a fiscal year-end, and "(thousands)" in a row label scales that row alone.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';

const TEXT = `Wrenfield Bancorp (NASDAQ: WRFB) today reported results for the fourth quarter of 2024.

                               WRENFIELD BANCORP
                            Consolidated Balance Sheets
                              (Dollars in millions)

                                  December 31,   September 30,   December 31,
                                      2024            2024            2023
Loans                               $ 1,284        $ 1,211         $ 1,102
Deposits                              1,906          1,874           1,790
Common shares outstanding (thousands)    29,870         29,910          30,105
`;

describe('a balance sheet with a prior-quarter column', () => {
  const doc = readReport(TEXT, 'wrenfield.txt');
  it('does not take the prior quarter for the fiscal year-end', () => {
    expect(doc.fiscalYearEnd?.month ?? 12).toBe(12);
  });
  it('scales a share row by its own "(thousands)"', () => {
    const row = doc.statements.flatMap((s) => s.rows).find((r) => /shares outstanding/i.test(r.label));
    expect(row?.unit).toBe('shares');
    expect(row?.values[0]).toBe('29870000');
  });
});
