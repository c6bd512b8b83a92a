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

const FOOTNOTE_AND_UNTITLED = `
                           WESTBROOK CLOUD, INC.
               CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                   (in thousands, except per share data)

                                               Three Months Ended
                                                  September 30,
                                                  2019          2018
Revenue                                       $    53,418   $    40,191
Sales and marketing(1)                             25,930        20,414
Net loss                                      $   (10,166)  $   (11,149)

(1) Includes stock-based compensation expense as follows:

                                                  2019          2018
Sales and marketing                           $     2,905   $     2,011
  Total stock-based compensation expense      $     8,115   $     5,658


                           LOAN QUALITY (Dollars in thousands)

                                                 June 30,   December 31,
                                                   2022          2021
Total loans                                   $ 2,715,645   $ 2,623,142
Allowance for credit losses                       (30,118)      (28,905)

                                                 June 30,   December 31,
                                                   2022          2021
Nonperforming loans                           $     8,412   $     9,105
Allowance to total loans                            1.11%         1.10%
`;

describe('tables right below another without units of their own', () => {
  const doc = readReport(FOOTNOTE_AND_UNTITLED, 'westbrook.txt');
  const row = (label: string) => doc.statements.flatMap((s) => s.rows).find((r) => r.label === label)!;
  it('a footnote table ("(1) Includes ... as follows:") is in the units of the statement it annotates', () => {
    expect(row('Total stock-based compensation expense').values).toEqual(['8115000', '5658000']);
  });
  it('an untitled table right below a titled one is in that one\'s units; percentages stay as printed', () => {
    expect(row('Nonperforming loans').values).toEqual(['8412000', '9105000']);
    expect(row('Allowance to total loans')).toMatchObject({ unit: 'percent', values: ['1.11', '1.1'] });
  });
});

const RECONCILIATION_WITHOUT_UNITS = `
                        WESTBROOK VALVE CORPORATION
                 CONSOLIDATED STATEMENTS OF CASH FLOWS (Unaudited)
                              (Dollars in millions)

                                                     Fiscal Year Ended June 30,
                                                         2023        2022
Net income                                          $   247.3   $   138.1
Depreciation and amortization                            40.2        38.8
  Net cash provided by operating activities             268.4       180.9
Capital expenditures                                    (51.2)      (45.5)


                        WESTBROOK VALVE CORPORATION
              RECONCILIATION OF NON-GAAP FINANCIAL MEASURES (Unaudited)

                                                     Fiscal Year Ended June 30,
                                                         2023        2022
Net cash provided by operating activities           $   268.4   $   180.9
Less: capital expenditures                              (51.2)      (45.5)
Free cash flow                                      $   217.2   $   135.4
Diluted earnings per share, as reported             $    5.82   $    3.17
`;

describe('a table without units that repeats figures another table states in millions', () => {
  const doc = readReport(RECONCILIATION_WITHOUT_UNITS, 'westbrook.txt');
  const rec = doc.statements[1];
  it('takes the other table\'s units for its money figures', () => {
    expect(rec.rows.find((r) => r.label === 'Free cash flow')!.values).toEqual(['217200000', '135400000']);
    expect(rec.rows.find((r) => r.label.startsWith('Diluted'))).toMatchObject({ unit: 'USD/share', values: ['5.82', '3.17'] });
  });
  it('leaves the money figures unread when no figure of it is repeated elsewhere (millions or dollars cannot be told)', () => {
    const alone = readReport(RECONCILIATION_WITHOUT_UNITS.replace('$   268.4   $   180.9', '$   268.5   $   181.0'), 'w.txt');
    expect(alone.statements[1].rows.find((r) => r.label === 'Free cash flow')!.values).toEqual([null, null]);
    // a per-share figure takes no scale: it is kept
    expect(alone.statements[1].rows.find((r) => r.label.startsWith('Diluted'))!.values).toEqual(['5.82', '3.17']);
  });
});

const EPS_BRIDGE = `
                        WESTBROOK VALVE CORPORATION
              RECONCILIATION OF NON-GAAP FINANCIAL MEASURES (Dollars in millions)

                                                     Fiscal Year Ended June 30,
                                                         2023        2022
Diluted earnings per share, as reported             $    5.82   $    3.17
  Restructuring and other charges, net of tax            0.28        0.42
  Goodwill impairment                                      —         0.90
Adjusted diluted earnings per share                 $    6.10   $    4.49
Net sales                                           $ 3,160.2   $ 2,938.0
`;

describe('the steps of a per-share bridge', () => {
  const s = readReport(EPS_BRIDGE, 'westbrook.txt').statements[0];
  it('reads the lines between two per-share lines as per share (not millions of dollars)', () => {
    expect(s.rows[1]).toMatchObject({ unit: 'USD/share', values: ['0.28', '0.42'] });
    expect(s.rows[2]).toMatchObject({ unit: 'USD/share', values: ['0', '0.9'] });
    expect(s.rows[4]).toMatchObject({ unit: 'USD', values: ['3160200000', '2938000000'] });
  });
});

const LONG_LABEL = `
                        WESTBROOK VALVE CORPORATION
                     CONSOLIDATED STATEMENTS OF INCOME (Unaudited)
                              (Dollars in millions)

                                                      Fourth Quarter                      Fiscal Year
                                                  2023      2022   % Change        2023      2022   % Change
Net income                                         72.8      15.5     369.7%      247.3     138.1      79.1%
Less: Net income attributable to noncontrolling interests      0.6       0.5                   2.2       2.0
Net income attributable to Westbrook            $  72.2   $  15.0     381.3%  $   245.1   $ 136.1      80.1%
`;

describe('a label longer than the label column, its figures pushed right', () => {
  const s = readReport(LONG_LABEL, 'westbrook.txt').statements[0];
  it('puts the figures under the columns they were printed for, not one column to the right', () => {
    expect(s.rows[1]!.values).toEqual(['600000', '500000', null, '2200000', '2000000', null]);
    expect(s.rows[2]!.values.slice(0, 2)).toEqual(['72200000', '15000000']);
  });
});

const AMOUNT_AND_SHARE = `
                        HARBOR RIDGE BANCORP, INC.
                      LOAN PORTFOLIO (Dollars in thousands)

                                                        June 30, 2022        December 31, 2021
                                                      Amount  % of Total     Amount  % of Total
Commercial real estate                              $ 1,402,118     51.6%  $ 1,355,902     51.7%
Residential mortgage                                    688,412     25.3%      660,215     25.2%
    Total loans                                     $ 2,715,645    100.0%  $ 2,623,142    100.0%
`;

describe('an amount and its share of the total under each date', () => {
  const s = readReport(AMOUNT_AND_SHARE, 'harbor.txt').statements[0];
  it('names each column by the word over it, and keeps the share columns out of the dated ones', () => {
    expect(s.columns.map((c) => c.label)).toEqual(['June 30, 2022 Amount', 'June 30, 2022 % of Total', 'December 31, 2021 Amount', 'December 31, 2021 % of Total']);
    expect(s.columns.map((c) => c.kind)).toEqual(['period', 'other', 'period', 'other']);
    expect(s.columns[2].period).toEqual({ type: 'instant', start: null, end: '2021-12-31' });
  });
});

describe('an area in thousands of square feet', () => {
  const s = readReport(`
                        FENWICK & LOWE OUTFITTERS, INC.
                               STORE DATA

                                                   Three Months Ended
                                                Oct. 30, 2021  Oct. 31, 2020
Stores open at end of period                             420            402
Gross square footage at end of period (000s)           9,618          9,207
`, 'fenwick.txt').statements[0];
  it('is square feet scaled by its own "(000s)", never dollars', () => {
    expect(s.rows[1]).toMatchObject({ unit: 'sq ft', values: ['9618000', '9207000'] });
  });
});
