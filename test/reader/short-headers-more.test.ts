// Made-up releases with short column names: an Australian half year ("A$m   1H24   1H23   Change",
// "Half-year ended 31 Dec 2023", dividends in cents), a chip maker's summary ("Q4 FY24 ... Q/Q   Y/Y" with the
// margin's change in "pts"), and a Canadian table whose labels and figures carry superscript footnote digits.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';

const HALF_YEAR = `
SYDNEY, 20 February 2024 -- Bilby Freight Limited (ASX: BLB) today announced its results for the half-year
ended 31 December 2023 (1H24), compared with the prior corresponding period (1H23).

Group results

A$m                                    1H24        1H23      Change
Revenue                             1,284.6     1,209.6        6.2%
Interim dividend (cents per share)     21.0        19.5        7.7%


Consolidated income statement

                                                   Half-year ended
                                             31 Dec 2023      31 Dec 2022
                                                     A$m              A$m
Revenue                                          1,284.6          1,209.6
Profit for the half-year                            71.4             64.0


Consolidated balance sheet

                                             31 Dec 2023      30 Jun 2023
                                                     A$m              A$m
Cash and cash equivalents                           88.4            102.7
Total assets                                     3,434.0          3,424.0
`;

const SUMMARY = `
Summary
($ in millions, except earnings per share)

                           Q4 FY24     Q3 FY24     Q4 FY23      Q/Q       Y/Y
Revenue                     $612.4      $561.8      $467.5       9%      31%
Gross margin                  64.2%       63.5%       61.0%    0.7 pts  3.2 pts
Operating income            $158.9      $137.2       $98.4      16%      61%
`;

const FOOTNOTED = `
SELECTED FINANCIAL INFORMATION
(in thousands of Canadian dollars)

                                  Q3 2023     Q3 2022
Revenue                           142,318     127,905
Adjusted EBITDA¹                   24,194²     19,186²
Free cash flow ¹                    9,845       4,102
`;

describe('an Australian half year', () => {
  const doc = readReport(HALF_YEAR, 'bilby.txt');
  const [group, income] = doc.statements;
  it('dates "Half-year ended 31 Dec 2023" as six months, not a year', () => {
    expect(income!.columns.map((c) => c.period)).toEqual([
      { type: 'six_months', start: '2023-07-01', end: '2023-12-31' },
      { type: 'six_months', start: '2022-07-01', end: '2022-12-31' },
    ]);
  });
  it('reads "A$m" left of "1H24   1H23   Change" as the units, and dates 1H24 as the half year that ends in December 2023', () => {
    expect(group!.columns.map((c) => c.label)).toEqual(['1H24', '1H23', 'Change']);
    expect(group!.columns[0]!.period).toEqual({ type: 'six_months', start: '2023-07-01', end: '2023-12-31' });
    expect(group!.rows[0]).toMatchObject({ unit: 'AUD', values: ['1284600000', '1209600000', '6.2'] });
  });
  it('gives a dividend printed in cents per share in dollars per share', () => {
    expect(group!.rows[1]).toMatchObject({ unit: 'AUD/share', values: ['0.21', '0.195', '7.7'] });
  });
});

describe('a summary with Q/Q and Y/Y columns', () => {
  const table = readReport(SUMMARY, 'summary.txt').statements;
  it('keeps the margin line whose change is printed in "pts" in the table', () => {
    expect(table).toHaveLength(1);
    expect(table[0]!.rows.map((r) => r.label)).toEqual(['Revenue', 'Gross margin', 'Operating income']);
    expect(table[0]!.rows[1]).toMatchObject({ unit: 'percent', values: ['64.2', '63.5', '61', '0.7', '3.2'] });
  });
  it('reads "Q/Q" and "Y/Y" as percent changes', () => {
    expect(table[0]!.columns.slice(3).map((c) => c.kind)).toEqual(['percent_change', 'percent_change']);
  });
});

describe('superscript footnote digits', () => {
  const rows = readReport(FOOTNOTED, 'footnoted.txt').statements[0]!.rows;
  it('end no label and no figure', () => {
    expect(rows.map((r) => [r.label, r.values[0]])).toEqual([
      ['Revenue', '142318000'], ['Adjusted EBITDA', '24194000'], ['Free cash flow', '9845000'],
    ]);
  });
});
