// A made-up IFRS income statement: "Other operating income/expenses" beside an operating result printed as
// EBIT, and a line "Free cash flow" the company defines itself (a balance sheet dates the quarters).
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';
import { metricName } from '../../src/core/format/names.js';

const TEXT = `Munich, 5 November 2020 - Kaltenbach Antriebe SE today published its statement for the third quarter of 2020.

CONSOLIDATED INCOME STATEMENT (IFRS)
in EUR million

                                                      Q3 2020    Q3 2019    9M 2020    9M 2019
Revenue                                                 680.1      741.8    1,992.6    2,215.2
Cost of sales                                          -481.0     -527.2   -1,420.5   -1,556.0
Gross profit                                            199.1      214.6      572.1      659.2
Selling and distribution expenses                      -141.2     -163.3     -461.8     -492.3
Other operating income                                    5.5        4.1       16.2       13.8
Other operating expenses                                -11.8       -9.0      -24.5      -18.8
Earnings before interest and taxes (EBIT)                51.6       46.4      102.0      161.9
Financial result                                         -4.9       -4.3      -15.2      -12.8
Earnings before taxes (EBT)                              46.7       42.1       86.8      149.1


STATEMENT OF CASH FLOWS (condensed)
in EUR million

                                                         9M 2020       9M 2019
Cash flow from operating activities                        119.1         105.6
Investments in property, plant and equipment               -38.5         -51.2
Proceeds from disposals of non-current assets                2.2           3.1
Free cash flow                                              82.8          57.5


STATEMENT OF FINANCIAL POSITION
in EUR million

                                                     30 Sep 2020   31 Dec 2019
Cash and cash equivalents                                  482.6         430.5
Total assets                                             3,612.5       3,616.0
Equity                                                   1,522.6       1,541.1
Total equity and liabilities                             3,612.5       3,616.0
`;

const store = { documents: [readReport(TEXT, 'kaltenbach.txt')] };
const ctx = { today: '2021-01-15' };

describe('an IFRS income statement', () => {
  it('never reads "Other operating income" as operating income', () => {
    const r = ask('Kaltenbach operating income Q3 2020', store, ctx);
    expect(r.answers[0]?.metric ?? '').not.toMatch(/other operating/i);
    expect(ask('Kaltenbach other operating income Q3 2020', store, ctx).answers[0]?.value).toBe('5500000');
  });
  it('reads "total equity" as the equity line, not "Total equity and liabilities"', () => {
    expect(ask('Kaltenbach total equity at 30 Sep 2020', store, ctx).answers[0]?.value).toBe('1522600000');
    expect(ask('Kaltenbach total equity and liabilities at 30 Sep 2020', store, ctx).answers[0]?.value).toBe('3612500000');
  });
  it('computes the EBIT margin from the EBIT line', () => {
    const r = ask('Kaltenbach EBIT margin Q3 2020', store, ctx);
    expect(r.answers[0]).toMatchObject({ kind: 'ratio', value: '7.59', unit: 'percent' });
  });
  it('takes the operating margin from EBIT when no operating income line is printed, and says so', () => {
    const r = ask('Kaltenbach operating margin 9M 2020', store, ctx);
    expect(r.answers[0]?.value).toBe('5.12');
    expect(r.answers[0]?.notes?.join(' ')).toMatch(/EBIT/);
  });
  it('answers free cash flow with the figure the company prints under that name', () => {
    const r = ask('Kaltenbach free cash flow 9M 2020', store, ctx);
    expect(r.answers[0]).toMatchObject({ value: '82800000', unit: 'EUR' });
    expect(r.answers[0]?.citations[0]?.row).toBe('Free cash flow');
  });
  it('names an acronym line by its letters, a line in capitals in sentence case', () => {
    const row = (label: string) => ({ label, path: [label], line: 1, lines: [1, 1] as [number, number], unit: 'EUR', values: [] });
    expect(metricName(row('EBIT'))).toBe('EBIT');
    expect(metricName(row('NET SALES'))).toBe('Net sales');
  });
});

const THEREOF = `Munich, 5 November 2020 - Kaltenbach Antriebe SE today published its statement for the third quarter of 2020.

CONSOLIDATED INCOME STATEMENT (IFRS)
in EUR million

                                                      Q3 2020    Q3 2019    9M 2020    9M 2019
Revenue                                                 680.1      741.8    1,992.6    2,215.2
Net income                                               33.6       30.3       62.5      107.4
  thereof attributable to non-controlling interests        0.8        0.9        2.1        2.6
  thereof attributable to shareholders of Kaltenbach     32.8       29.4       60.4      104.8


STATEMENT OF FINANCIAL POSITION
in EUR million

                                                     30 Sep 2020   31 Dec 2019
Total assets                                             3,612.5       3,616.0
`;

describe('"thereof" lines under net income', () => {
  const st = { documents: [readReport(THEREOF, 'kaltenbach.txt')] };
  it("are parts of net income, named with it; the company's own name narrows nothing", () => {
    const r = ask('Kaltenbach net income attributable to shareholders Q3 2020', st, ctx);
    expect(r.answers[0]).toMatchObject({ value: '32800000', metric: 'Net income attributable to shareholders of Kaltenbach' });
    expect(ask('Kaltenbach net income attributable to non-controlling interests 9M 2019', st, ctx).answers[0]?.value).toBe('2600000');
    expect(ask('Kaltenbach net income Q3 2019', st, ctx).answers[0]?.value).toBe('30300000');
  });
});
