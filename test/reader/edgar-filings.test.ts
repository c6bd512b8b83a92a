// Made-up tables in the layouts of 1990s EDGAR quarterly and annual reports: date-only header lines, durations
// underlined at their own width, long section labels, tables split in two, years beside their dates, leader dots,
// units stated by a note heading or by the sentence leading into a table.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';

const UNDERLINED_DURATIONS = `
                           FABRIKAM SYSTEMS, INC.

           CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited)
                (in millions, except share and per share amounts)

<TABLE>
<CAPTION>
                                                    Three Months Ended              Six Months Ended
                                                    ------------------              ----------------
                                               April 1, 2000   March 27, 1999  April 1, 2000   March 27, 1999
                                               -------------  ---------------  -------------  ---------------
<S>                                                 <C>              <C>            <C>              <C>
Net sales                                           $    900         $    800       $  1,700         $  1,500
Cost of sales                                            600              550          1,150            1,050
                                                    --------         --------       --------         --------
   Gross margin                                          300              250            550              450
                                                    ========         ========       ========         ========

Shares used in computing earnings per share (in thousands):

      Basic                                           10,100            9,900         10,050            9,850
</TABLE>
`;

describe('durations underlined at their own width over a date-only header line', () => {
  const doc = readReport(UNDERLINED_DURATIONS, 'fabrikam.txt');
  const s = doc.statements[0];
  it('reads one table with four dated columns, each under its nearest duration', () => {
    expect(doc.statements).toHaveLength(1);
    expect(s.columns.map((c) => c.period)).toEqual([
      { type: 'quarter', start: '2000-01-02', end: '2000-04-01' },
      { type: 'quarter', start: '1998-12-27', end: '1999-03-27' },
      { type: 'six_months', start: '1999-10-03', end: '2000-04-01' },
      { type: 'six_months', start: '1998-09-27', end: '1999-03-27' },
    ]);
  });
  it('keeps the rows below a long "...:" section label in the same table', () => {
    const basic = s.rows.find((r) => r.label === 'Basic')!;
    expect(basic).toMatchObject({ unit: 'shares', values: ['10100000', '9900000', '10050000', '9850000'] });
  });
});

const SPLIT_BALANCE_SHEET = `
                         TAILSPIN TOYS CORPORATION

               CONDENSED CONSOLIDATED BALANCE SHEETS (Unaudited)
                      (in millions, except share amounts)
<TABLE>
<CAPTION>
                                    ASSETS
                                         June 26, 1999      September 25,1998
<S>                                                  <C>                    <C>
Cash and cash equivalents                        $  700                 $  650
    Other current assets                            300                    250
         Total assets                            $1,000                 $  900
</TABLE>
<TABLE>
<CAPTION>
                     LIABILITIES AND SHAREHOLDERS' EQUITY
<S>                                                  <C>                    <C>
    Accounts payable                             $  400                 $  380
    Common stock, no par value; 320,000,000
       shares authorized; 160,126,525 and
       135,192,769 shares issued and
       outstanding, respectively                    600                    520
         Total liabilities and
           shareholders' equity                  $1,000                 $  900
</TABLE>
`;

describe('a balance sheet printed as two tables, the second without a header', () => {
  const doc = readReport(SPLIT_BALANCE_SHEET, 'tailspin.txt');
  it('gives the second table the first one\'s dated columns, title and units', () => {
    expect(doc.statements).toHaveLength(2);
    const [, liabilities] = doc.statements;
    expect(liabilities).toMatchObject({ title: 'CONDENSED CONSOLIDATED BALANCE SHEETS', kind: 'balance' });
    expect(liabilities.columns.map((c) => c.period?.end)).toEqual(['1999-06-26', '1998-09-25']);
    expect(liabilities.rows.find((r) => r.label === 'Accounts payable')!.values).toEqual(['400000000', '380000000']);
  });
});

const LONG_LABELS = `
                    LITWARE INC.
     CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS
                   (in millions)
                                            Six Months Ended
                                      April 1, 2000        March 27, 1999
Net income                                      416              287
Adjustments to reconcile net income to cash generated by operating activities:
   Depreciation and amortization                 41               47
Series A non-voting convertible preferred stock, no par value; 150,000
shares authorized, issued and outstanding       150              150
Cash generated by operating activities          607              484
`;

describe('long label lines inside a table', () => {
  const doc = readReport(LONG_LABELS, 'litware.txt');
  it('reads a sentence-long "...:" section and a same-indent wrapped label as parts of the table', () => {
    expect(doc.statements).toHaveLength(1);
    const rows = doc.statements[0].rows;
    expect(rows.map((r) => r.label)).toEqual([
      'Net income',
      'Depreciation and amortization',
      'Series A non-voting convertible preferred stock, no par value; 150,000 shares authorized, issued and outstanding',
      'Cash generated by operating activities',
    ]);
    expect(rows[1].path[0]).toBe('Adjustments to reconcile net income to cash generated by operating activities');
  });
});

const ANNUAL_REPORT = `
                          CONSOLIDATED BALANCE SHEETS

                             (DOLLARS IN MILLIONS)
<TABLE>
<CAPTION>
SEPTEMBER 26, 1997 AND SEPTEMBER 27, 1996                                 1997       1996
- ---------------------------------------------------------------------  ---------  ---------
<S>                                                                    <C>        <C>
Current assets:
  Cash and cash equivalents..........................................  $   1,230  $   1,552
  Inventories:
    Purchased parts..................................................        141        213
    Finished goods...................................................        281        406
                                                                       ---------  ---------
                                                                             422        619
      Total current assets...........................................      1,652      2,171
</TABLE>

                     CONSOLIDATED STATEMENTS OF OPERATIONS

                (DOLLARS IN MILLIONS, EXCEPT PER SHARE AMOUNTS)
<TABLE>
<CAPTION>
THREE FISCAL YEARS ENDED SEPTEMBER 26, 1997                        1997       1996       1995
- ---------------------------------------------------------------  ---------  ---------  ---------
<S>                                                              <C>        <C>        <C>
Net sales......................................................  $   7,081  $   9,833  $  11,062
Net income (loss)..............................................  $  (1,045) $    (816) $     424
Earnings (loss) per common and common equivalent share.........  $   (8.29) $   (6.59) $    3.45
</TABLE>

NATURE OF OPERATIONS

    Northwind Traders (the "Company") designs and markets personal computers.
`;

describe('a 10-K: years beside the dates they stand for, leader dots', () => {
  const doc = readReport(ANNUAL_REPORT, 'northwind-10k.txt');
  const [balance, income] = doc.statements;
  it('dates each balance-sheet year by the date printed for it', () => {
    expect(balance.columns.map((c) => c.period)).toEqual([
      { type: 'instant', start: null, end: '1997-09-26' },
      { type: 'instant', start: null, end: '1996-09-27' },
    ]);
    expect(balance.rows.find((r) => r.label === 'Total Inventories')?.values).toEqual(['422000000', '619000000']);
  });
  it('checks a total against its rows with a sub-section counted by its own total', () => {
    expect(doc.checks.find((c) => c.rule.endsWith('= Total current assets'))).toMatchObject({ ok: true, rule: 'Cash and cash equivalents + Total Inventories = Total current assets' });
  });
  it('reads "fiscal years ended" years as fiscal years ending near that day, labels without their leader dots', () => {
    expect(income.columns[1].period).toMatchObject({ type: 'year', end: '1996-09-26' });
    expect(income.rows.map((r) => r.label)).toEqual(['Net sales', 'Net income (loss)', 'Earnings (loss) per common and common equivalent share']);
    expect(income.rows[2]).toMatchObject({ unit: 'USD/share', values: ['-8.29', '-6.59', '3.45'] });
  });
  it('names the company a filing defines as "the Company"', () => {
    expect(doc.company).toBe('Northwind Traders');
  });
});

const NOTE_TABLES = `
NOTE 3 - CONSOLIDATED FINANCIAL STATEMENT DETAILS (IN MILLIONS)

INVENTORIES
                                                       4/1/00      9/25/99
                                                       ------      -------
    Purchased parts                                    $   2          $   4
    Finished goods                                         8             13
    Total inventories                                  $  10          $  17

ACCRUED EXPENSES
                                                       4/1/00      9/25/99
                                                       ------      -------
    Accrued warranty and related costs                 $ 106          $ 105
    Other current liabilities                            312            378
    Total accrued expenses                             $ 418          $ 483

NOTE 4 - EARNINGS PER SHARE

The following table sets forth the computation of basic and diluted earnings
per share (in thousands, except net income and per share amounts):

                                         For the Three Months Ended   For the Nine Months Ended
                                                6/26/99      6/26/98        6/26/99     6/26/98
Numerator (in millions):
  Net income                                   $  203      $   101        $   490     $   203
Denominator:
  Denominator for basic earnings
    per share - weighted-average
    shares outstanding                        144,054      133,068        138,571     130,971
  Effect of dilutive securities:
    Dilutive options                            5,788        6,985          5,335       5,115
Diluted earnings per share                     $ 1.20      $  0.65       $   2.99     $  1.40
`;

describe('units from a note heading and from the sentence leading into a table', () => {
  const doc = readReport(NOTE_TABLES, 'notes.txt');
  const [, accrued, eps] = doc.statements;
  it('applies the note heading\'s units to every table of the note', () => {
    expect(accrued.units).toBe('IN MILLIONS');
    expect(accrued.rows[0].values).toEqual(['106000000', '105000000']);
  });
  it('reads "For the Three Months Ended   For the Nine Months Ended" over dates as durations', () => {
    expect(eps.columns.map((c) => c.period?.type)).toEqual(['quarter', 'quarter', 'nine_months', 'nine_months']);
  });
  it('scales share counts by the leading sentence, amounts under "Numerator (in millions):" by their own scale', () => {
    const byLabel = (l: string) => eps.rows.find((r) => r.label.includes(l))!;
    expect(byLabel('Net income')).toMatchObject({ unit: 'USD', values: ['203000000', '101000000', '490000000', '203000000'] });
    expect(byLabel('weighted-average')).toMatchObject({ unit: 'shares', values: ['144054000', '133068000', '138571000', '130971000'] });
    expect(byLabel('Dilutive options')).toMatchObject({ unit: 'shares', values: ['5788000', '6985000', '5335000', '5115000'] });
    expect(byLabel('Diluted earnings per share')).toMatchObject({ unit: 'USD/share', values: ['1.2', '0.65', '2.99', '1.4'] });
  });
});

const EQUITY_STATEMENT = `
                CONSOLIDATED STATEMENTS OF SHAREHOLDERS' EQUITY

                (DOLLARS IN MILLIONS, EXCEPT PER SHARE AMOUNTS)
<TABLE>
<CAPTION>
                                            COMMON STOCK              RETAINED       TOTAL
                                          SHARES       AMOUNT         EARNINGS      EQUITY
                                       (IN THOUSANDS)
<S>                                   <C>            <C>             <C>           <C>
Balance as of September 30, 1994....      119,543     $  298          $ 2,096      $ 2,394
  Cash dividends of $0.48 per common
    share...........................           --         --              (58)         (58)
  Net income........................           --         --              424          424
</TABLE>
`;

describe('a statement of shareholders\' equity', () => {
  const s = readReport(EQUITY_STATEMENT, 'equity.txt').statements[0];
  it('is not read as an income statement; the title\'s units rule; a dividend rate in a label is no per-share row', () => {
    expect(s.kind).toBe('other');
    expect(s.units).toBe('DOLLARS IN MILLIONS, EXCEPT PER SHARE AMOUNTS');
    expect(s.rows.find((r) => r.label.startsWith('Cash dividends'))).toMatchObject({ unit: 'USD', values: ['0', '0', '-58000000', '-58000000'] });
  });
});

const ANNUAL_1994 = `
Consolidated Balance Sheets
                                                   (Dollars in thousands)
<TABLE>
<CAPTION>
September 30, 1994, and September 24, 1993             1994             1993
<S>                                              <C>             <C>
Current assets:
  Cash and cash equivalents                      $ 1,203,488     $   676,413
    Total current assets                           4,476,452       4,338,355
                                                 $ 5,302,746     $ 5,171,412
</TABLE>

Consolidated Statements of Income
                                   (In thousands, except per share amounts)
<TABLE>
<CAPTION>
Three fiscal years ended                  1994          1993          1992
September 30, 1994
<S>                                <C>           <C>           <C>
Net sales                          $ 9,188,748   $ 7,976,954   $ 7,086,542
Net income                         $   310,178   $    86,589   $   530,373
Common and common equivalent
 shares used in the calculations
 of earnings per share                 118,735       119,125       122,490
</TABLE>

Consolidated Statements of Cash Flows
                                                           (In thousands)
<TABLE>
<CAPTION>
Three fiscal years ended                  1994          1993          1992
  September 30, 1994
<S>                               <C>            <C>           <C>
Operations:
  Net income                           310,178        86,589       530,373
  Changes in assets and liabilities:
    Accounts receivable              (199,401)     (294,761)     (180,026)
        Cash  generated by (used
         for) operations               736,995     (651,213)       920,973
</TABLE>

Basis of Presentation
The  consolidated  financial statements include  the  accounts  of  Contoso
Devices,   Inc.  and  its  wholly  owned  subsidiaries  (the   Company).
`;

describe('a 1994 annual report: dates left of the years, a date line under "Three fiscal years ended"', () => {
  const doc = readReport(ANNUAL_1994, 'contoso-10k.txt');
  const [balance, income, cash] = doc.statements;
  it('never lets the dates at the left head the first column: each year takes its own date', () => {
    expect(balance.columns.map((c) => c.period?.end)).toEqual(['1994-09-30', '1993-09-24']);
    expect(balance.rows[0].values).toEqual(['1203488000', '676413000']);
  });
  it('reads the date line as the header\'s, not as a section of the rows', () => {
    expect(income.columns.map((c) => c.period)).toEqual([
      { type: 'year', start: '1993-10-01', end: '1994-09-30' },
      { type: 'year', start: '1992-10-01', end: '1993-09-30' },
      { type: 'year', start: '1991-10-01', end: '1992-09-30' },
    ]);
    expect(income.rows[0].path).toEqual(['Net sales']);
    expect(income.rows[2]).toMatchObject({ unit: 'shares', values: ['118735000', '119125000', '122490000'] });
  });
  it('places the operating cash total under "Operations", not under the changes in assets', () => {
    expect(cash.rows.at(-1)).toMatchObject({ path: ['Operations', 'Cash generated by (used for) operations'], values: ['736995000', '-651213000', '920973000'] });
  });
  it('names the company whose accounts the statements include', () => {
    expect(doc.company).toBe('Contoso Devices, Inc.');
  });
});

const NESTED_COSTS = `
                     CONSOLIDATED STATEMENTS OF OPERATIONS
                (DOLLARS IN MILLIONS, EXCEPT PER SHARE AMOUNTS)
THREE FISCAL YEARS ENDED SEPTEMBER 26, 1997              1997       1996
- -----------------------------------------------    ---------  ---------
Net sales........................................    $   7,081  $   9,833
Costs and expenses:
  Cost of sales..................................        5,713      8,865
  Research and development.......................          485        604
  Special charges:
    In-process research and development..........          375         --
    Restructuring costs..........................          217        179
                                                     ---------  ---------
                                                         6,790      9,648
                                                     ---------  ---------
Operating income (loss)..........................          291        185
`;

describe('an unlabeled line adding up an outer section, an inner one included', () => {
  it('is the outer section\'s total, outside the inner section', () => {
    const rows = readReport(NESTED_COSTS, 'nested.txt').statements[0].rows;
    expect(rows.find((r) => r.line === 14)).toMatchObject({ path: ['Costs and expenses', 'Total Costs and expenses'], values: ['6790000000', '9648000000'] });
  });
});
