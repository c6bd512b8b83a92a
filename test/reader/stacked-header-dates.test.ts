// Made-up layouts of older releases and quarterly reports: both comparison dates stacked over each pair of
// columns, an upper-case title period over bare years, a centred period line naming both years.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';

const STACKED_DATES = `
    NORTHWIND TRADERS
    CONSOLIDATED INCOME

                                          For the 13         For the 26
                                          Weeks Ended        Weeks Ended
                                        May 1, 2010 and    May 1, 2010 and
                                         May 2, 2009        May 2, 2009
    (millions, except earnings per
     common share)                       2010     2009      2010      2009

     Net sales                          $4,100   $ 3,900   $ 8,000   $ 7,600
     Cost of sales                       3,000     2,900     5,900     5,700
    NET INCOME                          $  120   $   90    $  230    $  170
`;

describe('both comparison dates stacked over each pair of columns, the years below', () => {
  const s = readReport(STACKED_DATES, 'northwind.txt').statements[0];
  it('gives each column the date of its own year, not the last date printed', () => {
    expect(s.columns.map((c) => c.period)).toEqual([
      { type: 'quarter', start: '2010-01-31', end: '2010-05-01', weeks: 13 },
      { type: 'quarter', start: '2009-02-01', end: '2009-05-02', weeks: 13 },
      { type: 'six_months', start: '2009-11-01', end: '2010-05-01', weeks: 26 },
      { type: 'six_months', start: '2008-11-02', end: '2009-05-02', weeks: 26 },
    ]);
    expect(s.columns[1].label).toBe('For the 13 Weeks Ended May 2, 2009');
  });
  it('reads the years line under a wrapped units line as the header, not as a row', () => {
    expect(s.units).toBe('millions, except earnings per');
    expect(s.rows.map((r) => r.label)).toEqual(['Net sales', 'Cost of sales', 'NET INCOME']);
    expect(s.rows[0].values).toEqual(['4100000000', '3900000000', '8000000000', '7600000000']);
  });
});

const UPPER_CASE_TITLE_PERIOD = `
FABRIKAM LABS, INC.
CONDENSED STATEMENTS OF OPERATIONS
SIX MONTH PERIODS ENDED JUNE 30, 2001 AND 2000
- --------------------------------------------------------------------------------

                                                   2001                 2000
                                                (Unaudited)         (Unaudited)
REVENUES:
    License                                     $   836,000         $   625,000
    Services                                        561,000              53,000
          Total net revenues                      1,397,000             678,000
NET LOSS                                        $  (239,000)        $  (181,000)
`;

describe('an upper-case title period ("... ENDED JUNE 30, 2001 AND 2000") over bare years', () => {
  const s = readReport(UPPER_CASE_TITLE_PERIOD, 'fabrikam.txt').statements[0];
  it('dates each year column with the title period', () => {
    expect(s.columns.map((c) => c.period)).toEqual([
      { type: 'six_months', start: '2001-01-01', end: '2001-06-30' },
      { type: 'six_months', start: '2000-01-01', end: '2000-06-30' },
    ]);
  });
});

const CENTRED_PERIOD_LINE = `
                         WOODGROVE SUPPLY CO.
                    Statements of Operations
                 Three Months Ended March 31, 2003 and 2002

                                                    2003            2002
Net sales                                        $ 12,500        $ 11,900
Net income                                          1,250           1,020
`;

describe('a centred period line naming both years, above a line of years', () => {
  const s = readReport(CENTRED_PERIOD_LINE, 'woodgrove.txt').statements[0];
  it('dates each column with its own year (the first column is not the last year named)', () => {
    expect(s.columns.map((c) => [c.label, c.period])).toEqual([
      ['Three Months Ended March 31, 2003', { type: 'quarter', start: '2003-01-01', end: '2003-03-31' }],
      ['Three Months Ended March 31, 2002', { type: 'quarter', start: '2002-01-01', end: '2002-03-31' }],
    ]);
  });
});

const ABBREVIATED_MONTHS = `
                     COHO WINERY, INC.
                  STATEMENTS OF OPERATIONS
                                         3 Mos. Ended     Nine Mos. Ended
                                           6/30/02           6/30/02
Sales                                     $ 4,100          $ 11,800
Net income                                    310               905
`;

describe('"Mos." for months in a column header', () => {
  const s = readReport(ABBREVIATED_MONTHS, 'coho.txt').statements[0];
  it('reads "3 Mos. Ended 6/30/02" as a quarter and "Nine Mos." as nine months', () => {
    expect(s.columns.map((c) => c.period)).toEqual([
      { type: 'quarter', start: '2002-04-01', end: '2002-06-30' },
      { type: 'nine_months', start: '2001-10-01', end: '2002-06-30' },
    ]);
  });
});
