// A made-up start-up's audited statements laid out as older filings print them: "ASSETS" on the line of
// years, the dates in a title line, a first period that starts at inception, long colon headings.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';

const STARTUP = `
CONTOSO LABS, INC.

BALANCE SHEETS
DECEMBER 31, 2001 AND 2000
- --------------------------------------------------------------------------------

ASSETS                                                        2001              2000
CURRENT ASSETS:
  Cash and equivalents                                    $ 1,500,000       $ 2,400,000
  Other current assets                                         77,000            16,000
           Total current assets                             1,577,000         2,416,000

PROPERTY AND EQUIPMENT, Net                                   727,000           318,000

TOTAL                                                     $ 2,304,000       $ 2,734,000

LIABILITIES AND STOCKHOLDERS' EQUITY
CURRENT LIABILITIES:
  Accounts payable                                        $    90,000       $    77,000

STOCKHOLDERS' EQUITY:
  Convertible preferred stock, $.001 par value (liquidation preference
    of $6,382,067):
    Series A: 1,150,000 shares designated, issued and outstanding   566,000   566,000
    Series B: 2,000,000 shares designated; shares issued and outstanding:
      2001, 1,943,666; 2000, 1,191,666                           5,915,000         3,564,000
  Accumulated deficit                                          (4,267,000)       (1,473,000)
           Total stockholders' equity                           2,214,000         2,657,000

TOTAL                                                     $ 2,304,000       $ 2,734,000


CONTOSO LABS, INC.

STATEMENTS OF OPERATIONS
YEAR ENDED DECEMBER 31, 2001 AND PERIOD FROM
JUNE 3, 2000 (INCEPTION) TO DECEMBER 31, 2000
- --------------------------------------------------------------------------------

                                                    2001                2000
REVENUES:
  License                                       $   985,000         $        --
  Services                                          230,000                  --
           Total net revenues                     1,215,000                  --
NET LOSS                                        $ 2,794,000         $ 1,473,000
`;

describe('an older start-up balance sheet and statement of operations', () => {
  const doc = readReport(STARTUP, 'contoso.txt');
  const [balance, income] = doc.statements;
  it('reads "ASSETS   2001   2000" as the header and dates the years from the title line', () => {
    expect(doc.statements).toHaveLength(2);
    expect(balance.kind).toBe('balance');
    expect(balance.columns.map((c) => c.period)).toEqual([
      { type: 'instant', start: null, end: '2001-12-31' },
      { type: 'instant', start: null, end: '2000-12-31' },
    ]);
  });
  it('names the two grand totals printed only as "TOTAL" by their place', () => {
    expect(balance.rows.filter((r) => r.values[0] === '2304000').map((r) => r.label)).toEqual([
      'Total assets',
      "Total liabilities and stockholders' equity",
    ]);
  });
  it('keeps the rows under a long heading closed by a colon in the same table, and their sum checks', () => {
    expect(balance.rows.find((r) => r.label.startsWith('2001, 1,943,666') || r.label.startsWith('Series B'))?.values).toEqual(['5915000', '3564000']);
    expect(doc.checks.find((c) => c.rule.endsWith("= Total stockholders' equity"))).toMatchObject({ ok: true });
    expect(doc.checks.filter((c) => !c.ok)).toEqual([]);
  });
  it('gives the first column the year it names and leaves the period from inception undated', () => {
    expect(income.columns.map((c) => c.period)).toEqual([{ type: 'year', start: '2001-01-01', end: '2001-12-31' }, null]);
  });
});
