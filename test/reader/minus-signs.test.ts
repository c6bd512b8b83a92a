// Negative figures printed with a minus sign (U+2212) or an en dash instead of a hyphen or parentheses, or with the
// minus after the figure ("1,234-"), and a lone minus sign standing for nil: each figure keeps its own column.
import { describe, expect, it } from 'vitest';
import { parseFigure } from '../../src/reader/figures.js';
import { readReport } from '../../src/reader/index.js';

const EARNINGS = `
ALDERBECK FOODS CORPORATION
CONSOLIDATED STATEMENTS OF EARNINGS
(Unaudited; in millions)

                                             Q4 2023    Q4 2022    FY 2023    FY 2022
Net sales                               $      412.8      388.0    1,598.4    1,520.8
Restructuring charges (a)                        4.1        \u2212        9.8        2.6
Operating income                                44.7       40.5      174.6      158.3
Interest expense, net                           \u22127.9       \u22128.6     \u221232.4      \u221233.1
Other income (expense), net                      0.6       \u22121.2        1.4       \u22122.0
Earnings before income taxes                    37.4       30.7      143.6      123.2
`;

const UK = `
Condensed consolidated cash flow statement

                                              Six months to   Six months to
                                               30 June 2023    30 June 2022
                                                    £m              £m
Net cash from operating activities                 68.7            57.2
Dividends paid                                    \u201325.1           \u201322.7
Effect of exchange rates                             \u2013             0.5
`;

const TRAILING = `
SUMMARY
(in thousands)
                                     Quarter Ended
                          Mar. 31, 2024   Dec. 31, 2023   Mar. 31, 2023
Other expense                  1,234-          2,345-          3,456
Net income                     5,000           6,000           7,000
`;

describe('minus signs other than a hyphen', () => {
  it('reads a minus printed after a figure, in its own column', () => {
    const rows = readReport(TRAILING, 'trailing.txt').statements[0]!.rows;
    expect(rows.map((r) => [r.label, r.values])).toEqual([
      ['Other expense', ['-1234000', '-2345000', '3456000']],
      ['Net income', ['5000000', '6000000', '7000000']],
    ]);
  });
  it.each([
    ['\u22127.9', '-7.9'],
    ['\u2013421.8', '-421.8'],
    ['\u2212', '0'],
    ['\u2013', '0'],
    ['1,234-', '-1234'],
    ['$2,345.6-', '-2345.6'],
  ])('reads %s as %s', (raw, value) => {
    expect(parseFigure(raw)?.value).toBe(value);
  });

  const doc = readReport(EARNINGS, 'alderbeck.txt');
  const table = doc.statements[0]!;
  const row = (label: string) => table.rows.find((r) => r.label === label);
  it('keeps every line of a table whose negatives carry U+2212 in one table', () => {
    expect(doc.statements).toHaveLength(1);
    expect(row('Interest expense, net')?.values).toEqual(['-7900000', '-8600000', '-32400000', '-33100000']);
    expect(row('Other income (expense), net')?.values).toEqual(['600000', '-1200000', '1400000', '-2000000']);
  });
  it('reads a lone minus sign as nil, so the figures after it stay in their own columns', () => {
    expect(row('Restructuring charges')?.values).toEqual(['4100000', '0', '9800000', '2600000']);
  });
  it('reads en dashes before figures as minus signs and a lone en dash as nil', () => {
    const cash = readReport(UK, 'uk.txt').statements[0]!;
    expect(cash.rows.find((r) => r.label === 'Dividends paid')?.values).toEqual(['-25100000', '-22700000']);
    expect(cash.rows.find((r) => r.label === 'Effect of exchange rates')?.values).toEqual(['0', '500000']);
  });
});
