// Made-up release tables in newswire layouts: one layout feature per block.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';

const TWO_TABLES = `
                        FENWICK & LOWE OUTFITTERS, INC.
                 CONDENSED CONSOLIDATED STATEMENTS OF INCOME
                  (Amounts in thousands, except per share data)

                                                   13 Weeks Ended                   39 Weeks Ended
                                            Oct. 30, 2021  Oct. 31, 2020    Oct. 30, 2021  Oct. 31, 2020

Net sales                                  $    650,623   $    614,782   $    1,900,447   $  1,523,650
Impairment of store assets                            —              —                —         14,650
Net income (loss)                          $     50,096   $     39,243   $      142,859   $     (4,907)


                        FENWICK & LOWE OUTFITTERS, INC.
                         NET SALES BY CHANNEL AND STORE DATA

                                                        13 Weeks Ended                              39 Weeks Ended
                                            Oct. 30, 2021  Oct. 31, 2020   % Change    Oct. 30, 2021  Oct. 31, 2020   % Change
Net sales (in thousands):
  Stores                                   $    512,408   $    461,902       10.9%  $    1,498,330   $  1,102,744       35.9%
  E-commerce                                    138,215        152,880       -9.6%         402,117        420,906       -4.5%
`;

describe('a table whose column names ("13 Weeks Ended") stand over a section label ending in a colon', () => {
  const doc = readReport(TWO_TABLES, 'fenwick.txt');
  it('starts a new table there (the names are no wrapped label of the table above)', () => {
    expect(doc.statements.map((s) => s.title)).toEqual(['CONDENSED CONSOLIDATED STATEMENTS OF INCOME', 'NET SALES BY CHANNEL AND STORE DATA']);
    expect(doc.statements[0].columns).toHaveLength(4);
    expect(doc.statements[0].rows[1].values).toEqual(['0', '0', '0', '14650000']);
    expect(doc.statements[1].rows.map((r) => r.label)).toEqual(['Stores', 'E-commerce']);
    expect(doc.statements[1].rows[0].values[4]).toBe('1102744000');
  });
});

const EMPTY_QUARTER_COLUMNS = `
                        WESTBROOK VALVE CORPORATION
              RECONCILIATION OF NON-GAAP FINANCIAL MEASURES (Dollars in millions)

                                                      Fourth Quarter                      Fiscal Year
                                                  2023      2022   % Change        2023      2022   % Change
Net cash provided by operating activities                                     $   268.4   $ 180.9      48.4%
Less: capital expenditures                                                        (51.2)    (45.5)
Free cash flow                                                                $   217.2   $ 135.4      60.4%
`;

describe('a header naming more columns than the figures fill', () => {
  const s = readReport(EMPTY_QUARTER_COLUMNS, 'westbrook.txt').statements[0];
  it('gives the figures the names they stand under (the empty quarter columns name nothing)', () => {
    expect(s.columns.map((c) => c.label)).toEqual(['Fiscal Year 2023', 'Fiscal Year 2022', 'Fiscal Year % Change']);
    expect(s.rows[2].values.slice(0, 2)).toEqual(['217200000', '135400000']);
  });
});
