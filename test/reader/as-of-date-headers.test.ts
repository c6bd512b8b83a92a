// "As of March 31, 2024    As of June 30, 2024": balance dates with "As of" before each are column names, not a
// sentence that ends the table (ten words on one line read as prose before).
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';

const BALANCE = `Quarterly Consolidated Balance Sheets
(Millions of yen)

                                                  As of March 31, 2024    As of June 30, 2024
Assets
Cash and deposits                                          421,760                398,240
Total assets                                             2,552,000              2,550,000
`;

describe('"As of" balance dates over the columns', () => {
  it('date each column and keep the title', () => {
    const [s] = readReport(BALANCE, 'balance.txt').statements;
    expect(s!.title).toBe('Quarterly Consolidated Balance Sheets');
    expect(s!.columns.map((c) => c.period?.end)).toEqual(['2024-03-31', '2024-06-30']);
    expect(s!.rows.find((r) => r.label === 'Total assets')!.values).toEqual(['2552000000000', '2550000000000']);
  });
});
