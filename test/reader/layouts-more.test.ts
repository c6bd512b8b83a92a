// More made-up tables, one per layout feature: units placement, title periods, segments, odd cells, continued pages.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';


const UNITS_IN_HEADER = `
                         Proseware Group
                     Statements of Operations
                                         Year Ended December 31,
(In thousands, except per share data)       2009          2008
Revenues                                 $ 45,000      $ 40,000
Net income per share                     $   1.10      $   0.95
`;

describe('units printed at the left of the header years', () => {
  const doc = readReport(UNITS_IN_HEADER, 'proseware.txt');
  const s = doc.statements[0];
  it('reads the years as the header, not as a row, and scales by the units', () => {
    expect(s.units).toBe('In thousands, except per share data');
    expect(s.rows.map((r) => r.label)).toEqual(['Revenues', 'Net income per share']);
    expect(s.rows[0].values).toEqual(['45000000', '40000000']);
    expect(s.rows[1]).toMatchObject({ unit: 'USD/share', values: ['1.1', '0.95'] });
    expect(s.columns[0].period).toEqual({ type: 'year', start: '2009-01-01', end: '2009-12-31' });
  });
});

const UNITS_BELOW_HEADER = `
                    WINGTIP TOYS, INC.
               CONSOLIDATED STATEMENTS OF CASH FLOWS

                                      Six Months Ended
                                   Jan. 31,        Jan. 31,
                                     2006            2005
($000's omitted)
Net cash provided by operating
  activities                          7,250           6,100
Cash at beginning of period           3,000           2,000
Net increase in cash                    500             400
Cash at end of period                 3,500           2,400
`;

describe('a units line between the header and the body', () => {
  const doc = readReport(UNITS_BELOW_HEADER, 'wingtip.txt');
  const s = doc.statements[0];
  it('keeps the header and applies the units', () => {
    expect(s.kind).toBe('cash_flow');
    expect(s.columns[0]).toMatchObject({ label: 'Six Months Ended Jan. 31, 2006', period: { type: 'six_months', start: '2005-08-01', end: '2006-01-31' } });
    expect(s.rows[0]).toMatchObject({ label: 'Net cash provided by operating activities', lines: [9, 10], values: ['7250000', '6100000'] });
    expect(doc.checks.find((c) => c.rule.startsWith('Cash at beginning'))).toMatchObject({ ok: true, line: 13 });
  });
});

describe('figure oddities: n/a, a percent sign apart, footnote marks', () => {
  const doc = readReport(
    [
      '                    Fourth Coffee Company',
      '                     Selected Data',
      '                                      Quarter Ended',
      '                                   Mar. 31,    Mar. 31,',
      '                                     2015        2014',
      'Gross margin                         41.5 %      39.0 %',
      'Same-store sales growth               n/a         2.1%',
      'Stores at end of period              1,210 (a)    1,150',
    ].join('\n'),
    'fourth.txt',
  );
  it('reads n/a as empty, joins "%" and skips "(a)"', () => {
    const rows = doc.statements[0].rows;
    expect(rows.map((r) => [r.label, r.values])).toEqual([
      ['Gross margin', ['41.5', '39']],
      ['Same-store sales growth', [null, '2.1']],
      ['Stores at end of period', ['1210', '1150']],
    ]);
    expect(rows.slice(0, 2).map((r) => r.unit)).toEqual(['percent', 'percent']);
  });
});

const TITLE_PERIOD = `
                      Margie's Travel Inc.
               Consolidated Statements of Income
       For the Three Months Ended September 30, 2009 and 2008
                        (in thousands)

                                       2009          2008
Revenue                              $ 5,000       $ 4,000
Net income                               700           650
`;

describe('the period named in a title line over year-only columns', () => {
  const doc = readReport(TITLE_PERIOD, 'margies.txt');
  it('dates each column with its own year', () => {
    const s = doc.statements[0];
    expect(s.title).toBe('Consolidated Statements of Income');
    expect(s.columns.map((c) => [c.label, c.period])).toEqual([
      ['2009', { type: 'quarter', start: '2009-07-01', end: '2009-09-30' }],
      ['2008', { type: 'quarter', start: '2008-07-01', end: '2008-09-30' }],
    ]);
    expect(s.rows[0].values).toEqual(['5000000', '4000000']);
  });
});

const SEGMENTS = `
                      Blue Yonder Airlines
               Segment Revenue, Quarter Ended June 30, 2010
                          (in millions)

                         Passenger     Cargo     Total
Domestic                   $ 410       $ 35      $ 445
International                220         60        280
`;

describe('columns named by words, not periods', () => {
  const doc = readReport(SEGMENTS, 'blueyonder.txt');
  it('takes the names as column headers and the rows as rows', () => {
    const s = doc.statements[0];
    expect(s.columns.map((c) => [c.label, c.kind, c.period])).toEqual([
      ['Passenger', 'other', null],
      ['Cargo', 'other', null],
      ['Total', 'other', null],
    ]);
    expect(s.rows.map((r) => [r.path, r.values])).toEqual([
      [['Domestic'], ['410000000', '35000000', '445000000']],
      [['International'], ['220000000', '60000000', '280000000']],
    ]);
    expect(s.kind).toBe('other');
  });
});

describe('a money row right after a per-share section', () => {
  const doc = readReport(
    [
      '                  Humongous Insurance',
      '            Statements of Earnings (in thousands)',
      '                                   Year ended      Year ended',
      '                                   Dec. 31, 2012   Dec. 31, 2011',
      'Earnings per share:',
      'Basic                                 $ 1.25          $ 1.10',
      'Diluted                                 1.22            1.08',
      'Dividends declared                    12,500          11,000',
    ].join('\n'),
    'humongous.txt',
  );
  it('keeps per-share figures in dollars and scales the money row', () => {
    const rows = doc.statements[0].rows;
    expect(rows.map((r) => [r.label, r.unit, r.values])).toEqual([
      ['Basic', 'USD/share', ['1.25', '1.1']],
      ['Diluted', 'USD/share', ['1.22', '1.08']],
      ['Dividends declared', 'USD', ['12500000', '11000000']],
    ]);
    expect(doc.statements[0].units).toBe('in thousands');
  });
});

describe('a statement continued on the next page without its own units line', () => {
  const page = (title: string, units: string, rows: string[]): string[] => [
    '                     Graphic Design Institute',
    `                     ${title}`,
    ...(units ? [`                     ${units}`] : []),
    '',
    '                                   June 30,     Dec. 31,',
    '                                     2013         2012',
    ...rows,
    '',
    '',
    '',
  ];
  const text = [
    ...page('Balance Sheets', '(In millions)', ['Cash                                $  40         $  30', 'Other assets                          60           50', 'Total assets                      $ 100         $  80']),
    ...page('Balance Sheets (Continued)', '', ['Liabilities                         $  70         $  60', "Shareholders' equity                  30           20", "Total liabilities and equity      $ 100         $  80"]),
  ].join('\n');
  const doc = readReport(text, 'gdi.txt');
  it('takes the units of the table it continues', () => {
    expect(doc.statements.map((s) => [s.kind, s.units])).toEqual([
      ['balance', 'In millions'],
      ['balance', 'In millions'],
    ]);
    expect(doc.statements[1].rows[0].values).toEqual(['70000000', '60000000']);
    expect(doc.checks.find((c) => c.rule === 'Total assets = Total liabilities and equity')?.ok).toBe(true);
  });
});

describe('company from a dateline without a ticker', () => {
  it('takes the capitalised words before "today"', () => {
    const doc = readReport('Lucerne Publishing Reports Results\n\nNEW YORK - Lucerne Publishing Co. today reported fiscal results that beat\nexpectations for the third year in a row, the company said in a statement.\n', 'lucerne.txt');
    expect(doc.company).toBe('Lucerne Publishing Co.');
    expect(doc.ticker).toBeNull();
    expect(doc.title).toBe('Lucerne Publishing Reports Results');
  });
});

describe('a row that heads the rows below it ("Total Retail Sales-")', () => {
  const doc = readReport(
    [
      '                   City Power & Light',
      '                    Electricity Sales',
      '                 (In Millions of KWHs)',
      '                            Year Ended Dec. 31,',
      '                            2006        2005',
      'All Sales-                 9,000       8,800',
      'Homes                      4,000       3,900',
      'Offices                    5,000       4,900',
      '',
      'Street Lighting              100          95',
      '',
      'Total Other Sales            300         290',
    ].join('\n'),
    'citypower.txt',
  );
  it('puts the rows below under it until a blank line', () => {
    expect(doc.statements[0].rows.map((r) => [r.path, r.unit, r.values[0]])).toEqual([
      [['All Sales'], 'kWh', '9000000000'],
      [['All Sales', 'Homes'], 'kWh', '4000000000'],
      [['All Sales', 'Offices'], 'kWh', '5000000000'],
      [['Street Lighting'], 'kWh', '100000000'],
      [['Total Other Sales'], 'kWh', '300000000'],
    ]);
    // no check pits rows against a total that does not name them
    expect(doc.checks.filter((c) => !c.ok)).toEqual([]);
  });
});

describe('a section whose own total follows a blank line', () => {
  const doc = readReport(
    [
      '                 Wide World Importers',
      '                 Balance Sheets (in thousands)',
      '                                 Mar. 31,     Dec. 31,',
      '                                   2009         2008',
      'Current liabilities:',
      '',
      'Payables                           700          650',
      'Accruals                           300          250',
      '',
      'Total current liabilities        1,000          900',
      'Long-term debt                     500          500',
    ].join('\n'),
    'wideworld.txt',
  );
  it('keeps the total in its section and checks it', () => {
    expect(doc.statements[0].rows.map((r) => r.path)).toEqual([
      ['Current liabilities', 'Payables'],
      ['Current liabilities', 'Accruals'],
      ['Current liabilities', 'Total current liabilities'],
      ['Long-term debt'],
    ]);
    expect(doc.checks).toEqual([{ ok: true, line: 10, rule: 'Payables + Accruals = Total current liabilities', detail: '' }]);
  });
});

describe('short headings standing alone over same-indent parts ("Operating:")', () => {
  const doc = readReport(
    [
      '                      Trey Research',
      '                 Statement of Cash Flows',
      '                      (In millions)',
      '                                  Nine months ended',
      '                                 Sept. 30,    Sept. 30,',
      '                                   2001         2000',
      'Operating:',
      '',
      'Net income                           50           40',
      'Changes in working capital:',
      '  Receivables                       (10)          (5)',
      '  Payables                            5            2',
      'Cash provided by operating',
      ' activities                          45           37',
      '',
      'Investing:',
      '',
      'Capital spending                    (20)         (15)',
    ].join('\n'),
    'trey.txt',
  );
  it('nests the parts and closes the heading at its total', () => {
    expect(doc.statements[0].rows.map((r) => r.path)).toEqual([
      ['Operating', 'Net income'],
      ['Operating', 'Changes in working capital', 'Receivables'],
      ['Operating', 'Changes in working capital', 'Payables'],
      ['Operating', 'Cash provided by operating activities'],
      ['Investing', 'Capital spending'],
    ]);
  });
});

const GAP_DATES = `
                     Alpine Ski House Inc.
              Condensed Statements of Operations
                         (In thousands)

                        Three Months Ended         Six Months Ended
                               June 30,                  June 30,
                        2007           2006       2007           2006
Net revenues          12,000         10,000     23,000         19,000
`;

describe('a month and day set between two columns under a spanning header', () => {
  it('heads both columns the spanning header heads', () => {
    const cols = readReport(GAP_DATES, 'alpine.txt').statements[0].columns;
    expect(cols.map((c) => c.label)).toEqual([
      'Three Months Ended June 30, 2007',
      'Three Months Ended June 30, 2006',
      'Six Months Ended June 30, 2007',
      'Six Months Ended June 30, 2006',
    ]);
    expect(cols[1].period).toEqual({ type: 'quarter', start: '2006-04-01', end: '2006-06-30' });
  });
});

const TWO_DATES_ONE_RULE = `
                      Woodgrove Outfitters, Inc.
                 Condensed Statements of Operations
                   (in thousands, except per share)

                                  Three Months Ended           Six Months Ended
                              December 31,  December 25,  December 31,  December 25,
                              --------------------------  --------------------------
                                     2005          2004          2005          2004
                               -----------   -----------   -----------   -----------
Revenue                             9,100         8,700        17,900        17,100
`;

describe('two dates on one line over one rule (52/53-week years)', () => {
  it('gives each column its own date', () => {
    const cols = readReport(TWO_DATES_ONE_RULE, 'woodgrove.txt').statements[0].columns;
    expect(cols.map((c) => c.label)).toEqual([
      'Three Months Ended December 31, 2005',
      'Three Months Ended December 25, 2004',
      'Six Months Ended December 31, 2005',
      'Six Months Ended December 25, 2004',
    ]);
    expect(cols[1].period).toEqual({ type: 'quarter', start: '2004-09-26', end: '2004-12-25' });
  });
});

describe('two headers printed without a gap, and flows without a duration', () => {
  const doc = readReport(
    [
      '                      Tailwind Components',
      '                 Statements of Operations (in thousands)',
      '',
      '                              Twenty-six weeksTwenty-six weeks',
      '                                   ended           ended',
      '                               Dec. 26, 2009   Dec. 27, 2008',
      'Net sales                          12,000          11,000',
      'Net income                          1,000             900',
    ].join('\n'),
    'tailwind.txt',
  );
  it('splits the glued header into its two columns', () => {
    expect(doc.statements[0].columns.map((c) => c.period)).toEqual([
      { type: 'six_months', start: '2009-06-28', end: '2009-12-26', weeks: 26 },
      { type: 'six_months', start: '2008-06-29', end: '2008-12-27', weeks: 26 },
    ]);
  });
  it('gives an income column with a date but no duration no period (not a balance-sheet date)', () => {
    const d = readReport(
      ['        Statements of Operations (in thousands)', '                      Dec. 26, 2009   Dec. 27, 2008', 'Net sales                 12,000          11,000', 'Net income                 1,000             900'].join('\n'),
      'x.txt',
    );
    expect(d.statements[0].kind).toBe('income');
    expect(d.statements[0].columns.map((c) => [c.kind, c.period])).toEqual([
      ['period', null],
      ['period', null],
    ]);
  });
});

const NESTED_SUBTOTAL = `
    ADVENTURE WORKS
    CONSOLIDATED BALANCE SHEET
        (millions)
                                            May 1,    January 30,
                                             2010        2010
    Assets
      Current assets
        Cash and cash equivalents          $ 1,500    $ 2,000
        Merchandise inventories, net         2,500      2,300
          Total current assets               4,000      4,300

      Property and equipment, net            3,000      3,100
      Other assets                             500        400
          Total assets                     $ 7,500    $ 7,800
`;

describe('a subtotal closing a nested subsection, then the section total', () => {
  const doc = readReport(NESTED_SUBTOTAL, 'adventure.txt');
  it('counts "Total current assets" among the members of "Total assets" (the check holds)', () => {
    expect(doc.checks.find((c) => c.rule.endsWith('= Total assets'))).toMatchObject({
      ok: true,
      rule: 'Total current assets + Property and equipment, net + Other assets = Total assets',
    });
    expect(doc.checks.filter((c) => !c.ok)).toEqual([]);
  });
});

const SEGMENT_DETAIL = `
    CONTOSO STORES
    Segment Income Statements
    (millions)

    For the 13 Weeks Ended May 1, 2010 and May 2, 2009

                            Domestic        International

                         2010     2009*    2010     2009

    Total revenues       7,673    9,137    1,108    1,059
    Cost of sales        5,536    5,703      746      699
    Operating income    $   42   $  466   $   11   $   23

    * Domestic segment detail for the 13 weeks ended May 2, 2009


                                Retail       Credit      Total
                                Stores       Services    Domestic

    Total revenues               7,771        1,266       9,137
    Cost of sales                5,662           41       5,703
    Operating income            $  183      $  283      $  466
`;

describe('a segment table whose years carry a footnote mark, then an untitled detail table', () => {
  const [segments, detail] = readReport(SEGMENT_DETAIL, 'contoso.txt').statements;
  it('reads "2009*" as a year of the header, not as a row', () => {
    expect(segments.rows.map((r) => r.label)).toEqual(['Total revenues', 'Cost of sales', 'Operating income']);
    expect(segments.columns[1].label).toBe('Domestic 2009*');
  });
  it('gives the untitled detail table that repeats the same line items the units of the table above', () => {
    expect(detail.units).toBe('millions');
    expect(detail.rows[0].values).toEqual(['7771000000', '1266000000', '9137000000']);
  });
});

describe('"Total common shares outstanding" at the foot of a balance sheet in millions', () => {
  const doc = readReport(
    [
      '    CONSOLIDATED BALANCE SHEET',
      '        (millions)',
      '                                            May 1,    January 30,',
      '                                             2010        2010',
      '      Total assets                         $ 7,500    $ 7,800',
      "          Total shareholders' equity         5,701      6,401",
      '          Total common shares outstanding    213.1      230.4',
    ].join('\n'),
    'fabrikam.txt',
  );
  it('is a count of shares scaled by the units, not dollars', () => {
    expect(doc.statements[0].rows.find((r) => r.label === 'Total common shares outstanding')).toMatchObject({ unit: 'shares', values: ['213100000', '230400000'] });
  });
});

const TOTAL_ONLY_LABELS = `
                           LITWARE CORP.
                          BALANCE SHEETS

ASSETS                                                   2001              2000
CURRENT ASSETS:
  Cash and equivalents                               $ 1,500,000       $ 2,400,000
  Other current assets                                    77,000            16,000
           Total current assets                        1,577,000         2,416,000

PROPERTY AND EQUIPMENT, Net                              727,000           318,000

OTHER ASSETS                                               6,000                --

TOTAL                                                $ 2,310,000       $ 2,734,000

LIABILITIES AND STOCKHOLDERS' EQUITY
CURRENT LIABILITIES:
  Accounts payable                                   $    90,000       $    77,000
           Total current liabilities                      90,000            77,000

STOCKHOLDERS' EQUITY:
  Accumulated deficit                                 (4,942,000)         (742,000)
  Common stock                                         7,162,000         3,399,000
           Total stockholders' equity                  2,220,000         2,657,000

TOTAL                                                $ 2,310,000       $ 2,734,000
`;

describe('a balance sheet whose two grand totals are labelled only "TOTAL"', () => {
  const rows = readReport(TOTAL_ONLY_LABELS, 'litware.txt').statements[0].rows;
  it('names them by their place: total assets, then total liabilities and equity', () => {
    const totals = rows.filter((r) => r.values[0] === '2310000');
    expect(totals.map((r) => r.label)).toEqual(['Total assets', "Total liabilities and stockholders' equity"]);
    expect(rows.some((r) => r.label === 'TOTAL')).toBe(false);
  });
});
