// One small made-up table per layout feature: the reader must work from layout, not from the shared files.
import { describe, expect, it } from 'vitest';
import type { Document, Row } from '../../src/core/store.js';
import { readReport } from '../../src/reader/index.js';

function row(doc: Document, label: string): Row {
  for (const s of doc.statements) for (const r of s.rows) if (r.label === label) return r;
  throw new Error(`no row "${label}" in ${doc.statements.flatMap((s) => s.rows.map((r) => r.label)).join(', ')}`);
}

const NINE_MONTHS = `
Northwind Traders Posts Record Third Quarter

    SEATTLE, Oct. 20 /Business Wire/ -- Northwind Traders Corp. (NYSE: NWT) today
reported results for the third quarter ended September 30, 2010, with net sales
of $1,234.5 million.

                        NORTHWIND TRADERS CORP.
              CONSOLIDATED STATEMENTS OF INCOME (UNAUDITED)
             (in millions, except per share amounts)

                                 Three Months Ended        Nine Months Ended
                                    September 30,             September 30,
                                  2010        2009          2010        2009
                                 ------      ------        ------      ------
Net sales:
     Products                    $  900.1    $  850.0      $2,700.0    $2,500.0
     Services                       334.4       300.0       1,000.0       900.0
          Total net sales         1,234.5     1,150.0       3,700.0     3,400.0
Cost of sales                       700.0       650.0       2,100.0     1,900.0
Net income                       $   80.0    $   70.5      $  240.0    $  200.0

Earnings per share:
     Basic                       $   0.81    $   0.72      $   2.43    $   2.05
     Diluted                         0.80        0.71          2.40        2.02
Weighted average shares outstanding:
     Basic                           98.8        97.9          98.7        97.6
`;

describe('a nine-month income statement in millions with four columns', () => {
  const doc = readReport(NINE_MONTHS, 'northwind.txt');
  const s = doc.statements[0];
  it('reads company, ticker, headline and kind', () => {
    expect(doc.company).toBe('Northwind Traders Corp.');
    expect(doc.ticker).toBe('NWT');
    expect(doc.title).toBe('Northwind Traders Posts Record Third Quarter');
    expect(s.kind).toBe('income');
    expect(s.units).toBe('in millions, except per share amounts');
  });
  it('gives each column its period from a header spanning two year columns', () => {
    expect(s.columns.map((c) => c.period)).toEqual([
      { type: 'quarter', start: '2010-07-01', end: '2010-09-30' },
      { type: 'quarter', start: '2009-07-01', end: '2009-09-30' },
      { type: 'nine_months', start: '2010-01-01', end: '2010-09-30' },
      { type: 'nine_months', start: '2009-01-01', end: '2009-09-30' },
    ]);
    expect(s.columns[2].label).toBe('Nine Months Ended September 30, 2010');
  });
  it('scales money and share counts but not per-share amounts', () => {
    expect(row(doc, 'Services')).toMatchObject({ path: ['Net sales', 'Services'], unit: 'USD', values: ['334400000', '300000000', '1000000000', '900000000'] });
    expect(row(doc, 'Total net sales').path).toEqual(['Net sales', 'Total net sales']);
    expect(row(doc, 'Cost of sales').path).toEqual(['Cost of sales']);
    const eps = doc.statements[0].rows.find((r) => r.path.join('>') === 'Earnings per share>Diluted')!;
    expect(eps).toMatchObject({ unit: 'USD/share', values: ['0.8', '0.71', '2.4', '2.02'] });
    const shares = doc.statements[0].rows.find((r) => r.path.join('>') === 'Weighted average shares outstanding>Basic')!;
    expect(shares).toMatchObject({ unit: 'shares', values: ['98800000', '97900000', '98700000', '97600000'] });
  });
  it('checks components against the total and the prose figure', () => {
    expect(doc.checks.find((c) => c.rule === 'Products + Services = Total net sales')?.ok).toBe(true);
  });
});

const BALANCE = `
                          Fabrikam Holdings Ltd.
                        Condensed Balance Sheets
                     (Amounts in thousands of dollars)

                                         Dec. 31,      Dec. 31,
                                           2011          2010
ASSETS
   Cash                                  $ 1,500       $ 1,200
   Receivables                             2,500         2,300
   Equipment, net                          6,000         5,500
                                         -------       -------
                                          10,000         9,000
                                         =======       =======
LIABILITIES AND SHAREHOLDERS' EQUITY
   Payables                              $ 3,000       $ 2,800
   Long-term debt                          4,000         4,000
   Total shareholders' equity              3,000         2,200
                                         -------       -------
                                          10,000         9,000
                                         =======       =======
`;

describe('a balance sheet with unlabeled totals', () => {
  const doc = readReport(BALANCE, 'fabrikam.txt');
  const s = doc.statements[0];
  it('labels the totals from their place and checks them', () => {
    expect(s.kind).toBe('balance');
    expect(s.columns.map((c) => c.period)).toEqual([
      { type: 'instant', start: null, end: '2011-12-31' },
      { type: 'instant', start: null, end: '2010-12-31' },
    ]);
    expect(s.rows.filter((r) => /^Total/.test(r.label)).map((r) => [r.label, r.line, r.values])).toEqual([
      ['Total assets', 13, ['10000000', '9000000']],
      ["Total shareholders' equity", 18, ['3000000', '2200000']],
      ["Total liabilities and shareholders' equity", 20, ['10000000', '9000000']],
    ]);
    expect(doc.company).toBe('Fabrikam Holdings Ltd.');
    expect(doc.checks.find((c) => c.rule.startsWith('Total assets ='))?.ok).toBe(true);
    // two same-day dates a year apart could be quarter ends as well as year ends: unknown
    expect(doc.fiscalYearEnd).toBeNull();
  });
});

const WRAPPED = [
  '                 Contoso Ltd. Statement of Cash Flows',
  '                           (In thousands)',
  '',
  '                                         Year Ended     Year Ended',
  '                                          March 31,      March 31,',
  '                                            2012           2011',
  'Investing activities:',
  '    Payments for the purchase',
  '      of plant and',
  '      equipment in                        (4,210)        (3,900)',
  '      foreign subsidiaries',
  '    Sale of assets                            120             --',
  '',
].join('\n');

describe('a label wrapped around its figures', () => {
  const doc = readReport(WRAPPED, 'contoso.txt');
  it('joins the lines above and the tail below into one row at the figures line', () => {
    const r = row(doc, 'Payments for the purchase of plant and equipment in foreign subsidiaries');
    expect(r).toMatchObject({ line: 10, lines: [8, 11], path: ['Investing activities', r.label], values: ['-4210000', '-3900000'] });
    expect(row(doc, 'Sale of assets').values).toEqual(['120000', '0']);
    expect(doc.statements[0].kind).toBe('cash_flow');
    expect(doc.statements[0].columns[0].period).toEqual({ type: 'year', start: '2011-04-01', end: '2012-03-31' });
  });
});

describe('tabs and CRLF', () => {
  const tabbed = [
    'LITWARE INC.',
    'STATEMENT OF OPERATIONS',
    '(in thousands)',
    '',
    '\t\t\t\tQuarter ended',
    '\t\t\t\tJune 30,\tJune 30,',
    '\t\t\t\t2008\t\t2007',
    'Revenue\t\t\t\t5,000\t\t4,000',
    'Net loss\t\t\t(200)\t\t(100)',
  ].join('\r\n');
  const doc = readReport(tabbed, 'litware.txt');
  it('expands tabs at 8-column stops and tolerates CRLF', () => {
    const s = doc.statements[0];
    expect(s.columns.map((c) => c.label)).toEqual(['Quarter ended June 30, 2008', 'Quarter ended June 30, 2007']);
    expect(s.columns[1].period).toEqual({ type: 'quarter', start: '2007-04-01', end: '2007-06-30' });
    expect(row(doc, 'Net loss')).toMatchObject({ line: 9, values: ['-200000', '-100000'] });
    expect(doc.company).toBe('Litware Inc.');
  });
});

const CHANGES = `
                            Tailspin Energy
                            Operating Data
                      (In Thousands of Megawatt-Hours)
<TABLE>
<CAPTION>
                          Fourth Quarter               Year to Date
                     ------------------------   ------------------------
                        2006    2005   % Change    2006     2005  Change
<S>                     <C>     <C>      <C>       <C>      <C>    <C>
Retail sales            1,100   1,000    10.0%     4,400    4,000    400
Wholesale sales           500     550    -9.1%     2,000    2,100   (100)
Factors:
Weather                                     -                          50
Growth                                   2.5%                         (20)
</TABLE>
`;

describe('change and % change columns, a sparse column, a non-money unit', () => {
  const doc = readReport(CHANGES, 'tailspin.txt');
  const s = doc.statements[0];
  it('marks change columns and keeps them out of the periods (undated quarter columns get no period)', () => {
    expect(s.columns.map((c) => c.kind)).toEqual(['period', 'period', 'percent_change', 'period', 'period', 'change']);
    expect(s.columns.map((c) => c.period)).toEqual([null, null, null, null, null, null]);
    expect(s.columns.map((c) => c.label)).toEqual(['Fourth Quarter 2006', 'Fourth Quarter 2005', 'Fourth Quarter % Change', 'Year to Date 2006', 'Year to Date 2005', 'Year to Date Change']);
    expect(s.kind).toBe('other');
  });
  it('scales MWh figures, never percentages, and places sparse figures under their header', () => {
    expect(row(doc, 'Wholesale sales')).toMatchObject({ unit: 'MWh', values: ['500000', '550000', '-9.1', '2000000', '2100000', '-100000'] });
    expect(row(doc, 'Weather').values).toEqual([null, null, null, null, null, '50000']);
    expect(row(doc, 'Growth').values).toEqual([null, null, '2.5', null, null, '-20000']);
  });
});

const WEEKS = `
                         Adventure Works Inc.
                   Consolidated Statements of Earnings
                             (in millions)

                                For the 13 Weeks Ended July 3, 2004 and June 28, 2003
                                               2004         2003
Net revenues                                 $ 812.0      $ 790.5
Net earnings                                    41.3         38.0
`;

describe('one header naming two 13-week periods', () => {
  const doc = readReport(WEEKS, 'adventure.txt');
  it('gives each column its own end date and a 13-week quarter', () => {
    const cols = doc.statements[0].columns;
    expect(cols.map((c) => c.period)).toEqual([
      { type: 'quarter', start: '2004-04-04', end: '2004-07-03', weeks: 13 },
      { type: 'quarter', start: '2003-03-30', end: '2003-06-28', weeks: 13 },
    ]);
    expect(row(doc, 'Net revenues').values).toEqual(['812000000', '790500000']);
  });
});
